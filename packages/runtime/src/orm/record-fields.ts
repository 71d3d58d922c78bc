import { Field, Int } from 'type-graphql';
import { VERSION_DESCRIPTION } from './base-entity';

export interface RecordFieldsOptions {
  /**
   * Whether `version` carries VERSION_DESCRIPTION, as RecordFields gives it. A type whose committed schema has always
   * shown it without one (the cases subgraph's Client) passes false, so moving it onto BaseEntity leaves the SDL as it is.
   */
  describeVersion?: boolean;
}

/** RecordFields (orm/base-entity.ts) with options: the GraphQL fields of createdAt, updatedAt and version, after the entity's own. */
export function RecordFieldsWith(options: RecordFieldsOptions): ClassDecorator {
  return (target) => {
    Field(() => Date)(target.prototype, 'createdAt');
    Field(() => Date)(target.prototype, 'updatedAt');
    Field(() => Int, options.describeVersion === false ? {} : { description: VERSION_DESCRIPTION })(target.prototype, 'version');
  };
}

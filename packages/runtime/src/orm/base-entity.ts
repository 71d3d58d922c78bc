import { randomUUID } from 'node:crypto';
import { OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';


/**
 * An entity with only an id: a part of another record (an examiner's office), an append-only event. The UUID
 * primary key and its GraphQL field, declared once; an entity's own fields follow it in the schema.
 */
@ObjectType()
export abstract class IdEntity<Optional extends PropertyKey = never> {
  /** What `em.create` may leave out: the id, and what the entity names (`extends IdEntity<'primary'>`). */
  [OptionalProps]?: 'id' | Optional;

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();
}

/**
 * What every record of the API that is created and then changed has, declared once as ORM properties and GraphQL
 * fields: a UUID id, when it was created and last changed, and its optimistic-locking version (docs/api.md,
 * "Concurrency"). `updatedAt` is kept by the ORM on every flush that changes the row (`onUpdate`): commands never
 * set it. The version is checked twice: by `loadVersioned` before a change, and by the ORM's `where version = ?`
 * on flush.
 *
 * An entity extends it, naming the properties with defaults that `em.create` may leave out
 * (`extends BaseEntity<'status' | 'languages'>`), and applies `@RecordFields()`, which declares the GraphQL fields of createdAt, updatedAt
 * and version after the entity's own fields (a class decorator runs after its members'), where the API has always
 * listed them; `id` comes first, as the inherited field.
 */
@ObjectType()
export abstract class BaseEntity<Optional extends PropertyKey = never> extends IdEntity<'createdAt' | 'updatedAt' | 'version' | Optional> {
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Property({ type: 'integer', version: true })
  version!: number;
}

export const VERSION_DESCRIPTION = 'Optimistic-locking version: send it back with updates';

export interface RecordFieldsOptions {
  /**
   * Whether `version` carries VERSION_DESCRIPTION (the default). A type whose committed schema has always shown it
   * without one (the cases subgraph's Client) passes false, so moving it onto BaseEntity leaves the SDL as it is.
   */
  describeVersion?: boolean;
}

/** The GraphQL fields of BaseEntity's createdAt, updatedAt and version, after the entity's own (see BaseEntity). */
export function RecordFields(options: RecordFieldsOptions = {}): ClassDecorator {
  return (target) => {
    Field(() => Date)(target.prototype, 'createdAt');
    Field(() => Date)(target.prototype, 'updatedAt');
    Field(() => Int, options.describeVersion === false ? {} : { description: VERSION_DESCRIPTION })(target.prototype, 'version');
  };
}

/**
 * Marks a record changed although no column of its own row is: its parts (an examiner's offices and specialties,
 * replaced as lists) belong to it, so replacing them is a new version of the record, refused like any other edit
 * against a stale version. Making the row dirty is enough: on flush the ORM bumps `version` and `onUpdate` sets
 * `updatedAt`.
 */
export function markChanged(record: Pick<BaseEntity, 'updatedAt'>): void {
  record.updatedAt = new Date();
}

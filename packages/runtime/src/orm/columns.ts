import { Property } from '@mikro-orm/core';
import { Field } from 'type-graphql';

export interface TextColumnOptions {
  /** varchar(length); without one, an unbounded `text` column (notes, reasons, bios). */
  length?: number;
  nullable?: boolean;
  unique?: boolean;
  description?: string;
}

/**
 * A text column that is also a GraphQL field, declared once: `@Field(() => String)` and `@Property` of type
 * `string` (varchar of `length`) or `text`, nullable in both or in neither. What the schema and the migrations see
 * is exactly what the two decorators it stands for would declare.
 */
export function TextColumn(options: TextColumnOptions = {}): PropertyDecorator {
  const field = Field(() => String, { ...(options.nullable ? { nullable: true } : {}), ...(options.description ? { description: options.description } : {}) });
  const property = Property({
    type: options.length ? 'string' : 'text',
    ...(options.length ? { length: options.length } : {}),
    ...(options.unique ? { unique: true } : {}),
    ...(options.nullable ? { nullable: true } : {}),
  });
  return (target, key) => {
    (property as PropertyDecorator)(target, key);
    (field as PropertyDecorator)(target, key);
  };
}

import { ArrayMaxSize, IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { Field, type ClassType } from 'type-graphql';
import { NotBlank } from './validators';

type Decorate = (target: object, key: string | symbol) => void;

/** Applies decorators as if written top to bottom above the property (the last written runs first). */
function stack(...decorators: Decorate[]): PropertyDecorator {
  return (target, key) => {
    for (const decorate of decorators.reverse()) decorate(target, key);
  };
}

export interface TextFieldOptions {
  description?: string;
  /**
   * The caller may leave it out or send null: nullable in the schema, unchecked when absent. Used by filters and
   * by update inputs, where an absent field means "unchanged".
   */
  optional?: boolean;
  /** Blank text is accepted (a free-text note that may be emptied); by default it is refused at the field. */
  blank?: boolean;
}

/**
 * A text field of an input, declared once: `@Field(() => String)`, not blank (unless `blank`), at most `max`
 * characters, optional and nullable with `optional`. What the schema shows and what is refused are exactly what
 * the four decorators it stands for would declare.
 */
export function TextField(max: number, options: TextFieldOptions = {}): PropertyDecorator {
  const field = Field(() => String, { ...(options.optional ? { nullable: true } : {}), ...(options.description ? { description: options.description } : {}) });
  return stack(
    field as Decorate,
    ...(options.optional ? [IsOptional() as Decorate] : []),
    ...(options.blank ? [] : [NotBlank() as Decorate]),
    MaxLength(max) as Decorate,
  );
}

/**
 * A list of nested input objects, each validated (`@ValidateNested({ each: true })`), at most `max` items;
 * optional and nullable with `optional` (an update that leaves the list as it is).
 */
export function InputListField(itemType: () => ClassType, max: number, options: { optional?: boolean; description?: string } = {}): PropertyDecorator {
  const field = Field(() => [itemType()], { nullable: options.optional ?? false, ...(options.description ? { description: options.description } : {}) });
  return stack(field as Decorate, ...(options.optional ? [IsOptional() as Decorate] : []), ArrayMaxSize(max) as Decorate, ValidateNested({ each: true }) as Decorate);
}

import { ArrayMaxSize, IsEmail, IsOptional, Matches, MaxLength, ValidateNested, type ValidationArguments } from 'class-validator';
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
  return stack(
    ...stringField(options),
    ...(options.blank ? [] : [NotBlank() as Decorate]),
    MaxLength(max) as Decorate,
  );
}

function stringField(options: { optional?: boolean; description?: string }): Decorate[] {
  const field = Field(() => String, { ...(options.optional ? { nullable: true } : {}), ...(options.description ? { description: options.description } : {}) });
  return [field as Decorate, ...(options.optional ? [IsOptional() as Decorate] : [])];
}

/** An email address field, its message naming the caller's field (`contactEmail must be an email address`). */
export function EmailField(options: { max?: number; optional?: boolean; description?: string } = {}): PropertyDecorator {
  return stack(
    ...stringField(options),
    IsEmail({}, { message: (args: ValidationArguments) => `${args.property} must be an email address` }) as Decorate,
    ...(options.max ? [MaxLength(options.max) as Decorate] : []),
  );
}

/** What a phone number may be written with: digits, spaces, + ( ) - . (7 to 40 of them). */
export const PHONE_PATTERN = /^[+0-9 ()\-.]{7,40}$/;

/** A phone number field, its message naming the caller's field. */
export function PhoneField(options: { optional?: boolean; description?: string } = {}): PropertyDecorator {
  return stack(
    ...stringField(options),
    Matches(PHONE_PATTERN, { message: (args: ValidationArguments) => `${args.property} must be a phone number (digits, spaces, + ( ) - .)` }) as Decorate,
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

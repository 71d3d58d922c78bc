import { IsInt, IsLatitude, IsLongitude, IsOptional, Max, Min } from 'class-validator';
import { Field, Float, Int } from 'type-graphql';
import { LocalDate } from './scalars';
import { IsJurisdiction } from './validators';

type Decorate = (target: object, key: string | symbol) => void;

/** Applies decorators as if written top to bottom above the property (the last written runs first), as TextField does. */
function stacked(decorators: Decorate[]): PropertyDecorator {
  return (target, key) => decorators.toReversed().forEach((decorate) => decorate(target, key));
}

export interface ValueFieldOptions {
  description?: string;
  /** The caller may leave it out or send null: nullable in the schema, unchecked when absent. */
  optional?: boolean;
}

function field(type: () => unknown, options: ValueFieldOptions): Decorate[] {
  const declared = Field(type as () => typeof Int, {
    ...(options.optional ? { nullable: true } : {}),
    ...(options.description ? { description: options.description } : {}),
  });
  return [declared as Decorate, ...(options.optional ? [IsOptional() as Decorate] : [])];
}

/** A whole number field within [min, max]: `@Field(() => Int)`, `@IsInt()`, `@Min(min)`, `@Max(max)`. */
export function IntField(min: number, max: number, options: ValueFieldOptions = {}): PropertyDecorator {
  return stacked([...field(() => Int, options), IsInt() as Decorate, Min(min) as Decorate, Max(max) as Decorate]);
}

/** A calendar day field (`LocalDate`, YYYY-MM-DD). */
export function DateField(options: ValueFieldOptions = {}): PropertyDecorator {
  return stacked(field(() => LocalDate, options));
}

/** A jurisdiction code field, e.g. US-CA (IsJurisdiction). */
export function JurisdictionField(options: ValueFieldOptions = {}): PropertyDecorator {
  return stacked([...field(() => String, options), IsJurisdiction() as Decorate]);
}

/** A latitude in degrees, -90 to 90. */
export function LatitudeField(): PropertyDecorator {
  return stacked([...field(() => Float, {}), IsLatitude({ message: 'latitude must be between -90 and 90' }) as Decorate]);
}

/** A longitude in degrees, -180 to 180. */
export function LongitudeField(): PropertyDecorator {
  return stacked([...field(() => Float, {}), IsLongitude({ message: 'longitude must be between -180 and 180' }) as Decorate]);
}

import { Authorized, Field } from 'type-graphql';
import { IDENTIFIED_ROW_ROLES } from '../auth/deidentification';

/** What `@Field(() => …)` takes: the field's GraphQL type. */
type FieldType = NonNullable<Parameters<typeof Field>[0]>;

/**
 * A GraphQL field a de-identified reader does not read (docs/security.md, "De-identified rows"): an exact date
 * (beside which the type has its month field), a person's name, free text about a row. Guarded with
 * `@Authorized(...IDENTIFIED_ROW_ROLES)` and nullable, so such a caller gets null and FORBIDDEN there and the rest
 * of the row. It declares the GraphQL field only: over a column's `@Property`, or over a property the entity
 * inherits, redeclared where the schema lists it:
 *
 *   @IdentifiedField(() => Date, 'An exact date: not for ANALYST, who reads createdMonth')
 *   declare createdAt: Date;   // BaseEntity's column
 */
export function IdentifiedField(type: FieldType, description?: string): PropertyDecorator {
  const field = Field(type, { nullable: true, ...(description ? { description } : {}) });
  const authorized = Authorized(...IDENTIFIED_ROW_ROLES);
  return (target, key) => {
    (field as PropertyDecorator)(target, key);
    (authorized as PropertyDecorator)(target, key);
  };
}

import { Matches, ValidateBy, type ValidationOptions } from 'class-validator';
import { isValidNpi } from '../npi';

/** A string that is not empty once trimmed. */
export function NotBlank(options?: ValidationOptions) {
  return ValidateBy(
    {
      name: 'notBlank',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && value.trim().length > 0,
        defaultMessage: (args) => `${args?.property} must not be blank`,
      },
    },
    options,
  );
}

/** Jurisdiction codes are ISO 3166-2 style: country, dash, subdivision (US-NY, US-CA). */
export const JURISDICTION_PATTERN = /^[A-Z]{2}-[A-Z0-9]{1,3}$/;
export function IsJurisdiction(options?: ValidationOptions) {
  return Matches(JURISDICTION_PATTERN, {
    message: (args) => `${args.property} must be a jurisdiction code such as US-NY`,
    ...options,
  });
}

/** Languages are ISO 639-1 two-letter lower-case codes (en, es, zh). */
export function IsLanguageCode(options?: ValidationOptions) {
  return Matches(/^[a-z]{2}$/, {
    message: (args) => `${args.property} must hold ISO 639-1 language codes such as en or es`,
    ...options,
  });
}

/** A check of one value that a list validator (`{ each: true }`) applies to every item of a list. */
export interface ItemRule {
  valid(value: unknown): boolean;
  /** What was wrong, for the property or list item at `path` (e.g. `treatingProviderNpis.1`). */
  message(path: string): string;
}

const ITEM_RULES = new Map<string, ItemRule>();

/**
 * The item rule behind a class-validator constraint name, if it has one. validation.ts uses it to name each
 * offending item of a list (`input.treatingProviderNpis.1`) instead of the whole list, so a caller knows which
 * of several values to correct.
 */
export function itemRuleOf(constraint: string): ItemRule | undefined {
  return ITEM_RULES.get(constraint);
}

/** A validator decorator for a single value or, with `{ each: true }`, every item of a list, named per item. */
function itemValidator(name: string, rule: ItemRule) {
  ITEM_RULES.set(name, rule);
  return (options?: ValidationOptions) =>
    ValidateBy({ name, validator: { validate: (value: unknown) => rule.valid(value), defaultMessage: (args) => rule.message(args?.property ?? 'value') } }, options);
}

/**
 * National Provider Identifier: ten digits whose last is the CMS check digit (npi.ts). The one NPI rule of the
 * platform: an examiner's NPI, a case's treating providers and an eligibility question's are all checked by it,
 * so a mistyped treating-provider NPI is refused instead of silently matching nobody.
 */
export const IsNpi = itemValidator('isNpi', {
  valid: (value) => typeof value === 'string' && isValidNpi(value),
  message: (path) => `${path} must be 10 digits with a valid check digit (e.g. 1234567893)`,
});

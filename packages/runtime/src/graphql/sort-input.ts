import { Field, InputType } from 'type-graphql';
import { defineEnum, type EnumObject } from './enum-type';
import { SortDirection } from './pagination';

/** What a list is ordered by: entity properties, most significant first, and the direction (orm/list-order.ts). */
export interface SortOrder {
  properties: readonly string[];
  direction: SortDirection;
}

/** A caller's sort: one of the list's sortable fields and a direction. */
export interface Sort<F extends string> {
  field: F;
  direction: SortDirection;
}

/** The input class SortInput makes, with its field enum and the order a sort (or none) asks for. */
export interface SortInputClass<F extends string> {
  new (): Sort<F>;
  /** The `<Name>Field` enum, e.g. `ExaminerSort.fields.NAME`. */
  readonly fields: EnumObject<F>;
  /** The properties and direction a caller's sort asks for; the list's default when it sent none. */
  order(sort?: Partial<Sort<F>> | null): SortOrder;
}

export interface SortInputOptions<F extends string> {
  description?: string;
  /** A description per sortable field, shown on the `<Name>Field` enum. */
  valuesConfig?: Partial<Record<F, { description?: string }>>;
}

/**
 * One list's sort input, made from its sortable fields: `input <name> { field: <name>Field! = …, direction:
 * SortDirection! = … }` and the enum of the fields, each naming the entity properties it orders by (most
 * significant first; the ordering policy adds the id and the null policy, orm/list-order.ts). The class is the
 * GraphQL input (`@Arg('sort', () => ExaminerSort, { nullable: true })`) and `ExaminerSort.order(sort)` is what
 * the list query orders by.
 */
export function SortInput<const F extends string>(
  name: string,
  columns: Readonly<Record<F, string | readonly string[]>>,
  defaults: Sort<NoInfer<F>>,
  options: SortInputOptions<NoInfer<F>> = {},
): SortInputClass<F> {
  const fields = defineEnum(`${name}Field`, Object.keys(columns) as F[], { valuesConfig: options.valuesConfig });

  @InputType(name, { description: options.description })
  class SortInputType implements Sort<F> {
    static readonly fields = fields;

    static order(sort?: Partial<Sort<F>> | null): SortOrder {
      const properties = columns[sort?.field ?? defaults.field];
      return { properties: typeof properties === 'string' ? [properties] : properties, direction: sort?.direction ?? defaults.direction };
    }

    @Field(() => fields, { defaultValue: defaults.field })
    field: F = defaults.field;

    @Field(() => SortDirection, { defaultValue: defaults.direction })
    direction: SortDirection = defaults.direction;
  }
  return SortInputType;
}

import 'reflect-metadata';
import { printSchema } from 'graphql';
import { Arg, buildSchema, Query, Resolver } from 'type-graphql';
import { describe, expect, it } from 'vitest';
import { defineEnum } from './enum-type';
import { SortDirection } from './pagination';
import { SortInput } from './sort-input';

const WidgetStatus = defineEnum('WidgetStatus', ['OPEN', 'SHUT'] as const, { description: 'Whether a widget is in use', valuesConfig: { SHUT: { description: 'Out of use' } } });
const WidgetSort = SortInput('WidgetSort', { NAME: ['lastName', 'firstName'], DUE: 'dueOn' }, { field: 'DUE', direction: SortDirection.DESC });
type WidgetSort = InstanceType<typeof WidgetSort>;

@Resolver()
class WidgetResolver {
  @Query(() => String)
  widgets(@Arg('sort', () => WidgetSort, { nullable: true }) sort?: WidgetSort, @Arg('status', () => WidgetStatus, { nullable: true }) status?: string) {
    return JSON.stringify({ order: WidgetSort.order(sort), status });
  }
}

describe('defineEnum and SortInput', () => {
  it('make the enum and the sort input the schema shows, from one list of values and one map of fields', async () => {
    const sdl = printSchema(await buildSchema({ resolvers: [WidgetResolver], validate: false }));
    expect(sdl).toContain('"""Whether a widget is in use"""\nenum WidgetStatus {\n  OPEN\n\n  """Out of use"""\n  SHUT\n}');
    expect(sdl).toContain('input WidgetSort {\n  field: WidgetSortField! = DUE\n  direction: SortDirection! = DESC\n}');
    expect(sdl).toContain('enum WidgetSortField {\n  NAME\n  DUE\n}');
  });

  it('gives the enum values as the domain spells them', () => {
    expect(WidgetStatus).toEqual({ OPEN: 'OPEN', SHUT: 'SHUT' });
    expect(WidgetSort.fields).toEqual({ NAME: 'NAME', DUE: 'DUE' });
  });

  it("orders by the sort field's properties, and by the list's default when the caller sent none", () => {
    expect(WidgetSort.order({ field: 'NAME', direction: SortDirection.ASC })).toEqual({ properties: ['lastName', 'firstName'], direction: 'ASC' });
    expect(WidgetSort.order({ field: 'NAME' })).toEqual({ properties: ['lastName', 'firstName'], direction: 'DESC' });
    expect(WidgetSort.order(undefined)).toEqual({ properties: ['dueOn'], direction: 'DESC' });
    expect(new WidgetSort()).toMatchObject({ field: 'DUE', direction: 'DESC' });
  });
});

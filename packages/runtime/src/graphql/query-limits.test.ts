import { buildSchema, parse, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { checkLimits, measureOperation } from './query-limits';
import { STATISTICS_COST } from './demand-control';

const schema = buildSchema(`
  input PageInput { limit: Int = 25, offset: Int = 0 }
  type Query { cases(page: PageInput): CasePage!  case(id: ID!): Case  examiners(limit: Int): [Examiner!]! }
  type CasePage { items: [Case!]!  total: Int! }
  type Case { id: ID!  status: String  examiner: Examiner  reports: [Report!]! }
  type Examiner { id: ID!  name: String  cases(page: PageInput): [Case!]! }
  type Report { id: ID!  status: String }
`);

const measure = (query: string, variables: Record<string, unknown> = {}) => {
  const document = parse(query);
  const operation = document.definitions.find((d) => d.kind === 'OperationDefinition') as OperationDefinitionNode;
  return measureOperation(schema, document, operation, variables, { defaultListSize: 10 });
};

describe('measureOperation', () => {
  it('counts depth through fields and fragments, not introspection', () => {
    expect(measure('{ case(id: "1") { id } }').depth).toBe(2);
    expect(measure('{ case(id: "1") { examiner { cases { examiner { name } } } } }').depth).toBe(5);
    expect(measure('{ case(id: "1") { ...F } } fragment F on Case { examiner { name } }').depth).toBe(3);
    expect(measure('{ __schema { types { fields { type { ofType { name } } } } } }').depth).toBe(0);
  });

  it('counts aliases, fragments included each time they are spread', () => {
    expect(measure('{ a: case(id: "1") { id } b: case(id: "2") { x: id } }').aliases).toBe(3);
    expect(measure('{ case(id: "1") { ...F } c2: case(id: "2") { ...F } } fragment F on Case { s1: status s2: status }').aliases).toBe(5);
  });

  it('multiplies by page limits (variables too), defaults and list sizes', () => {
    // cases 1 + 5 × (items 1 + 1 × (id 1)) + total 1 = 1 + 5×3 = 16
    expect(measure('{ cases(page: { limit: 5 }) { items { id } total } }').cost).toBe(16);
    expect(measure('query($p: PageInput) { cases(page: $p) { items { id } } }', { p: { limit: 200 } }).cost).toBe(1 + 200 * 2);
    expect(measure('{ cases { items { id } } }').cost).toBe(1 + 25 * 2);
    // reports is a list without a page: the default list size (10)
    expect(measure('{ case(id: "1") { reports { id status } } }').cost).toBe(1 + (1 + 10 * 2));
    expect(measure('{ examiners(limit: 3) { id } }').cost).toBe(1 + 3);
  });

  it('measures deeply nested fragment spreads without exploding', () => {
    const fragments = Array.from({ length: 40 }, (_, i) => `fragment F${i} on Case { ${i < 39 ? `...F${i + 1} ...F${i + 1}` : 'id'} }`).join('\n');
    const started = performance.now();
    const result = measure(`{ case(id: "1") { ...F0 } } ${fragments}`);
    expect(performance.now() - started).toBeLessThan(200);
    expect(result.cost).toBeGreaterThan(1e10);
    expect(checkLimits(result, { maxDepth: 10, maxAliases: 30, maxCost: 20000, defaultListSize: 10 })?.extensions.limit).toBe('cost');
  });
});

describe('checkLimits', () => {
  const limits = { maxDepth: 4, maxAliases: 2, maxCost: 100, defaultListSize: 10 };
  it('refuses with QUERY_TOO_COMPLEX naming the limit', () => {
    expect(checkLimits({ depth: 5, aliases: 0, cost: 1 }, limits)?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'depth', value: 5, max: 4 });
    expect(checkLimits({ depth: 1, aliases: 3, cost: 1 }, limits)?.message).toMatch(/aliases is 3, over the limit of 2/);
    expect(checkLimits({ depth: 1, aliases: 0, cost: 101 }, limits)?.extensions.limit).toBe('cost');
    expect(checkLimits({ depth: 4, aliases: 2, cost: 100 }, limits)).toBeNull();
  });
});

describe('measureOperation with the values the operation runs with', () => {
  it('applies variable defaults, then the arguments\' schema defaults, as given values would', () => {
    const written = measure('{ cases(page: { limit: 200 }) { items { id } } }').cost;
    expect(measure('query ($p: PageInput = { limit: 200 }) { cases(page: $p) { items { id } } }').cost).toBe(written);
    expect(measure('query ($l: Int = 200) { cases(page: { limit: $l }) { items { id } } }').cost).toBe(written);
    // A given variable wins over its default; a page without a limit gets PageInput's default limit (25).
    expect(measure('query ($p: PageInput = { limit: 200 }) { cases(page: $p) { items { id } } }', { p: { limit: 2 } }).cost).toBe(1 + 2 * 2);
    expect(measure('query ($p: PageInput = { offset: 5 }) { cases(page: $p) { items { id } } }').cost).toBe(1 + 25 * 2);
  });
});

describe('measureOperation with costs the schema declares (@cost, @listSize)', () => {
  const declared = buildSchema(`
    directive @cost(weight: Int!) on FIELD_DEFINITION
    directive @listSize(assumedSize: Int, slicingArguments: [String!], sizedFields: [String!], requireOneSlicingArgument: Boolean = true) on FIELD_DEFINITION
    input PageInput { limit: Int = 25, offset: Int = 0 }
    scalar _Any
    union _Entity = Case
    type Query {
      cases(page: PageInput): CasePage! @listSize(assumedSize: 200, sizedFields: ["items"])
      stats(limit: Int! = 1000): Stats! @cost(weight: ${STATISTICS_COST}) @listSize(slicingArguments: ["limit"], sizedFields: ["groups"])
      top(first: Int): [Case!]! @listSize(assumedSize: 5, slicingArguments: ["first"])
      _entities(representations: [_Any!]!): [_Entity]!
    }
    type CasePage { items: [Case!]! @listSize(assumedSize: 200)  total: Int! }
    type Stats { groups: [Group!]! @listSize(assumedSize: 10)  overall: Group! }
    type Group { count: Int }
    type Case { id: ID!  reports: [Report!]! @listSize(assumedSize: 3) }
    type Report { id: ID! }
  `);
  const run = (query: string, variables: Record<string, unknown> = {}) => {
    const document = parse(query);
    const operation = document.definitions.find((d) => d.kind === 'OperationDefinition') as OperationDefinitionNode;
    return measureOperation(declared, document, operation, variables, { defaultListSize: 10 }).cost;
  };

  it('multiplies a page\'s items (its sized field) by the page limit, and other lists by their assumed size', () => {
    // cases 1 + items (1 + 5 × (id 1 + reports (1 + 3 × 1))) + total 1
    expect(run('{ cases(page: { limit: 5 }) { items { id reports { id } } total } }')).toBe(1 + (1 + 5 * (1 + (1 + 3))) + 1);
    expect(run('{ cases { items { id } } }')).toBe(1 + (1 + 25 * 1));
  });

  it('counts a declared weight and a slicing argument, the assumed size when it is not given', () => {
    expect(run('{ stats(limit: 4) { groups { count } overall { count } } }')).toBe(STATISTICS_COST + (1 + 4 * 1) + (1 + 1));
    expect(run('{ a: stats { overall { count } } b: stats { overall { count } } }')).toBe(2 * (STATISTICS_COST + 2));
    expect(run('{ top(first: 7) { id } }')).toBe(1 + 7);
    expect(run('{ top { id } }')).toBe(1 + 5);
  });

  it('multiplies _entities by the representations sent', () => {
    const reps = Array.from({ length: 40 }, (_, i) => ({ __typename: 'Case', id: String(i) }));
    expect(run('query ($r: [_Any!]!) { _entities(representations: $r) { ... on Case { reports { id } } } }', { r: reps })).toBe(1 + 40 * (1 + 3));
  });
});


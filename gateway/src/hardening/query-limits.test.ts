import { buildSchema, parse, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { checkLimits, measureOperation } from './query-limits';

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
  return measureOperation(schema, document, operation, variables, 10);
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

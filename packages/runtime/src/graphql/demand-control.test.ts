import { buildSchema, parse, print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ASSUMED_LIST_SIZE, costTableOf, declareListSizes } from './demand-control';

const SDL = `
  input PageInput { limit: Int = 25, offset: Int = 0 }
  type Query {
    cases(page: PageInput): CasePage!
    case(id: ID!): Case
    top(first: Int): [Case!]! @listSize(assumedSize: 3, slicingArguments: ["first"])
    stats: Int @cost(weight: 50)
  }
  type CasePage { items: [Case!]!  total: Int! }
  type Case { id: ID!  tags: [String!]!  reports(page: PageInput): [Report!] }
  type Report { id: ID! }
`;

describe('declareListSizes', () => {
  const declared = print(declareListSizes(parse(SDL), 200));

  it('declares a page bound on paginated fields and their items, the assumed size on other lists', () => {
    expect(declared).toContain('cases(page: PageInput): CasePage! @listSize(assumedSize: 200, sizedFields: ["items"])');
    expect(declared).toContain('items: [Case!]! @listSize(assumedSize: 200)');
    expect(declared).toContain('reports(page: PageInput): [Report!] @listSize(assumedSize: 200)');
    expect(declared).toContain(`tags: [String!]! @listSize(assumedSize: ${ASSUMED_LIST_SIZE})`);
    expect(declared).toContain('case(id: ID!): Case\n');
  });

  it('keeps a size a field declares itself', () => {
    expect(declared).toContain('top(first: Int): [Case!]! @listSize(assumedSize: 3, slicingArguments: ["first"])\n');
  });
});

describe('costTableOf', () => {
  it('reads @cost and @listSize from SDL documents and from schemas built from SDL alike', () => {
    const document = declareListSizes(parse(SDL), 200);
    const withDirectives = `directive @cost(weight: Int!) on FIELD_DEFINITION
      directive @listSize(assumedSize: Int, slicingArguments: [String!], sizedFields: [String!]) on FIELD_DEFINITION
      ${print(document)}`;
    for (const table of [costTableOf(document), costTableOf(buildSchema(withDirectives))]) {
      expect(table.get('Query.stats')).toEqual({ weight: 50 });
      expect(table.get('Query.cases')).toEqual({ listSize: { assumedSize: 200, sizedFields: ['items'] } });
      expect(table.get('Query.top')).toEqual({ listSize: { assumedSize: 3, slicingArguments: ['first'] } });
      expect(table.has('Query.case')).toBe(false);
    }
  });
});

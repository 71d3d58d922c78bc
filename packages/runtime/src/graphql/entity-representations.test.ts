import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { representationErrors } from './entity-representations';

const schema = buildSubgraphSchema({
  typeDefs: parse(`
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key"])
    type Query { case(id: ID!): Case }
    type Case @key(fields: "id") { id: ID!  claimNumber: String  claimant: Claimant }
    type Claimant { id: ID!  lastName: String }
    type Rule @key(fields: "code") { code: String!  days: Int }
    type Specialty @key(fields: "code", resolvable: false) { code: String! }
  `),
});
const ID = '7d0c4c1e-5d1a-4a57-9a4e-1c2b3d4e5f60';
const errorsOf = (representation: unknown) => representationErrors(schema, [{ __typename: 'Case', id: ID }, representation]);

describe('representationErrors', () => {
  it('accepts the key fields of a resolvable entity', () => {
    expect(representationErrors(schema, [{ __typename: 'Case', id: ID }, { __typename: 'Rule', code: 'US-NY' }])).toEqual([]);
  });

  it('refuses a type that is no entity here, or not resolvable here, naming the representation', () => {
    for (const typename of ['Claimant', 'Specialty', 'Query', 'Nope', 42]) {
      expect(errorsOf({ __typename: typename, id: ID })).toEqual([
        { field: 'representations.1.__typename', message: `${typename} is not an entity of this subgraph (one of Case, Rule)` },
      ]);
    }
    expect(errorsOf('Case')[0]).toEqual({ field: 'representations.1', message: "representations.1 must be an object with __typename and the entity's key fields" });
  });

  it('checks key values as arguments are checked, and refuses fields that are not keys', () => {
    expect(errorsOf({ __typename: 'Case', id: `${ID}\u0000` })).toEqual([{ field: 'representations.1.id', message: 'representations.1.id must not contain the NUL character' }]);
    expect(errorsOf({ __typename: 'Case', id: 'x' })[0].message).toMatch(/representations\.1\.id must be an id \(a UUID/);
    expect(errorsOf({ __typename: 'Case', id: 7 })[0].message).toBe('representations.1.id must be a string');
    expect(errorsOf({ __typename: 'Case' })).toEqual([{ field: 'representations.1.id', message: 'id is required (a key field of Case)' }]);
    expect(errorsOf({ __typename: 'Case', id: ID, claimNumber: 'forged' })).toEqual([{ field: 'representations.1.claimNumber', message: 'claimNumber is not a key field of Case' }]);
    expect(errorsOf({ __typename: 'Rule', code: 'x'.repeat(20_000) })[0].message).toMatch(/at most 10000 characters/);
  });
});

import { guardedFieldsOnSimpleTypes, operationsWithoutAuthorization } from '@imepanel/runtime';
import { describe, expect, it } from 'vitest';
import { buildCasesSchema, casesResolvers } from './schema';

describe('authorisation of the cases subgraph', () => {
  it('declares @Authorized on every query, mutation and field resolver', async () => {
    await buildCasesSchema();
    expect(operationsWithoutAuthorization(casesResolvers)).toEqual([]);
  });

  it('guards no field on an object type with simple resolvers (type-graphql would skip the checks there)', async () => {
    await buildCasesSchema();
    expect(guardedFieldsOnSimpleTypes()).toEqual([]);
  });
});

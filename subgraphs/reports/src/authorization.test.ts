import { guardedFieldsOnSimpleTypes, operationsWithoutAuthorization } from '@imepanel/runtime';
import { describe, expect, it } from 'vitest';
import { buildReportsSchema, reportsResolvers } from './schema';

describe('authorisation of the reports subgraph', () => {
  it('declares @Authorized on every query, mutation and field resolver', async () => {
    await buildReportsSchema();
    expect(operationsWithoutAuthorization(reportsResolvers)).toEqual([]);
  });

  it('guards no field on an object type with simple resolvers (type-graphql would skip the checks there)', async () => {
    await buildReportsSchema();
    expect(guardedFieldsOnSimpleTypes()).toEqual([]);
  });
});

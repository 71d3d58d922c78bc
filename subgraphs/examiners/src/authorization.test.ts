import { guardedFieldsOnSimpleTypes, operationsWithoutAuthorization } from '@imepanel/runtime';
import { describe, expect, it } from 'vitest';
import { buildExaminersSchema, examinersResolvers } from './schema';

describe('authorisation of the examiners subgraph', () => {
  it('declares @Authorized on every query, mutation and field resolver', async () => {
    await buildExaminersSchema();
    expect(operationsWithoutAuthorization(examinersResolvers)).toEqual([]);
  });

  it('guards no field on an object type with simple resolvers (type-graphql would skip the checks there)', async () => {
    await buildExaminersSchema();
    expect(guardedFieldsOnSimpleTypes()).toEqual([]);
  });
});

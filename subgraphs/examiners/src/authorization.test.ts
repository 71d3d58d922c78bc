import { operationsWithoutAuthorization } from '@imepanel/runtime';
import { describe, expect, it } from 'vitest';
import { buildExaminersSchema, examinersResolvers } from './schema';

describe('authorisation of the examiners subgraph', () => {
  it('declares @Authorized on every query, mutation and field resolver', async () => {
    await buildExaminersSchema();
    expect(operationsWithoutAuthorization(examinersResolvers)).toEqual([]);
  });
});

import { operationsWithoutAuthorization } from '@imepanel/runtime';
import { describe, expect, it } from 'vitest';
import { buildReportsSchema, reportsResolvers } from './schema';

describe('authorisation of the reports subgraph', () => {
  it('declares @Authorized on every query, mutation and field resolver', async () => {
    await buildReportsSchema();
    expect(operationsWithoutAuthorization(reportsResolvers)).toEqual([]);
  });
});

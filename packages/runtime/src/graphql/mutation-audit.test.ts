import 'reflect-metadata';
import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { noteTouchedRecord } from '../audit/touched-records';
import { MAX_AUDITED_RECORD_IDS, auditMutations } from './mutation-audit';

/** A schema with one mutation whose resolver changes `count` records elsewhere (as through another subgraph). */
function audited(count: number) {
  const schema = buildSchema('type Query { ok: Boolean } type Mutation { touch(id: ID!): ID! }');
  const resolvers: Record<string, Record<string, unknown>> = {
    Mutation: {
      touch: async (_: unknown, args: { id: string }) => {
        for (let i = 0; i < count; i++) noteTouchedRecord(`record-${i}`);
        return args.id;
      },
    },
  };
  auditMutations(schema, resolvers);
  const entries: { recordIds: string[]; details?: Record<string, unknown> | null }[] = [];
  const ctx = { audit: { mutation: async (entry: (typeof entries)[number]) => void entries.push(entry) }, log: { error: () => undefined } };
  const touch = resolvers.Mutation.touch as (root: unknown, args: unknown, ctx: unknown, info: unknown) => Promise<string>;
  return { run: () => touch(null, { id: 'returned' }, ctx, undefined), entries };
}

describe('auditMutations', () => {
  it('names the returned record and every record the mutation noted it changed', async () => {
    const { run, entries } = audited(2);
    expect(await run()).toBe('returned');
    expect(entries).toEqual([expect.objectContaining({ recordIds: ['returned', 'record-0', 'record-1'], details: { arguments: ['id'] } })]);
  });

  it('names at most MAX_AUDITED_RECORD_IDS records and counts the rest of a batch', async () => {
    const { run, entries } = audited(MAX_AUDITED_RECORD_IDS + 500);
    await run();
    expect(entries[0].recordIds).toHaveLength(MAX_AUDITED_RECORD_IDS);
    expect(entries[0].recordIds[0]).toBe('returned');
    expect(entries[0].details).toEqual({ arguments: ['id'], recordIdsOmitted: 501 });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseInput, createClient, createExaminer } from './support/fixtures';
import { startTestPlatform, type TestPlatform } from './support/platform';

let t: TestPlatform;
beforeAll(async () => {
  t = await startTestPlatform();
});
afterAll(async () => {
  await t?.close();
});

/** Settles every request, sorting answers from GraphQL refusals. */
async function settle(requests: Promise<unknown>[]) {
  const results = await Promise.allSettled(requests);
  const ok = results.filter((r) => r.status === 'fulfilled').map((r) => (r as PromiseFulfilledResult<any>).value);
  const codes = results
    .filter((r) => r.status === 'rejected')
    .map((r) => (r as PromiseRejectedResult).reason?.response?.errors?.[0]?.extensions?.code ?? String((r as PromiseRejectedResult).reason));
  return { ok, codes };
}

describe('no lost or duplicated writes under concurrency', () => {
  it('lets exactly one of 50 concurrent updates with the same version win; the others get CONFLICT', async () => {
    const examiner = await createExaminer(t.gateway, { bio: 'original' });
    const UPDATE = `mutation ($id: ID!, $v: Int!, $bio: String!) { updateExaminer(id: $id, version: $v, input: { bio: $bio }) { bio version } }`;
    const { ok, codes } = await settle(
      Array.from({ length: 50 }, (_, i) => t.gateway.request(UPDATE, { id: examiner.id, v: examiner.version, bio: `writer ${i}` })),
    );
    expect(ok).toHaveLength(1);
    expect(codes).toHaveLength(49);
    expect(new Set(codes)).toEqual(new Set(['CONFLICT']));
    const row = await t.sql.query('select bio, version from examiners.examiner where id = $1', [examiner.id]);
    expect(row.rows[0]).toEqual({ bio: ok[0].updateExaminer.bio, version: examiner.version + 1 });
  });

  it('creates one case for 50 concurrent submissions with one idempotency key, answering all 50 with it', async () => {
    const client = await createClient(t.gateway);
    const input = caseInput(client.id, { idempotencyKey: 'storm-50' });
    const { ok, codes } = await settle(
      Array.from({ length: 50 }, () => t.gateway.request(`mutation ($input: CreateCaseInput!) { createCase(input: $input) { id } }`, { input })),
    );
    expect(codes).toEqual([]);
    expect(new Set(ok.map((r) => r.createCase.id)).size).toBe(1);
    const rows = await t.sql.query(
      `select (select count(*) from cases.ime_case where client_id = $1)::int as cases,
              (select count(*) from cases.referral_question q join cases.ime_case c on c.id = q.case_id where c.client_id = $1)::int as questions,
              (select count(*) from cases.case_event e join cases.ime_case c on c.id = e.case_id where c.client_id = $1)::int as events`,
      [client.id],
    );
    expect(rows.rows[0]).toEqual({ cases: 1, questions: 2, events: 1 });
  });
});

import { buildClientSchema, getIntrospectionQuery, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from './support/fixtures';
import { malformedCalls, prng, type MalformedCall } from './support/fuzz';
import type { TestPlatform } from './support/platform';
import { startTenancyPlatform, type TenancyWorld } from './support/security-fixtures';
import { messagingSettled } from './support/messaging';

let t: TestPlatform;
let w: TenancyWorld;
let adminToken: string;
beforeAll(async () => {
  ({ t, w } = await startTenancyPlatform());
  adminToken = await t.token({ role: 'ADMIN', sub: 'fuzzer' });
});
afterAll(async () => {
  await t?.close();
});

/** A fingerprint of every row of every table the platform owns (and of which tables exist). */
async function databaseFingerprint(): Promise<Record<string, string>> {
  const tables = await t.sql.query<{ schema: string; name: string }>(
    `select table_schema as schema, table_name as name from information_schema.tables
      where table_schema in ('examiners', 'cases', 'reports', 'identity') and table_type = 'BASE TABLE' order by 1, 2`,
  );
  const out: Record<string, string> = {};
  for (const { schema, name } of tables.rows) {
    const row = await t.sql.query(`select count(*)::int as n, md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as h from "${schema}"."${name}" t`);
    out[`${schema}.${name}`] = `${row.rows[0].n}:${row.rows[0].h}`;
  }
  return out;
}

async function introspect(url: string): Promise<GraphQLSchema> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken}` },
    body: JSON.stringify({ query: getIntrospectionQuery() }),
  });
  return buildClientSchema(((await response.json()) as any).data);
}

const VALIDATION_CODES = new Set(['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED']);

/** Sends every call, answering those that were not refused with validation errors only. */
async function fuzz(url: string, calls: MalformedCall[]) {
  const escapes: string[] = [];
  for (const call of calls) {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken}` },
      body: JSON.stringify({ query: call.query, variables: call.variables }),
    });
    const body = (await response.json().catch(() => null)) as { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string } }[] } | null;
    const codes = (body?.errors ?? []).map((e) => e.extensions?.code ?? 'NONE');
    const answered = body?.data?.[call.mutation];
    if (!codes.length || answered || !codes.every((c) => VALIDATION_CODES.has(c)) || response.status >= 500) {
      escapes.push(`${call.mutation} ${call.what} → HTTP ${response.status} ${codes.join(',') || 'no error'} ${body?.errors?.[0]?.message.slice(0, 160) ?? ''}`);
    }
    for (const error of body?.errors ?? []) expect(error.message, 'no SQL or stack in messages').not.toMatch(/select |insert into|update "|at .*\.ts:\d+/i);
  }
  return escapes;
}

describe('malformed input for every mutation', () => {
  it('through the gateway: only validation errors, never an internal error, and the database unchanged', async () => {
    const schema = await introspect(t.gatewayUrl);
    const ids = [w.caseA.id, w.caseB.id, w.clientA.id, w.examinerE.id, w.caseA.reportId];
    const random = prng(20261127);
    const mutations = Object.values(schema.getMutationType()!.getFields());
    expect(mutations.length).toBeGreaterThanOrEqual(27);
    const calls = mutations.flatMap((field) => malformedCalls(schema, field, () => ids[Math.floor(random() * ids.length)], random, 2));
    expect(calls.length).toBeGreaterThan(500);
    await messagingSettled(t.sql);
    const before = await databaseFingerprint();
    const escapes = await fuzz(t.gatewayUrl, calls);
    expect(escapes).toEqual([]);
    expect(await databaseFingerprint()).toEqual(before);
  });

  it('directly against each subgraph: the same', async () => {
    const random = prng(7);
    const ids = [w.caseA.id, w.clientB.id, w.examinerF.id, w.caseB.reportId];
    await messagingSettled(t.sql);
    const before = await databaseFingerprint();
    for (const [name, url] of Object.entries(t.subgraphUrls)) {
      const schema = await introspect(url);
      const calls = Object.values(schema.getMutationType()!.getFields()).flatMap((field) =>
        malformedCalls(schema, field, () => ids[Math.floor(random() * ids.length)], random, 1),
      );
      expect(calls.length, name).toBeGreaterThan(20);
      expect(await fuzz(url, calls), name).toEqual([]);
    }
    expect(await databaseFingerprint()).toEqual(before);
  });

  it('stores injection strings in free text verbatim: queries are parameterised', async () => {
    const name = `Robert'); DROP TABLE cases.client; -- ${Date.now()}`;
    const client = await createClient(t.gateway, name);
    const stored = await t.sql.query('select name from cases.client where id = $1', [client.id]);
    expect(stored.rows[0].name).toBe(name);
    const search = await t.gateway.request<any>(`query ($s: String) { clients(filter: { search: $s }) { items { id } } cases(filter: { search: $s }) { total } }`, {
      s: "%' OR '1'='1",
    });
    expect(search.clients.items).toEqual([]);
    expect(search.cases.total).toBe(0);
  });
});

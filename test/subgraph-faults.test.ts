import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseInput, createClient, createExaminer, graphqlError } from './support/fixtures';
import { panelWorld, scheduledCase } from './support/journey';
import { startTestPlatform, type TestPlatform } from './support/platform';
import { rawRequest } from './support/security-fixtures';

const CASE_PAGE = `query ($clientId: ID!) { cases(filter: { clientId: $clientId }) { items {
  referenceNumber examiner { displayName } currentReportStatus reports { status }
} } }`;

describe('a subgraph that goes down', () => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await startTestPlatform();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('leaves the healthy subgraphs answering, nulls its fields with an error naming it, and is back within seconds', async () => {
    const world = await panelWorld(t.gateway, { examiners: 1 });
    const kase = await scheduledCase(t.gateway, world, world.examiners[0].id);

    await t.platform.stopSubgraph('reports');
    try {
      const partial = await rawRequest(t.gateway, CASE_PAGE, { clientId: world.client.id });
      expect(partial.data?.cases.items).toEqual([
        expect.objectContaining({ referenceNumber: kase.referenceNumber, examiner: { displayName: expect.any(String) }, currentReportStatus: null, reports: null }),
      ]);
      expect(partial.errors.map((e: any) => e.extensions)).toContainEqual({ code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'reports' });
      expect(partial.errors[0].message).toContain('reports subgraph is unavailable');

      // Queries that touch only healthy subgraphs are untouched.
      const healthyOnly = await rawRequest(t.gateway, `{ examiners(page: { limit: 1 }) { total } clients(page: { limit: 1 }) { total } }`);
      expect(healthyOnly.errors).toEqual([]);
      expect(healthyOnly.data?.examiners.total).toBeGreaterThan(0);

      const health = await fetch(t.gatewayUrl.replace('/graphql', '/health'));
      expect(health.status).toBe(503);
      expect(((await health.json()) as any).subgraphs.reports.status).toBe('unavailable');
    } finally {
      await t.platform.startSubgraph('reports');
    }

    const started = Date.now();
    let recovered = await rawRequest(t.gateway, CASE_PAGE, { clientId: world.client.id });
    while (recovered.errors.length > 0 && Date.now() - started < 5000) {
      await new Promise((r) => setTimeout(r, 100));
      recovered = await rawRequest(t.gateway, CASE_PAGE, { clientId: world.client.id });
    }
    expect(recovered.errors).toEqual([]);
    expect(recovered.data?.cases.items[0].reports).toEqual([]);
    expect((await fetch(t.gatewayUrl.replace('/graphql', '/health'))).status).toBe(200);
  });

  it("refuses a write naming another subgraph's record while that subgraph cannot check it, and stores nothing", async () => {
    const client = await createClient(t.gateway);
    const examiner = await createExaminer(t.gateway);
    await t.platform.stopSubgraph('examiners');
    try {
      const error = await graphqlError(t.gateway.request(`mutation ($input: CreateCaseInput!) { createCase(input: $input) { id } }`, { input: caseInput(client.id) }));
      expect(error.extensions).toMatchObject({ code: 'FAILED_PRECONDITION', rule: 'DEPENDENCY_UNAVAILABLE', service: 'examiners' });
      expect(error.message).toContain('examiners subgraph could not answer');
    } finally {
      await t.platform.startSubgraph('examiners');
    }
    expect((await t.sql.query('select count(*)::int as n from cases.ime_case where client_id = $1', [client.id])).rows[0].n).toBe(0);

    await t.platform.stopSubgraph('cases');
    try {
      const error = await graphqlError(
        t.gateway.request(`mutation ($e: ID!, $c: String!) { declareConflict(examinerId: $e, input: { partyType: CLIENT, partyIdentity: $c, reason: "Consults for them" }) { id } }`, {
          e: examiner.id,
          c: client.id,
        }),
      );
      expect(error.extensions).toMatchObject({ code: 'FAILED_PRECONDITION', rule: 'DEPENDENCY_UNAVAILABLE', service: 'cases' });
    } finally {
      await t.platform.startSubgraph('cases');
    }
    expect((await t.sql.query('select count(*)::int as n from examiners.conflict_declaration where examiner_id = $1', [examiner.id])).rows[0].n).toBe(0);
  });

  it('exposes Prometheus metrics on the gateway and every subgraph', async () => {
    await createClient(t.gateway);
    const gatewayMetrics = await (await fetch(t.gatewayUrl.replace('/graphql', '/metrics'))).text();
    expect(gatewayMetrics).toContain('graphql_operations_total{');
    expect(gatewayMetrics).toMatch(/graphql_operation_duration_seconds_bucket\{.*service="gateway"/);
    for (const url of Object.values(t.subgraphUrls)) {
      const text = await (await fetch(url.replace('/graphql', '/metrics'))).text();
      expect(text).toContain('sql_statements_total');
      expect(text).toContain('db_pool_connections_max');
    }
  });
});

describe('a subgraph that is slow', () => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await startTestPlatform({ REPORTS_TIMEOUT_MS: '300' });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('is cut off at its own timeout while the others answer', async () => {
    const examiner = await createExaminer(t.gateway);
    // Hold a lock every read of reports waits for: the reports subgraph stalls, the others do not.
    const blocker = new pg.Client({ connectionString: t.databaseUrl });
    await blocker.connect();
    await blocker.query('begin');
    await blocker.query('lock table reports.report in access exclusive mode');
    try {
      const started = Date.now();
      const response = await rawRequest(t.gateway, `query ($id: ID!) { examiner(id: $id) { displayName reports { id } } }`, { id: examiner.id });
      expect(Date.now() - started).toBeLessThan(5000);
      expect(response.data?.examiner).toEqual({ displayName: expect.any(String), reports: null });
      expect(response.errors[0].extensions).toEqual({ code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'reports' });
      expect(response.errors[0].message).toContain('no answer within 300 ms');
    } finally {
      await blocker.query('rollback');
      await blocker.end();
    }
  });
});

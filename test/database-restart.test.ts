import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GraphQLClient } from 'graphql-request';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger, issueToken, loadAuthConfig } from '@imepanel/runtime';
import { migrateAll, ON_FREE_LOCAL_PORTS, startPlatform, type RunningPlatform } from '../scripts/lib/platform';
import { startEmbeddedPostgres, type RunningPostgres } from '../scripts/lib/postgres';
import { developmentRoleEnv, provisionDatabaseRoles } from '../scripts/lib/database-roles';
import { caseInput, createClient, createDefaultSpecialty } from './support/fixtures';
import { freePort } from '../scripts/lib/ports';

// This file runs its own PostgreSQL: it stops and restarts it, which the shared one must never see.
let postgres: RunningPostgres;
let platform: RunningPlatform;
let dataDir: string;
let databaseUrl: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'imepanel-restart-pg-'));
  postgres = await startEmbeddedPostgres({ dataDir, port: await freePort(), persistent: true });
  databaseUrl = postgres.url('imepanel_restart');
  const roles = developmentRoleEnv(databaseUrl);
  await provisionDatabaseRoles(databaseUrl, roles, createLogger('test', 'silent'));
  await migrateAll(roles, createLogger('test', 'silent'));
  platform = await startPlatform(
    { ...roles, ...ON_FREE_LOCAL_PORTS, RATE_LIMIT_PER_MINUTE: '100000' },
    'silent',
  );
});

afterAll(async () => {
  await platform?.close();
  await postgres?.stop().catch(() => undefined);
  rmSync(dataDir, { recursive: true, force: true });
});

describe('a PostgreSQL restart under light load', () => {
  it('is survived without restarting the services, and every acknowledged write is complete', async () => {
    const { token } = await issueToken(loadAuthConfig({}), { sub: 'restart-test', name: 'Restart test', role: 'ADMIN', clientId: null, examinerId: null });
    const gateway = new GraphQLClient(platform.gateway.url, { headers: { authorization: `Bearer ${token}` } });
    const client = await createClient(gateway);
    await createDefaultSpecialty(gateway);
    const acknowledged: string[] = [];
    let failures = 0;
    let running = true;
    const load = (async () => {
      for (let i = 0; running; i++) {
        try {
          const { createCase } = await gateway.request<{ createCase: { id: string } }>(
            `mutation ($input: CreateCaseInput!) { createCase(input: $input) { id } }`,
            { input: caseInput(client.id, { idempotencyKey: `restart-${i}` }) },
          );
          acknowledged.push(createCase.id);
        } catch {
          failures += 1;
        }
        await new Promise((r) => setTimeout(r, 50));
      }
    })();

    await new Promise((r) => setTimeout(r, 1500));
    await postgres.stop();
    await new Promise((r) => setTimeout(r, 1000));
    await postgres.startAgain();
    const beforeRecovery = acknowledged.length;
    // Recovery: writes are acknowledged again within a few seconds, with no service restarted.
    const deadline = Date.now() + 15_000;
    while (acknowledged.length <= beforeRecovery + 5 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    running = false;
    await load;

    expect(acknowledged.length).toBeGreaterThan(beforeRecovery + 5);
    expect(failures).toBeGreaterThan(0); // the outage was real
    const sql = new pg.Client({ connectionString: databaseUrl });
    await sql.connect();
    try {
      const rows = await sql.query(
        `select c.id,
                (select count(*) from cases.referral_question q where q.case_id = c.id)::int as questions,
                (select count(*) from cases.case_event e where e.case_id = c.id)::int as events
           from cases.ime_case c where c.client_id = $1`,
        [client.id],
      );
      const byId = new Map(rows.rows.map((r) => [r.id, r]));
      // Every acknowledged case exists, whole; no case exists half-written.
      for (const id of acknowledged) expect(byId.get(id)).toMatchObject({ questions: 2, events: 1 });
      for (const row of rows.rows) expect(row).toMatchObject({ questions: 2, events: 1 });
    } finally {
      await sql.end();
    }
    const health = await fetch(platform.gateway.url.replace('/graphql', '/health'));
    expect(health.status).toBe(200);
  });
});

import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExaminer } from './support/fixtures';
import { startTestPlatform, type TestPlatform } from './support/platform';
import { freePort } from '../scripts/lib/ports';
import { spawnService, waitForOk } from './support/processes';

let t: TestPlatform;
beforeAll(async () => {
  t = await startTestPlatform();
});
afterAll(async () => {
  await t?.close();
});

describe('clean shutdown', () => {
  it('finishes a request in flight when SIGTERM arrives, then exits 0', async () => {
    const examiner = await createExaminer(t.gateway);
    const port = await freePort();
    const service = spawnService('subgraphs/examiners/src/main.ts', { EXAMINERS_DATABASE_URL: t.databaseEnv.EXAMINERS_DATABASE_URL, EXAMINERS_PORT: String(port), HOST: '127.0.0.1' });
    try {
      await waitForOk(`http://127.0.0.1:${port}/health/ready`);
      // Hold the examiner's row so the update below is still running when the signal arrives.
      const blocker = new pg.Client({ connectionString: t.databaseUrl });
      await blocker.connect();
      await blocker.query('begin');
      await blocker.query('select 1 from examiners.examiner where id = $1 for update', [examiner.id]);
      const token = await t.token({ role: 'ADMIN' });
      const inFlight = fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({
          query: 'mutation ($id: ID!, $v: Int!) { updateExaminer(id: $id, version: $v, input: { bio: "during shutdown" }) { bio } }',
          variables: { id: examiner.id, v: examiner.version },
        }),
      });
      await new Promise((r) => setTimeout(r, 500));
      service.child.kill('SIGTERM');
      await new Promise((r) => setTimeout(r, 500));
      await blocker.query('commit');
      await blocker.end();

      const response = await inFlight;
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ data: { updateExaminer: { bio: 'during shutdown' } } });
      expect(await service.exited).toBe(0);
      expect(service.output()).toContain('shutting down');
      await expect(fetch(`http://127.0.0.1:${port}/health/live`)).rejects.toThrow();
    } finally {
      service.child.kill('SIGKILL');
    }
  });

  it('stops the gateway on SIGTERM, closing its identity store, and exits 0', async () => {
    const port = await freePort();
    const gateway = spawnService('gateway/src/main.ts', {
      DATABASE_URL: t.databaseUrl,
      GATEWAY_PORT: String(port),
      HOST: '127.0.0.1',
      EXAMINERS_URL: t.subgraphUrls.examiners,
      CASES_URL: t.subgraphUrls.cases,
      REPORTS_URL: t.subgraphUrls.reports,
    });
    try {
      await waitForOk(`http://127.0.0.1:${port}/health/ready`);
      gateway.child.kill('SIGTERM');
      expect(await gateway.exited).toBe(0);
      expect(gateway.output()).toContain('gateway stopped');
      await expect(fetch(`http://127.0.0.1:${port}/health/live`)).rejects.toThrow();
    } finally {
      gateway.child.kill('SIGKILL');
    }
  });
});

/**
 * Soak: the client workload for a fixed time with a subgraph restart in the middle. Reports throughput,
 * latency percentiles, errors (during and outside the outage) and whether the rows in the database match
 * exactly the writes that were acknowledged. Not part of `npm test`.
 *
 *   npm run bench:soak -- [--seconds 60] [--concurrency 8] [--restart cases] [--outage-seconds 3]
 */
import { parseArgs } from 'node:util';
import { GraphQLClient } from 'graphql-request';
import pg from 'pg';
import { createLogger, issueToken, loadAuthConfig } from '@imepanel/runtime';
import { seedDemoDataOnce } from '../scripts/seeding/demo-seed';
import { migrateAll, ON_FREE_LOCAL_PORTS, startPlatform } from '../scripts/lib/platform';
import { developmentRoleEnv, provisionDatabaseRoles } from '../scripts/lib/database-roles';
import { withPostgres } from '../scripts/lib/with-postgres';
import { caseInput } from '../test/support/fixtures';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '60' },
    concurrency: { type: 'string', default: '8' },
    restart: { type: 'string', default: 'cases' },
    'outage-seconds': { type: 'string', default: '3' },
  },
});
const seconds = Number(values.seconds);
const concurrency = Number(values.concurrency);
const restart = values.restart as 'examiners' | 'cases' | 'reports';
const outageMs = Number(values['outage-seconds']) * 1000;

const CASE_PAGE = `query CasePage { cases(page: { limit: 50 }) { items { referenceNumber status requiredSpecialty { name } examiner { displayName } currentReportStatus } } }`;
const PROFILE = `query ExaminerProfile($id: ID!) { examiner(id: $id) { displayName reputation { score } caseMetrics { appointmentsCounted } reportMetrics { onTimeRate } } }`;
const CREATE = `mutation CreateCase($input: CreateCaseInput!) { createCase(input: $input) { id } }`;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

/** One soak on the database at `databaseUrl`: true when the rows match exactly the acknowledged writes. */
async function soak(databaseUrl: string): Promise<boolean> {
  const log = createLogger('soak', 'warn');
  // As deployed: the development roles provisioned on this database (creating it if needed), migrations as the
  // owner, each service as its own role; `sql` below stays the administrative connection that checks the rows.
  const roles = developmentRoleEnv(databaseUrl);
  await provisionDatabaseRoles(databaseUrl, roles, log);
  const env = { ...roles, ...ON_FREE_LOCAL_PORTS, RATE_LIMIT_PER_MINUTE: '1000000', RATE_LIMIT_BURST: '1000000' };
  await migrateAll(env, log);
  await seedDemoDataOnce(env, log);
  const platform = await startPlatform(env, 'silent');
  const { token } = await issueToken(loadAuthConfig(env), { sub: 'soak', name: 'Soak client', role: 'ADMIN', clientId: null, examinerId: null }, { ttlSeconds: 3600 });
  const gateway = new GraphQLClient(platform.gateway.url, { headers: { authorization: `Bearer ${token}` } });

  const sql = new pg.Client({ connectionString: databaseUrl });
  await sql.connect();
  const { rows: clients } = await sql.query(`select id from cases.client where active order by name limit 1`);
  const { rows: examiners } = await sql.query(`select id from examiners.examiner order by id`);
  const clientId: string = clients[0].id;
  const casesOfClient = async () => Number((await sql.query(`select count(*) from cases.ime_case where client_id = $1`, [clientId])).rows[0].count);
  const casesBefore = await casesOfClient();

  const latencies: number[] = [];
  const errors = { duringOutage: 0, outside: 0 };
  const acknowledged = new Set<string>();
  let outage: { from: number; to: number } | null = null;
  let sequence = 0;
  const started = Date.now();
  const stopAt = started + seconds * 1000;

  async function worker(id: number) {
    while (Date.now() < stopAt) {
      const pick = Math.random();
      const t0 = performance.now();
      try {
        if (pick < 0.6) await gateway.request(CASE_PAGE);
        else if (pick < 0.8) await gateway.request(PROFILE, { id: examiners[(id + sequence) % examiners.length].id });
        else {
          const key = `soak-${id}-${sequence++}`;
          // A client retries a failed creation once with the same key: idempotency makes that safe.
          const input = caseInput(clientId, { idempotencyKey: key });
          try {
            const { createCase } = await gateway.request<{ createCase: { id: string } }>(CREATE, { input });
            acknowledged.add(createCase.id);
          } catch {
            await new Promise((r) => setTimeout(r, 500));
            const { createCase } = await gateway.request<{ createCase: { id: string } }>(CREATE, { input });
            acknowledged.add(createCase.id);
          }
        }
        latencies.push(performance.now() - t0);
      } catch {
        const now = Date.now();
        if (outage && now >= outage.from && now <= outage.to + 2000) errors.duringOutage += 1;
        else errors.outside += 1;
      }
    }
  }

  const restarter = (async () => {
    await new Promise((r) => setTimeout(r, (seconds * 1000) / 2));
    outage = { from: Date.now(), to: Infinity };
    await platform.stopSubgraph(restart);
    await new Promise((r) => setTimeout(r, outageMs));
    await platform.startSubgraph(restart);
    outage.to = Date.now();
  })();

  await Promise.all([...Array.from({ length: concurrency }, (_, i) => worker(i)), restarter]);
  const elapsed = (Date.now() - started) / 1000;
  const casesAfter = await casesOfClient();
  const incomplete = Number(
    (
      await sql.query(
        `select count(*) from cases.ime_case c where c.client_id = $1 and (not exists (select 1 from cases.referral_question q where q.case_id = c.id) or not exists (select 1 from cases.case_event e where e.case_id = c.id))`,
        [clientId],
      )
    ).rows[0].count,
  );
  latencies.sort((a, b) => a - b);
  const created = casesAfter - casesBefore;

  console.log(`soak: ${seconds}s, concurrency ${concurrency}, ${restart} subgraph down ${(outage!.to - outage!.from) / 1000}s in the middle`);
  console.log(`  requests ok        ${latencies.length} (${(latencies.length / elapsed).toFixed(1)}/s)`);
  console.log(`  latency ms         p50 ${percentile(latencies, 50).toFixed(1)}  p95 ${percentile(latencies, 95).toFixed(1)}  p99 ${percentile(latencies, 99).toFixed(1)}`);
  console.log(`  errors             ${errors.duringOutage} during the outage (+2s), ${errors.outside} outside it`);
  console.log(`  cases acknowledged ${acknowledged.size}; rows created ${created}; incomplete rows ${incomplete}`);
  const matched = created === acknowledged.size && incomplete === 0;
  console.log(matched ? '  row counts match what was acknowledged' : '  MISMATCH between acknowledged writes and rows');

  await sql.end();
  await platform.close();
  return matched;
}

const matched = await withPostgres(process.env, (serverUrl) => soak(process.env.DATABASE_URL ?? serverUrl('imepanel_soak')));
process.exit(matched ? 0 : 1);

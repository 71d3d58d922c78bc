/**
 * availableSlots over 90 days for unassigned cases (every eligible examiner is a candidate): median and p95 latency,
 * and the SQL statements each answer ran, counted by the ORM's query logger with the platform in this process (one
 * request at a time). The count must not grow with the number of examiners (docs/rules.md, "Scheduling"). Not part
 * of `npm test`.
 *
 *   npm run bench:slots -- [--runs 20]
 *
 * Runs on the database DATABASE_URL names, with whatever data it holds (the bulk dataset when loaded: `npm run
 * seed:bulk`), or else on a throwaway embedded PostgreSQL with the demo data (about 40 examiners: the figures then
 * say little about 2,000).
 */
import { parseArgs } from 'node:util';
import { GraphQLClient } from 'graphql-request';
import pg from 'pg';
import { createLogger, issueToken, loadAuthConfig, QueryLogger } from '@imepanel/runtime';
import { seedDemoDataOnce } from '../scripts/seeding/demo-seed';
import { migrateAll, ON_FREE_LOCAL_PORTS, startPlatform } from '../scripts/lib/platform';
import { developmentRoleEnv, provisionDatabaseRoles } from '../scripts/lib/database-roles';
import { withPostgres } from '../scripts/lib/with-postgres';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '20' } } });
const runs = Number(values.runs);

const SLOTS = `query Slots($id: ID!, $to: DateTime!) {
  availableSlots(caseId: $id, to: $to, limitPerExaminer: 5) { earliest { startsAt } earliestByExaminer { examinerId } examinersWithoutAvailability slots { startsAt } }
}`;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

async function bench(databaseUrl: string, given: boolean) {
  const log = createLogger('bench-slots', 'warn');
  const roles = developmentRoleEnv(databaseUrl);
  if (!given) {
    await provisionDatabaseRoles(databaseUrl, roles, log);
  }
  const env = { ...process.env, ...roles, ...ON_FREE_LOCAL_PORTS, RATE_LIMIT_PER_MINUTE: '1000000', RATE_LIMIT_BURST: '1000000' };
  if (!given) {
    await migrateAll(env, log);
    await seedDemoDataOnce(env, log);
  }
  const platform = await startPlatform(env, 'silent');
  const sql = new pg.Client({ connectionString: databaseUrl });
  await sql.connect();
  try {
    const { token } = await issueToken(loadAuthConfig(env), { sub: 'bench-slots', name: 'Slots bench', role: 'ADMIN', clientId: null, examinerId: null }, { ttlSeconds: 3600 });
    const gateway = new GraphQLClient(platform.gateway.url, { headers: { authorization: `Bearer ${token}` } });
    const { rows: examiners } = await sql.query(`select count(*)::int as n, count(a.id)::int as with_availability from examiners.examiner e left join examiners.examiner_availability a on a.examiner_id = e.id where e.status = 'ACTIVE'`);
    // Unassigned cases, in the jurisdictions with the most active examiners first.
    const { rows: cases } = await sql.query(
      `select c.id from cases.ime_case c where c.status = 'REQUESTED' and c.examiner_id is null order by c.jurisdiction, c.created_at desc limit $1`,
      [runs],
    );
    if (cases.length === 0) throw new Error('no REQUESTED case to ask about: seed the demo or bulk data first');
    const to = new Date(Date.now() + 90 * 86_400_000).toISOString();
    const times: number[] = [];
    const statements: number[] = [];
    const candidates: number[] = [];
    await gateway.request(SLOTS, { id: cases[0].id, to }); // warm: plans, caches
    for (const { id } of cases) {
      const before = QueryLogger.totals.statements;
      const t0 = performance.now();
      const answer = await gateway.request<{ availableSlots: { earliestByExaminer: unknown[]; examinersWithoutAvailability: unknown[] } }>(SLOTS, { id, to });
      times.push(performance.now() - t0);
      statements.push(QueryLogger.totals.statements - before);
      candidates.push(answer.availableSlots.earliestByExaminer.length + answer.availableSlots.examinersWithoutAvailability.length);
    }
    times.sort((a, b) => a - b);
    console.log(`availableSlots over 90 days, ${cases.length} REQUESTED cases (${given ? 'DATABASE_URL' : 'demo data'}; ${examiners[0].n} active examiners, ${examiners[0].with_availability} with availability)`);
    console.log(`  candidate examiners per case: min ${Math.min(...candidates)}, max ${Math.max(...candidates)}`);
    console.log(`  latency ms: median ${percentile(times, 50).toFixed(1)}, p95 ${percentile(times, 95).toFixed(1)}`);
    console.log(`  SQL statements per answer (all subgraphs): ${[...new Set(statements)].sort((a, b) => a - b).join(', ')}`);
  } finally {
    await sql.end();
    await platform.close();
  }
}

if (process.env.DATABASE_URL) {
  await bench(process.env.DATABASE_URL, true);
} else {
  await withPostgres({}, (serverUrl) => bench(serverUrl('imepanel_bench_slots'), false));
}

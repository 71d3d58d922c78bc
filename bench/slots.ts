/**
 * availableSlots over 90 days for unassigned cases (every eligible examiner is a candidate): median and p95 latency,
 * and the SQL statements each answer ran, counted by the ORM's query logger with the platform in this process (one
 * request at a time). The count must not grow with the number of examiners (docs/rules.md, "Scheduling"). Not part
 * of `npm test`.
 *
 *   npm run bench:slots -- [--runs 20] [--eligible 2000] [--scan 60]
 *
 * Runs on the database DATABASE_URL names, with whatever data it holds (the bulk dataset when loaded: `npm run
 * seed:bulk`; the issue's 2,000 eligible examiners per case take `--examiners 75000`, docs/benchmarks.md), asking
 * about the REQUESTED cases with the largest candidate pools; or else on a throwaway embedded PostgreSQL with the
 * demo data (about 40 examiners: the figures then say little about 2,000). BENCH_LOG_LEVEL=info prints the services'
 * logs (each subgraph operation with its time and statements).
 */
import { parseArgs } from 'node:util';
import { GraphQLClient } from 'graphql-request';
import pg from 'pg';
import { createLogger, issueToken, loadAuthConfig, QueryLogger } from '@imepanel/runtime';
import { seedDemoDataOnce } from '../scripts/seeding/demo-seed';
import { migrateAll, ON_FREE_LOCAL_PORTS, startPlatform } from '../scripts/lib/platform';
import { developmentRoleEnv, provisionDatabaseRoles } from '../scripts/lib/database-roles';
import { withPostgres } from '../scripts/lib/with-postgres';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '20' }, eligible: { type: 'string', default: '2000' }, scan: { type: 'string', default: '60' } } });
const runs = Number(values.runs);
/** The candidate pool the issue asks about: cases whose eligible examiners number about this many are timed. */
const targetEligible = Number(values.eligible);
/** How many REQUESTED cases of the largest pools are sized up (caseEligibleExaminers) to find those. */
const scan = Number(values.scan);

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
  // A database given is used as DATABASE_URL (and any per-service URLs) names it; the throwaway one with its roles.
  const env = { ...process.env, ...(given ? {} : roles), ...ON_FREE_LOCAL_PORTS, RATE_LIMIT_PER_MINUTE: '1000000', RATE_LIMIT_BURST: '1000000' };
  if (!given) {
    await migrateAll(env, log);
    await seedDemoDataOnce(env, log);
  }
  const platform = await startPlatform(env, (process.env.BENCH_LOG_LEVEL as 'silent') ?? 'silent');
  const sql = new pg.Client({ connectionString: databaseUrl });
  await sql.connect();
  try {
    const { token } = await issueToken(loadAuthConfig(env), { sub: 'bench-slots', name: 'Slots bench', role: 'ADMIN', clientId: null, examinerId: null }, { ttlSeconds: 3600 });
    const gateway = new GraphQLClient(platform.gateway.url, { headers: { authorization: `Bearer ${token}` } });
    const { rows: examiners } = await sql.query(`select count(*)::int as n, count(a.id)::int as with_availability from examiners.examiner e left join examiners.examiner_availability a on a.examiner_id = e.id where e.status = 'ACTIVE'`);
    // Unassigned cases whose jurisdiction and specialty have the most active licensed examiners first (on the bulk
    // dataset, the largest candidate pools); of the first `scan`, those whose eligible examiners number closest to
    // --eligible are timed. The candidates each answer actually weighed are printed below.
    const { rows: scanned } = await sql.query<{ id: string }>(
      `with pools as (
         select l.jurisdiction, s.code as specialty, count(distinct e.id) as examiners
           from examiners.examiner e
           join examiners.examiner_specialty es on es.examiner_id = e.id
           join examiners.specialty s on s.id = es.specialty_id
           join examiners.credential l on l.examiner_id = e.id and l.kind = 'MEDICAL_LICENSE' and l.verification_status = 'VERIFIED'
          where e.status = 'ACTIVE'
          group by 1, 2)
       select c.id from cases.ime_case c
         left join pools p on p.jurisdiction = c.jurisdiction and p.specialty = c.required_specialty_code
        where c.status = 'REQUESTED' and c.examiner_id is null
        order by coalesce(p.examiners, 0) desc, c.created_at desc
        limit $1`,
      [Math.max(scan, runs)],
    );
    if (scanned.length === 0) throw new Error('no REQUESTED case to ask about: seed the demo or bulk data first');
    const sized: { id: string; eligible: number }[] = [];
    for (const { id } of scanned) {
      const answer = await gateway.request<{ caseEligibleExaminers: { examiners: unknown[] } }>(`query ($id: ID!) { caseEligibleExaminers(caseId: $id) { examiners { examinerId } } }`, { id });
      sized.push({ id, eligible: answer.caseEligibleExaminers.examiners.length });
    }
    const cases = sized.sort((a, b) => Math.abs(a.eligible - targetEligible) - Math.abs(b.eligible - targetEligible)).slice(0, runs);
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
    console.log(`  chosen of ${sized.length} cases sized up for about ${targetEligible} eligible examiners each`);
    const byEligible = cases.map((c) => c.eligible).sort((a, b) => a - b);
    const byCandidates = [...candidates].sort((a, b) => a - b);
    console.log(`  eligible examiners per case: min ${byEligible[0]}, median ${percentile(byEligible, 50)}, max ${byEligible.at(-1)}`);
    console.log(`  of them with a slot or without availability (the rest are booked up or off): min ${byCandidates[0]}, median ${percentile(byCandidates, 50)}, max ${byCandidates.at(-1)}`);
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

import { casesSubgraph, loadCasesConfig } from '@imepanel/cases';
import { examinersSubgraph, loadExaminersConfig } from '@imepanel/examiners';
import { loadReportsConfig, reportsSubgraph } from '@imepanel/reports';
import { createSubgraphOrm, databaseUrlFor, envBool, isProduction, issueToken, loadAuthConfig, type Logger, type OrmSettings } from '@imepanel/runtime';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { Random } from './random';
import { seedCasesDemo } from './demo/cases';
import { CLIENTS } from './demo/cases-data';
import { seedExaminersDemo } from './demo/examiners';
import { seedReportsDemo } from './demo/reports';
import { seedCaseRecords, seedReportPdfs } from './demo/documents';

/** The fixed seed of the demo: every fresh database gets the same panel, cases and reports (dated from today). */
export const DEMO_SEED = 'ime-panel-demo';

/** Bulk inserts of a few thousand rows are expected to take a while; do not log them as slow queries. */
const seedingSettings = (settings: OrmSettings): OrmSettings => ({ ...settings, slowQueryMs: Math.max(settings.slowQueryMs, 5000) });

/**
 * Seeds the demo data unless the panel already has examiners (so `npm start` seeds a fresh database once and
 * never touches one in use). The three seeders run in order, each in a transaction on its own subgraph's
 * database, passing plain data along: examiners → cases → reports. The transactions are nested, so a failure
 * in any seeder rolls back all three and the next start tries again.
 */
export async function seedDemoDataOnce(env: Record<string, string | undefined>, log: Logger): Promise<boolean> {
  const examinersConfig = loadExaminersConfig(env);
  const startedAt = Date.now();
  const examinersOrm = await createSubgraphOrm(examinersSubgraph, seedingSettings(examinersConfig), log.child({ subgraph: 'examiners' }));
  try {
    const casesOrm = await createSubgraphOrm(casesSubgraph, seedingSettings(loadCasesConfig(env)), log.child({ subgraph: 'cases' }));
    try {
      const reportsOrm = await createSubgraphOrm(reportsSubgraph, seedingSettings(loadReportsConfig(env)), log.child({ subgraph: 'reports' }));
      try {
        const random = new Random(DEMO_SEED);
        const today = new Date();
        // Three ORMs share MikroORM's default context name, so inside one's transaction a plain fork() of another
        // would resolve to the open transaction's EntityManager (wrong entities, wrong database). Hence
        // disableContextResolution: each fork stays with its own ORM.
        const fork = (orm: typeof examinersOrm) => orm.em.fork({ disableContextResolution: true });
        return await fork(examinersOrm).transactional(async (examinersEm) => {
          // One seeder at a time even when two processes start together: the lock is held to commit.
          const connection = examinersEm.getConnection();
          await connection.execute(`select pg_advisory_xact_lock(hashtext('imepanel-demo-seed'))`, [], 'all', examinersEm.getTransactionContext());
          const [row] = await connection.execute<{ seeded: boolean }[]>(
            `select exists (select 1 from "${examinersSubgraph.name}"."examiner") as seeded`,
            [],
            'all',
            examinersEm.getTransactionContext(),
          );
          if (row?.seeded) {
            log.info('the examiner panel already has examiners: demo data not seeded');
            return false;
          }
          // The clients' ids come first: the examiners' conflicts with a client are keyed by its id.
          const clientIds = new Map(CLIENTS.map((client) => [client.name, randomUUID()]));
          const partyKeySecret = examinersConfig.partyKeySecret;
          const examiners = await seedExaminersDemo(examinersEm, random, { partyKeySecret, clientIds, today });
          const cases = await fork(casesOrm).transactional(async (casesEm) => {
            const seeded = await seedCasesDemo(casesEm, random, examiners, { today, partyKeySecret, clientIds });
            await seedCaseRecords(casesEm, seeded.examinedCases);
            const reports = await fork(reportsOrm).transactional(async (reportsEm) => {
              const demo = await seedReportsDemo(reportsEm, random, seeded.examinedCases, { today });
              await seedReportPdfs(reportsEm, seeded.examinedCases);
              return demo;
            });
            return { counts: seeded.counts, reportCounts: reports.counts };
          });
          log.info(
            { examiners: examiners.counts, cases: cases.counts, reports: cases.reportCounts, tookMs: Date.now() - startedAt },
            `demo data seeded: ${examiners.examiners.length} examiners, ${cases.counts.cases} cases`,
          );
          return true;
        });
      } finally {
        await reportsOrm.close(true);
      }
    } finally {
      await casesOrm.close(true);
    }
  } finally {
    await examinersOrm.close(true);
  }
}

/**
 * Whether the demo is seeded (`npm start`, `npm run db:seed`, the compose jobs): SEED_DEMO_DATA, on by default
 * but off with NODE_ENV=production, where made-up examiners and cases have no place (docs/operations.md).
 */
export function demoDataWanted(env: Record<string, string | undefined>): boolean {
  return envBool(env, 'SEED_DEMO_DATA', !isProduction(env));
}

/** True when the panel has examiners whose reputation was never computed: no snapshot exists at all. */
async function reputationNeverComputed(env: Record<string, string | undefined>): Promise<boolean> {
  const client = new pg.Client({ connectionString: databaseUrlFor(env, examinersSubgraph.name) });
  await client.connect();
  try {
    const schema = `"${examinersSubgraph.name}"`;
    const { rows } = await client.query<{ never: boolean }>(
      `select exists (select 1 from ${schema}.examiner) and not exists (select 1 from ${schema}.reputation_snapshot) as never`,
    );
    return rows[0].never;
  } finally {
    await client.end();
  }
}

/**
 * The last step of a first start, run by every start like the steps before it (each does nothing once done),
 * so a first start cut short after seeding — a crash, Ctrl-C — is completed by the next one: computes reputation
 * through the gateway, as an administrator would, when it was never computed. Answers whether it ran; throws
 * when the refresh failed (and the next run tries again).
 */
export async function computeReputationOnce(env: Record<string, string | undefined>, gatewayUrl: string, log: Logger): Promise<boolean> {
  if (!(await reputationNeverComputed(env))) return false;
  await refreshReputation(env, gatewayUrl, log);
  return true;
}

/** Computes reputation through the gateway, as an administrator would; throws when it did not. */
async function refreshReputation(env: Record<string, string | undefined>, gatewayUrl: string, log: Logger): Promise<void> {
  const { token } = await issueToken(loadAuthConfig(env), { sub: 'demo-seed', name: 'Demo seed', role: 'ADMIN', clientId: null, examinerId: null }, { ttlSeconds: 300 });
  const response = await fetch(gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: 'mutation { refreshReputation { examinersScored } }' }),
  });
  const body = (await response.json().catch(() => ({}))) as { data?: { refreshReputation: { examinersScored: number } }; errors?: { message: string }[] };
  if (!body.data?.refreshReputation) {
    throw new Error(`refreshReputation failed (HTTP ${response.status}): ${body.errors?.map((e) => e.message).join('; ') ?? 'no answer'}`);
  }
  log.info({ examinersScored: body.data.refreshReputation.examinersScored }, 'reputation computed');
}

/**
 * npm run seed:bulk -- --examiners 20000 --cases 1000000 [--clients 300] [--months 36] [--seed 42] [--reset]
 *
 * Loads a large, realistic dataset for statistics and benchmarks through PostgreSQL's bulk path: COPY into
 * every table at once (one connection per table), with indexes and constraints dropped during the load and
 * rebuilt after, then ANALYZE and VACUUM so plans and index-only scans are what production would see. Runs as
 * the owner role (MIGRATION_DATABASE_URL, or the embedded PostgreSQL of `npm start` when nothing is set): dropping
 * and rebuilding constraints and indexes, COPY and VACUUM are the owner's rights, no superuser's. Refuses a
 * database that already holds data unless --reset (which empties every subgraph's tables first).
 */
import { parseArgs } from 'node:util';
import pg from 'pg';
import { createLogger, migrationDatabaseUrlFor } from '@imepanel/runtime';
import { CopySink, type CopySinks } from './seeding/bulk/copy-sink';
import { CASE_TABLES, writeCases, writeClients } from './seeding/bulk/cases';
import { EXAMINER_TABLES, writeExaminers, writeSpecialties } from './seeding/bulk/examiners';
import { ProgressBar } from './seeding/bulk/progress';
import { Random } from './seeding/random';
import { captureConstraintsAndIndexes } from './seeding/bulk/schema-rebuild';
import { ensurePostgres, migrateAll } from './lib/platform';

const { values: args } = parseArgs({
  options: {
    examiners: { type: 'string', default: '20000' },
    cases: { type: 'string', default: '1000000' },
    clients: { type: 'string', default: '300' },
    months: { type: 'string', default: '36' },
    seed: { type: 'string', default: '42' },
    reset: { type: 'boolean', default: false },
  },
});
const count = (name: keyof typeof args, min: number) => {
  const value = Number(args[name]);
  if (!Number.isInteger(value) || value < min) {
    console.error(`--${name} must be a whole number of at least ${min}, got ${args[name]}`);
    process.exit(2);
  }
  return value;
};
const volume = { examiners: count('examiners', 10), cases: count('cases', 1), clients: count('clients', 1), months: count('months', 1), seed: count('seed', 0) };

const SCHEMAS = ['examiners', 'cases', 'reports'];
/**
 * Kept by --reset: reference data the migrations seed, and the audit tables, which are append-only for the
 * owner too (their trigger refuses TRUNCATE; docs/security.md, "Audit log").
 */
const KEEP = new Set(['mikro_orm_migrations', 'jurisdiction_rule', 'reputation_weights', 'audit_entry']);

const log = createLogger('seed-bulk', process.env.LOG_LEVEL ?? 'warn');
const started = performance.now();
const seconds = (from: number) => ((performance.now() - from) / 1000).toFixed(1);
const postgres = await ensurePostgres(process.env, log);
const ownerUrl = migrationDatabaseUrlFor(process.env, 'cases');
if (migrationDatabaseUrlFor(process.env, 'examiners') !== ownerUrl) {
  console.error('seed:bulk loads examiners and cases in one database: give both the same migration URL (MIGRATION_DATABASE_URL)');
  process.exit(2);
}
const pool = new pg.Pool({ connectionString: ownerUrl, max: 16, application_name: 'imepanel-seed-bulk' });
// pool.end() resolves before its connections have closed; the embedded server stopping right after ends them.
pool.on('error', (error) => log.debug({ err: error.message }, 'pooled connection closed by the server'));
let exitCode = 0;
try {
  await migrateAll(process.env, log);
  const admin = await pool.connect();
  try {
    const tables = await admin.query<{ schema: string; name: string }>(
      `select schemaname as schema, tablename as name from pg_tables where schemaname = any($1) order by 1, 2`,
      [SCHEMAS],
    );
    const data = tables.rows.filter((t) => !KEEP.has(t.name));
    const list = data.map((t) => `"${t.schema}"."${t.name}"`).join(', ');
    const existing = await admin.query<{ n: string }>(`select (select count(*) from cases.ime_case) + (select count(*) from examiners.examiner) as n`);
    if (Number(existing.rows[0].n) > 0) {
      if (!args.reset) throw new Error('The database already holds examiners or cases; run with --reset to empty it first (everything but reference data is deleted)');
      await admin.query(`truncate ${list} cascade`);
    }
    const target = new URL(ownerUrl);
    console.error(`seeding ${volume.examiners.toLocaleString('en-US')} examiners and ${volume.cases.toLocaleString('en-US')} cases into ${target.host}${target.pathname}`);

    const ddl = await captureConstraintsAndIndexes(admin, SCHEMAS);
    for (const statement of ddl.drops) await admin.query(statement);
    const connections: pg.PoolClient[] = [];
    let loaded = false;
    try {
      const sinks: CopySinks = {};
      for (const [table, columns] of Object.entries({ ...EXAMINER_TABLES, ...CASE_TABLES })) {
        const connection = await pool.connect();
        connections.push(connection);
        // Synchronous commit off: a crash mid-seed loses the seed, which is rerun anyway.
        await connection.query(`set synchronous_commit = off`);
        sinks[table] = new CopySink(connection, table, columns);
      }
      const random = new Random(volume.seed);
      const now = new Date();
      const examinerBar = new ProgressBar('examiners', volume.examiners, 'examiners');
      const specialtyIds = writeSpecialties(random, sinks, now);
      const panel = await writeExaminers(random, sinks, volume.examiners, now, specialtyIds, (n) => examinerBar.tick(n));
      examinerBar.finish();
      const clients = writeClients(random, sinks, volume.clients, now);
      const caseBar = new ProgressBar('cases', volume.cases, 'cases');
      const { lastReference } = await writeCases(random, sinks, volume, now, clients, panel, (n) => caseBar.tick(n));
      const rows = Object.fromEntries(await Promise.all(Object.entries(sinks).map(async ([table, sink]) => [table, await sink.end()] as const)));
      caseBar.finish();
      await admin.query(`select setval('cases.case_reference_seq', $1)`, [lastReference]);
      loaded = true;
      console.error(`  loaded ${Object.values(rows).reduce((a, b) => a + b, 0).toLocaleString('en-US')} rows in ${seconds(started)} s`);
      for (const [table, n] of Object.entries(rows)) console.error(`    ${table.padEnd(30)} ${n.toLocaleString('en-US').padStart(12)}`);
    } finally {
      for (const connection of connections) connection.release(!loaded);
      if (!loaded) await admin.query(`truncate ${list} cascade`);
      const rebuild = performance.now();
      await admin.query(`set maintenance_work_mem = '512MB'`);
      const bar = new ProgressBar('indexes', ddl.restores.length, 'constraints and indexes');
      for (const statement of ddl.restores) {
        await admin.query(statement);
        bar.tick();
      }
      bar.finish();
      console.error(`  rebuilt ${ddl.restores.length} constraints and indexes in ${seconds(rebuild)} s`);
    }
    const vacuum = performance.now();
    for (const t of data) await admin.query(`vacuum (analyze) "${t.schema}"."${t.name}"`);
    console.error(`  vacuumed and analysed in ${seconds(vacuum)} s`);
  } finally {
    admin.release();
  }
  console.error(`seed:bulk finished in ${seconds(started)} s`);
} catch (error) {
  console.error(`seed:bulk failed: ${error instanceof Error ? error.message : String(error)}`);
  exitCode = 1;
} finally {
  await pool.end();
  await postgres?.stop();
}
process.exit(exitCode);

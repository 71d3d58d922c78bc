/**
 * npm run bench [-- --only stats,throughput,sql,panel] [--connections 16] [--duration 20] [--rounds 3]
 *                  [--stats-runs 5] [--label "…"] [--gateway-workers 1]
 *
 * The benchmark suite (docs/benchmarks.md): statistics latency against the same SQL, gateway throughput
 * against Hive Gateway, SQL statements per request, and panel proposal latency — on the bulk dataset
 * (`npm run seed:bulk`), with DATABASE_URL or the embedded PostgreSQL. Prints the figures and appends them,
 * with the machine they ran on, to bench/RESULTS.md.
 */
import { execSync } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { createLogger, migrationDatabaseUrlFor } from '@imepanel/runtime';
import { ensurePostgres } from '../scripts/lib/platform';
import { cpuTable, measureCpu } from './lib/cpu-bench';
import { benchSecrets, signInBenchClient } from './lib/bench-auth';
import { ms, ratio } from './lib/figures';
import { panelTable, runPanelBench, type PanelFigure } from './lib/panel-bench';
import { ROOT, startHiveGateway, startOurGateway, startSubgraphs, type Service, type Subgraphs } from './lib/processes';
import { countStatements, statementTable, type StatementCount } from './lib/sql-count-bench';
import { runStatsBench, statsQuestions, statsTable, type StatsFigure } from './lib/stats-bench';
import { compareAnswers, describeErrors, load, loadTable, summarise, WORKLOAD_KINDS, type LoadFigure } from './lib/throughput-bench';
import { prepareClientWorkload } from './lib/client-workload';
import { loadWorkloadData } from './lib/workload';

const { values: args } = parseArgs({
  options: {
    only: { type: 'string', default: 'stats,throughput,cpu,sql,panel' },
    connections: { type: 'string', default: '16' },
    duration: { type: 'string', default: '20' },
    rounds: { type: 'string', default: '3' },
    'stats-runs': { type: 'string', default: '5' },
    'panel-runs': { type: 'string', default: '20' },
    'gateway-workers': { type: 'string', default: process.env.GATEWAY_WORKERS ?? '1' },
    label: { type: 'string', default: '' },
    // Further configurations of our gateway to load in the same rounds, e.g. "fetch:SUBGRAPH_HTTP_CLIENT=fetch;2 workers:GATEWAY_WORKERS=2".
    variants: { type: 'string', default: '' },
    // Environment for the subgraph processes, e.g. "DB_POOL_MAX=20".
    'subgraph-env': { type: 'string', default: '' },
    'no-results': { type: 'boolean', default: false },
  },
});
const suites = new Set(args.only.split(',').map((s) => s.trim()));
const connections = Number(args.connections);
const duration = Number(args.duration);
const rounds = Number(args.rounds);
const gatewayWorkers = Number(args['gateway-workers']);
const say = (line: string) => console.log(line);
const envOf = (text: string) =>
  Object.fromEntries(
    text
      .split(',')
      .map((pair) => pair.trim())
      .filter(Boolean)
      .map((pair) => pair.split('=') as [string, string]),
  );
const variants = args.variants
  .split(';')
  .map((v) => v.trim())
  .filter(Boolean)
  .map((v) => {
    const [name, env = ''] = v.split(':');
    return { name: `ours, ${name.trim()}`, env: envOf(env) };
  });
const subgraphEnv = envOf(args['subgraph-env']);

const log = createLogger('bench', 'warn');
// Every process this run starts inherits the run's own secrets; its client signs in with them.
Object.assign(process.env, benchSecrets());
await signInBenchClient(process.env);
const postgres = await ensurePostgres(process.env, log);
// The owner's connection reads the dataset and runs the statistics SQL directly; the services run as their roles.
const databaseUrl = migrationDatabaseUrlFor(process.env, 'cases');
const sql = new pg.Client({ connectionString: databaseUrl });
await sql.connect();
const second = new pg.Client({ connectionString: databaseUrl });
await second.connect();

let subgraphs: Subgraphs | null = null;
let ours: Service | null = null;
const sections: string[] = [];
try {
  const { rows: [dataset] } = await sql.query<{ examiners: number; cases: number; reports: number }>(
    `select (select count(*) from examiners.examiner)::int as examiners, (select count(*) from cases.ime_case)::int as cases, (select count(*) from reports.report)::int as reports`,
  );
  const { rows: [{ version }] } = await sql.query<{ version: string }>(`select version()`);
  say(`dataset: ${dataset.examiners.toLocaleString('en-US')} examiners, ${dataset.cases.toLocaleString('en-US')} cases, ${dataset.reports.toLocaleString('en-US')} reports`);
  const data = await loadWorkloadData(sql);

  const commit = execSync('git rev-parse --short HEAD', { cwd: ROOT }).toString().trim();
  const dirty = execSync('git status --porcelain --untracked-files=no', { cwd: ROOT }).toString().trim() ? ' (with uncommitted changes)' : '';
  const machine = `${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GB RAM, Linux ${release()}, Node ${process.version}, ${version.split(',')[0]}`;
  sections.push(
    `## ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC — commit ${commit}${dirty}${args.label ? ` — ${args.label}` : ''}`,
    '',
    `- Machine: ${machine}; load average at start ${loadavg().map((l) => l.toFixed(2)).join(' ')} (the machine is shared: figures are medians, ratios are from the same run)`,
    `- Dataset: ${dataset.examiners.toLocaleString('en-US')} examiners, ${dataset.cases.toLocaleString('en-US')} cases, ${dataset.reports.toLocaleString('en-US')} reports (npm run seed:bulk)`,
    `- Our gateway: ${gatewayWorkers} worker process(es)${variants.length ? `, plus variants ${variants.map((v) => `"${v.name}" (${JSON.stringify(v.env)})`).join(', ')}` : ''}; subgraphs one process each${Object.keys(subgraphEnv).length ? ` with ${JSON.stringify(subgraphEnv)}` : ''}; LOG_LEVEL=warn and NODE_ENV=production for every service`,
    '',
  );

  const needServers = ['stats', 'throughput', 'cpu', 'panel'].some((s) => suites.has(s));
  if (needServers) {
    subgraphs = await startSubgraphs(subgraphEnv);
    ours = await startOurGateway(subgraphs.urls, { GATEWAY_WORKERS: String(gatewayWorkers) });
    data.client = await prepareClientWorkload(ours.url, sql, data, process.env);
    say(`client workload: ${data.client.assignedCases.length} assigned cases of one client, ${data.client.documents.length} records stored on them`);
  }

  if (suites.has('stats')) {
    say('\nstatistics: through the gateway vs the same SQL');
    const figures: StatsFigure[] = await runStatsBench(ours!.url, [sql, second], await statsQuestions(sql), Number(args['stats-runs']), say);
    sections.push(`### Statistics latency (median of ${args['stats-runs']} runs each)`, '', statsTable(figures), '');
  }

  if (suites.has('throughput')) {
    say(`\nthroughput: ${connections} connections, ${duration} s per run, ${rounds} rounds, workload: ${WORKLOAD_KINDS}, and on our gateway each link's download`);
    const hive = await startHiveGateway(subgraphs!.urls, gatewayWorkers);
    const others: Service[] = [];
    for (const variant of variants) others.push(await startOurGateway(subgraphs!.urls, { GATEWAY_WORKERS: String(gatewayWorkers), ...variant.env }));
    try {
      const differences = await compareAnswers({ ours: ours!.url, hive: hive.url }, data);
      say(differences.length ? `  answers differ: ${differences.join('; ')}` : '  both gateways answer the workload identically');
      // Only our gateway serves document links (docs/documents.md): Hive Gateway answers the link, not the download.
      const gateways: [string, string, boolean][] = [
        ['ours (Apollo Gateway)', ours!.url, true],
        ...variants.map((v, i): [string, string, boolean] => [v.name, others[i].url, true]),
        ['Hive Gateway', hive.url, false],
      ];
      for (const [, url, downloads] of gateways) await load('warm-up', url, data, { connections, durationSeconds: 5, downloads });
      const runs: LoadFigure[] = [];
      for (let round = 0; round < rounds; round++) {
        for (const [name, url, downloads] of round % 2 === 0 ? gateways : [...gateways].reverse()) {
          const figure = await load(name, url, data, { connections, durationSeconds: duration, downloads });
          say(`  round ${round + 1} ${name}: ${figure.requestsPerSecond.toFixed(0)} req/s, p50 ${ms(figure.p50)}, p95 ${ms(figure.p95)}, p99 ${ms(figure.p99)}, errors ${figure.errors}`);
          if (figure.errors > 0) say(`    errors: ${describeErrors(figure.errorKinds)}`);
          runs.push(figure);
        }
      }
      const summary = summarise(runs);
      const a = summary[0];
      const b = summary.find((s) => s.gateway === 'Hive Gateway')!;
      say(`  ours / Hive: ${ratio(a.requestsPerSecond / b.requestsPerSecond)} the requests per second`);
      sections.push(
        `### Gateway throughput (${connections} connections, ${duration} s × ${rounds} rounds, medians; workload: ${WORKLOAD_KINDS}; our gateway also downloads each link)`,
        '',
        loadTable(summary, 'Hive Gateway'),
        '',
        `Same subgraph processes, same supergraph file (schema/supergraph.graphql); Hive Gateway ${gatewayWorkers > 1 ? `with --fork ${gatewayWorkers}` : 'with its defaults'}. ` +
          (differences.length ? `Answers differed: ${differences.join('; ')}.` : 'Both answered the workload identically (checked before the runs).') +
          summary
            .filter((f) => f.errors > 0)
            .map((f) => ` Errors of ${f.gateway}: ${describeErrors(f.errorKinds)}.`)
            .join(''),
        '',
      );
    } finally {
      await hive.stop();
      for (const other of others) await other.stop();
    }
  }

  if (suites.has('cpu')) {
    const figures = await measureCpu(ours!, subgraphs!.services, data);
    say('\nCPU per request (one at a time)');
    for (const f of figures) say(`  ${f.query}: ${f.wallMs.toFixed(0)} ms wall; ${Object.entries(f.perProcess).map(([n, v]) => `${n} ${v.toFixed(1)} ms`).join(', ')}`);
    sections.push('### Where a request spends CPU (our gateway, 100 requests one at a time)', '', cpuTable(figures), '', 'PostgreSQL counts every backend of the server, other users included.', '');
  }

  if (suites.has('panel')) {
    const figure: PanelFigure = await runPanelBench(ours!.url, data, dataset.examiners, Number(args['panel-runs']));
    say(`\npanel proposal: median ${ms(figure.p50)}, p95 ${ms(figure.p95)} with ${dataset.examiners} examiners`);
    sections.push('### Panel proposal latency', '', panelTable(figure), '');
  }

  // In-process platform: stop the benchmark's servers first so only this counts.
  await ours?.stop();
  await subgraphs?.stop();
  ours = null;
  subgraphs = null;
  if (suites.has('sql')) {
    const counts: StatementCount[] = await countStatements(data);
    say('\nSQL statements per request');
    for (const c of counts) say(`  ${c.query}: ${c.at10} at 10, ${c.at100 ?? '–'} at 100${c.note ? ` (${c.note})` : ''}`);
    sections.push('### SQL statements per request', '', statementTable(counts), '');
  }

  if (!args['no-results']) {
    appendFileSync(join(ROOT, 'bench/RESULTS.md'), `\n${sections.join('\n')}\n`);
    say('\nappended to bench/RESULTS.md');
  }
} finally {
  await ours?.stop();
  await subgraphs?.stop();
  await sql.end();
  await second.end();
  await postgres?.stop();
}
process.exit(0);

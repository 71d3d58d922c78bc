/**
 * npm run bench:profile [-- --query "case page" --requests 200 --concurrency 1 --top 20]
 *
 * Where the CPU of one kind of workload request goes, process by process: starts the subgraphs and our gateway as
 * `npm run bench` does, each under V8's sampling profiler (--cpu-prof), sends the requests, stops the processes
 * (each writes its profile on exit) and prints, per process, the self time by package and the functions that
 * take the most. The .cpuprofile files are kept (their directory is printed) for Chrome DevTools or speedscope.
 * Runs on the bulk dataset like `npm run bench` (docs/benchmarks.md, "Profiles").
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { createLogger, migrationDatabaseUrlFor } from '@imepanel/runtime';
import { ensurePostgres } from '../scripts/lib/platform';
import { Random } from '../scripts/seeding/random';
import { benchSecrets, signInBenchClient } from './lib/bench-auth';
import { prepareClientWorkload } from './lib/client-workload';
import { startOurGateway, startSubgraphs, type Service, type Subgraphs } from './lib/processes';
import { availableSlots, casePage, documentLink, examinerProfile, loadWorkloadData, panelProposal, post, type GraphQLRequest, type WorkloadData } from './lib/workload';

const { values: args } = parseArgs({
  options: {
    query: { type: 'string', default: 'case page' },
    requests: { type: 'string', default: '200' },
    concurrency: { type: 'string', default: '1' },
    top: { type: 'string', default: '20' },
  },
});
const kinds: Record<string, (data: WorkloadData, random: Random) => GraphQLRequest> = {
  'case page': casePage,
  'examiner profile': examinerProfile,
  'available slots': availableSlots,
  'document link': documentLink,
  'panel proposal': (data, random) => panelProposal(data, random),
};
const make = kinds[args.query];
if (!make) throw new Error(`--query is one of: ${Object.keys(kinds).join(', ')}`);

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

/** Where a function lives: the npm package, node's own code, or this repository's file. */
function placeOf(url: string): string {
  if (!url) return '(native or idle)';
  if (url.startsWith('node:')) return 'node';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1];
  const ours = /\/(packages\/[^/]+|subgraphs\/[^/]+|gateway)\/src\//.exec(url);
  return ours ? ours[1] : url.replace(/^file:\/\//, '');
}

/**
 * Self time (ms) by package and by function of one profile, over the samples taken between `from` and `to` (µs of
 * the monotonic clock, which V8's profile timestamps and process.hrtime share), idle time apart.
 */
function summarise(profile: CpuProfile, from: number, to: number) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  let at = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    const delta = profile.timeDeltas[i] ?? 0;
    at += delta;
    if (at < from || at > to) continue;
    self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + delta / 1000);
  }
  const byPlace = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let busy = 0;
  for (const [id, ms] of self) {
    const { callFrame } = byId.get(id)!;
    if (callFrame.functionName === '(idle)' || callFrame.functionName === '(program)') continue;
    busy += ms;
    const place = callFrame.functionName === '(garbage collector)' ? '(garbage collector)' : placeOf(callFrame.url);
    byPlace.set(place, (byPlace.get(place) ?? 0) + ms);
    const name = `${callFrame.functionName || '(anonymous)'} ${place}${callFrame.url ? `:${callFrame.lineNumber + 1}` : ''}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + ms);
  }
  const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]);
  return { busy, byPlace: sorted(byPlace), byFunction: sorted(byFunction) };
}

const log = createLogger('bench', 'warn');
Object.assign(process.env, benchSecrets());
await signInBenchClient(process.env);
const postgres = await ensurePostgres(process.env, log);
const sql = new pg.Client({ connectionString: migrationDatabaseUrlFor(process.env, 'cases') });
await sql.connect();
const dir = mkdtempSync(join(tmpdir(), 'imepanel-profile-'));
// Node does not take --cpu-prof from NODE_OPTIONS: it goes on each service's command line.
const profiled = (name: string) => ['--cpu-prof', `--cpu-prof-dir=${join(dir, name)}`];
let subgraphs: Subgraphs | null = null;
let gateway: Service | null = null;
try {
  const data = await loadWorkloadData(sql);
  subgraphs = await startSubgraphs({}, profiled);
  gateway = await startOurGateway(subgraphs.urls, {}, profiled('gateway'));
  data.client = await prepareClientWorkload(gateway.url, sql, data, process.env);
  const random = new Random(13);
  const count = Number(args.requests);
  const concurrency = Number(args.concurrency);
  for (let i = 0; i < 20; i++) await post(gateway.url, make(data, random));
  let sent = 0;
  let errors = 0;
  let from = 0;
  let to = 0;
  const started = performance.now();
  from = Number(process.hrtime.bigint() / 1000n);
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (sent < count) {
        sent += 1;
        const { body } = await post(gateway!.url, make(data, random));
        if (body.errors?.length) errors += 1;
      }
    }),
  );
  const wall = performance.now() - started;
  to = Number(process.hrtime.bigint() / 1000n);
  console.log(`${count} × ${args.query}, ${concurrency} at a time: ${(wall / count).toFixed(1)} ms each on average, ${errors} with errors`);
  await gateway.stop();
  await subgraphs.stop();
  gateway = null;
  subgraphs = null;
  const top = Number(args.top);
  for (const name of readdirSync(dir).sort()) {
    const file = readdirSync(join(dir, name)).find((f) => f.endsWith('.cpuprofile'));
    if (!file) continue;
    const summary = summarise(JSON.parse(readFileSync(join(dir, name, file), 'utf8')) as CpuProfile, from, to);
    console.log(`\n${name}: ${summary.busy.toFixed(0)} ms on CPU while the requests ran, ${(summary.busy / count).toFixed(2)} ms per request`);
    console.log('  by package:');
    for (const [place, ms] of summary.byPlace.slice(0, 12)) console.log(`    ${ms.toFixed(0).padStart(7)} ms  ${place}`);
    console.log('  by function (self time):');
    for (const [fn, ms] of summary.byFunction.slice(0, top)) console.log(`    ${ms.toFixed(0).padStart(7)} ms  ${fn}`);
  }
  console.log(`\nprofiles: ${dir}`);
} finally {
  await gateway?.stop();
  await subgraphs?.stop();
  await sql.end();
  await postgres?.stop();
}
process.exit(0);

/**
 * npm run check:start [-- --ref <commit>] [--keep]: the README's quick start on a fresh clone, as a newcomer
 * runs it (CI runs it after the tests, see .ci/run). Clones the commit (HEAD by default) into a temporary folder,
 * so there is no node_modules, no admin/dist and no .data; runs `npm install`, then `npm start` on free ports
 * (as its own process group, like a terminal's foreground job); waits for the banner; signs in as the demo
 * administrator and sends the federated example (examples/query.sh) through the gateway; checks that the console
 * is served and reputation was computed; sends SIGINT to the group, as Ctrl-C does, and checks that npm exited 0
 * and nothing is left running (services, the embedded PostgreSQL and its processes) or listening. Then a second
 * `npm start` on the kept data, checked the same way. Prints each step; exits 1 at the first that fails.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { freePort } from './lib/ports';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { values: args } = parseArgs({ options: { ref: { type: 'string', default: 'HEAD' }, keep: { type: 'boolean', default: false } } });
/** What the README tells a newcomer to sign in with (scripts/lib/demo-users.ts creates it). */
const DEMO_ADMIN = { email: 'admin@imepanel.example', password: 'demo-admin-password' };
const MINUTE = 60_000;

const started = Date.now();
const say = (line: string) => process.stdout.write(`[check-start ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}\n`);
class CheckFailed extends Error {}
let checks = 0;
function check(condition: unknown, what: string, detail = ''): asserts condition {
  if (!condition) throw new CheckFailed(`${what}${detail ? `\n${detail}` : ''}`);
  checks += 1;
  say(`ok: ${what}`);
}

const sha = execFileSync('git', ['-C', ROOT, 'rev-parse', '--verify', `${args.ref}^{commit}`], { encoding: 'utf8' }).trim();
const workDir = mkdtempSync(join(tmpdir(), 'imepanel-start-check-'));
// As root, the embedded PostgreSQL runs as the `postgres` user, which must reach the clone (mkdtemp makes 0700).
chmodSync(workDir, 0o755);
const clone = join(workDir, 'ime-panel');
const logPath = (name: string) => join(workDir, `${name}.log`);

/** A newcomer's shell: none of this process's database, port, NODE_ENV or `npm run` settings. */
function freshShellEnv(ports: Record<string, number>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  const notPassedOn = /^(npm_|INIT_CWD$|NODE_ENV$|NODE_OPTIONS$|VITEST|SEED_DEMO_DATA$|ADMIN_CONSOLE_DIR$|HOST$|EMBEDDED_PG_PORT$|.*_PORT$|.*DATABASE_URL$|.*_URL$)/;
  // (npm's connection settings stay: the clone's npm install needs the same registry, proxy and cache)
  const npmConnection = /^npm_config_(registry|cafile|proxy|https_proxy|noproxy|strict_ssl|cache)$/;
  for (const [name, value] of Object.entries(process.env)) if (!notPassedOn.test(name) || npmConnection.test(name)) env[name] = value;
  // (npm run puts this checkout's node_modules/.bin first on the PATH: the clone must use its own)
  env.PATH = (env.PATH ?? '').split(':').filter((dir) => !dir.startsWith(ROOT)).join(':');
  return { ...env, HOST: '127.0.0.1', ...Object.fromEntries(Object.entries(ports).map(([k, v]) => [k, String(v)])) };
}

function tail(path: string, lines = 60): string {
  if (!existsSync(path)) return '';
  return readFileSync(path, 'utf8').split('\n').slice(-lines).join('\n');
}

/** Runs a command to its end, output to a log file; throws with the log's end when it fails. */
async function run(name: string, command: string, argv: string[], env: NodeJS.ProcessEnv, timeoutMs: number): Promise<void> {
  say(`$ ${[command, ...argv].join(' ')}   (output: ${logPath(name)})`);
  const out = createWriteStream(logPath(name));
  const child = spawn(command, argv, { cwd: clone, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(out);
  child.stderr.pipe(out);
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.once('close', (c, s) => resolve([c, s])));
  clearTimeout(timer);
  await new Promise((resolve) => out.end(resolve));
  check(code === 0, `${command} ${argv.join(' ')} exited 0`, `it exited ${code ?? signal}:\n${tail(logPath(name))}`);
}

/** The processes of a process group, and any other process whose command line names the clone (e.g. postgres -D …/.data/postgres). */
function leftovers(group: number): string[] {
  const table = execFileSync('ps', ['-eo', 'pid=,pgid=,args='], { encoding: 'utf8' });
  return table
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => {
      const [pid, pgid] = line.split(/\s+/);
      return line && Number(pid) !== process.pid && (Number(pgid) === group || line.includes(clone));
    });
}

async function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

async function graphql(origin: string, token: string, query: string) {
  const response = await fetch(`${origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as { data?: any; errors?: { message: string }[] };
}

let running: ChildProcess | undefined;

/** One `npm start`: up, answering as the README says, then Ctrl-C and nothing left behind. */
async function startAndStop(name: string, env: NodeJS.ProcessEnv, ports: Record<string, number>): Promise<void> {
  say(`$ npm start   (${name}; output: ${logPath(name)})`);
  const out = createWriteStream(logPath(name));
  // Its own process group, as a terminal runs a foreground job: Ctrl-C signals every process in it.
  const child = spawn('npm', ['start'], { cwd: clone, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  running = child;
  const group = child.pid!;
  let output = '';
  // 'close': the process has exited and its output has been read to the end.
  const exited = new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.once('close', (c, s) => resolve([c, s])));
  const banner = new Promise<boolean>((resolve) => {
    const scan = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Press Ctrl-C to stop.')) resolve(true);
    };
    child.stdout!.on('data', scan);
    child.stderr!.on('data', scan);
    void exited.then(() => resolve(false));
    setTimeout(() => resolve(false), 15 * MINUTE).unref();
  });
  child.stdout!.pipe(out);
  child.stderr!.pipe(out);

  const up = await banner;
  check(up, 'npm start printed "IME Panel is running." and the addresses', `it did not (${child.exitCode === null ? 'still running after 15 minutes' : `exited ${child.exitCode}`}):\n${tail(logPath(name))}`);
  const gatewayUrl = /GraphQL gateway\s+(\S+)/.exec(output)?.[1];
  check(gatewayUrl === `http://127.0.0.1:${ports.GATEWAY_PORT}/graphql`, `the banner names the gateway (${gatewayUrl})`);
  check(output.includes(DEMO_ADMIN.email) && output.includes(DEMO_ADMIN.password), 'the banner lists the demo administrator the README signs in with');
  const origin = new URL(gatewayUrl!).origin;

  const consolePage = await fetch(`${origin}/admin/`);
  check(consolePage.status === 200 && (await consolePage.text()).includes('<div id="root">'), 'GET /admin/ serves the built console');

  say('$ examples/query.sh examples/federated-cases.graphql');
  const answer = execFileSync('examples/query.sh', ['examples/federated-cases.graphql'], { cwd: clone, env: { ...env, GATEWAY: origin }, encoding: 'utf8' });
  let federated: { data?: any; errors?: unknown[] } = {};
  try {
    federated = JSON.parse(answer);
  } catch {
    // checked below
  }
  const items: any[] = federated.data?.cases?.items ?? [];
  check(!federated.errors && items.length > 0, `the federated query signed in as ${DEMO_ADMIN.email} answers ${items.length} cases without errors`, answer.slice(0, 2000));
  check(
    items.some((c) => c.requiredSpecialty?.name && c.examiner?.displayName && Array.isArray(c.reports) && c.currentReportStatus),
    'each subgraph answered its part: cases, their specialty and examiner (examiners), their reports (reports)',
    answer.slice(0, 2000),
  );

  const login = await fetch(`${origin}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(DEMO_ADMIN) });
  const { token } = (await login.json()) as { token: string };
  const scores = await graphql(origin, token, '{ examiners(page: { limit: 100 }) { items { reputationScore } } }');
  const scored = (scores.data?.examiners?.items ?? []).filter((e: { reputationScore: number | null }) => e.reputationScore !== null).length;
  check(scored > 0, `reputation was computed (${scored} of the first 100 examiners have a score)`, JSON.stringify(scores).slice(0, 1000));

  say(`SIGINT to npm start's process group (${group}), as Ctrl-C does`);
  process.kill(-group, 'SIGINT');
  const stopped = await Promise.race([exited, new Promise<null>((resolve) => setTimeout(() => resolve(null), MINUTE))]);
  await new Promise((resolve) => out.end(resolve));
  check(stopped !== null, "npm start (and all that held its output) ended within a minute of SIGINT", tail(logPath(name)));
  // npm passes Ctrl-C on to the script, waits for it, then ends itself with the same signal (a shell shows 130).
  check(stopped[0] === 0 || stopped[1] === 'SIGINT', 'npm start ended as Ctrl-C ends it (0, or by SIGINT after its script)', `it exited ${stopped[0] ?? stopped[1]}:\n${tail(logPath(name))}`);
  const afterSignal = output.slice(output.lastIndexOf('"msg":"stopping the platform"'));
  check(/"service":"start"[^\n]*"msg":"stopped"/.test(afterSignal), 'the start stopped the platform and PostgreSQL, then exited 0 (its "stopped" line)', tail(logPath(name)));
  check(!afterSignal.includes('"level":"error"') && !afterSignal.includes('"level":50'), 'no error was logged while stopping', tail(logPath(name)));
  running = undefined;
  // Give the kernel a moment to reap the last children before looking.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const left = leftovers(group);
  check(left.length === 0, 'no process of the start is left (npm, the start and its services, the embedded PostgreSQL and its workers)', left.join('\n'));
  for (const [setting, port] of Object.entries(ports)) check(!(await listening(port)), `nothing listens on ${setting} ${port} any more`);
  check(!existsSync(join(clone, '.data/postgres/postmaster.pid')), 'PostgreSQL shut down cleanly (no postmaster.pid left in .data/postgres)');
}

try {
  say(`git clone ${ROOT} at ${args.ref} (${sha.slice(0, 12)}) into ${clone}`);
  execFileSync('git', ['clone', '--quiet', '--no-checkout', ROOT, clone]);
  execFileSync('git', ['-C', clone, 'checkout', '--quiet', sha]);
  check(!existsSync(join(clone, 'node_modules')) && !existsSync(join(clone, 'admin/dist')) && !existsSync(join(clone, '.data')), 'the clone has no node_modules, admin/dist or .data');

  const ports = {
    GATEWAY_PORT: await freePort(),
    EXAMINERS_PORT: await freePort(),
    CASES_PORT: await freePort(),
    REPORTS_PORT: await freePort(),
    EMBEDDED_PG_PORT: await freePort(),
  };
  const env = freshShellEnv(ports);
  say(`free ports: ${Object.entries(ports).map(([k, v]) => `${k}=${v}`).join(' ')}`);
  await run('npm-install', 'npm', ['install'], env, 20 * MINUTE);
  await startAndStop('first-start', env, ports);
  await startAndStop('second-start', env, ports);
  say(`start check passed (${checks} checks)`);
} catch (error) {
  process.exitCode = 1;
  say(`FAILED: ${error instanceof CheckFailed ? error.message : (error as Error).stack}`);
} finally {
  if (running?.pid) {
    try {
      process.kill(-running.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  for (const line of existsSync(clone) ? leftovers(-1) : []) {
    const pid = Number(line.split(/\s+/)[0]);
    say(`killing what is left: ${line}`);
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  if (args.keep) say(`kept ${workDir}`);
  else rmSync(workDir, { recursive: true, force: true });
}

import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SUBGRAPH_NAMES, subgraphPortVariable, subgraphUrlEnv, type SubgraphName } from '@imepanel/runtime';
import { authorizationHeader } from './bench-auth';
import { freePort } from '../../scripts/lib/ports';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SUPERGRAPH_PATH = join(ROOT, 'schema/supergraph.graphql');
const LOG_DIR = join(tmpdir(), `imepanel-bench-${process.pid}`);

export interface Service {
  name: string;
  url: string;
  pid: number;
  stop(): Promise<void>;
}

async function waitForGraphQL(url: string, child: ChildProcess, name: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited with code ${child.exitCode}; see ${LOG_DIR}/${name}.log`);
    try {
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...authorizationHeader() }, body: '{"query":"{ __typename }"}' });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${name} did not answer at ${url} within ${timeoutMs / 1000} s; see ${LOG_DIR}/${name}.log`);
}

/**
 * Starts one server as a child process (its output in a log file), waits until it answers GraphQL, and
 * answers how to stop it — by its own pid, nothing else.
 */
async function startService(name: string, command: string, args: string[], env: Record<string, string>, url: string): Promise<Service> {
  mkdirSync(LOG_DIR, { recursive: true });
  const log = createWriteStream(join(LOG_DIR, `${name}.log`));
  const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.pipe(log);
  child.stderr!.pipe(log);
  await waitForGraphQL(url, child, name);
  return {
    name,
    url,
    pid: child.pid!,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Runs a TypeScript entry point of this repository under Node with tsx's loader. */
function tsNode(entry: string, nodeArgs: string[] = []): [string, string[]] {
  return [process.execPath, [...nodeArgs, '--import', 'tsx', join(ROOT, entry)]];
}

export interface Subgraphs {
  urls: Record<SubgraphName, string>;
  services: Service[];
  stop(): Promise<void>;
}

const graphqlUrl = (port: number) => `http://127.0.0.1:${port}/graphql`;

/**
 * The three subgraphs, each in its own process as deployed (NODE_ENV=production, each connecting as its own
 * database role from the environment it inherits), on free ports chosen first so that each is told where the
 * others are (they call each other for panels, reports and reputation).
 */
export async function startSubgraphs(env: Record<string, string> = {}, nodeArgsOf: (name: SubgraphName) => string[] = () => []): Promise<Subgraphs> {
  const ports = {} as Record<SubgraphName, number>;
  for (const name of SUBGRAPH_NAMES) ports[name] = await freePort();
  const urls = Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, graphqlUrl(ports[name])])) as Subgraphs['urls'];
  const services: Service[] = [];
  for (const name of SUBGRAPH_NAMES) {
    const [command, args] = tsNode(`subgraphs/${name}/src/main.ts`, nodeArgsOf(name));
    const serviceEnv = {
      HOST: '127.0.0.1',
      [subgraphPortVariable(name)]: String(ports[name]),
      ...subgraphUrlEnv(urls),
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
      ...env,
    };
    services.push(await startService(name, command, args, serviceEnv, urls[name]));
  }
  return { urls, services, stop: () => Promise.all(services.map((s) => s.stop())).then(() => undefined) };
}

/** Our gateway (Apollo Gateway), in its own process. */
export async function startOurGateway(urls: Subgraphs['urls'], env: Record<string, string> = {}, nodeArgs: string[] = []): Promise<Service> {
  const port = await freePort();
  const [command, args] = tsNode('gateway/src/main.ts', nodeArgs);
  return startService(
    'gateway',
    command,
    args,
    { GATEWAY_PORT: String(port), HOST: '127.0.0.1', ...subgraphUrlEnv(urls), LOG_LEVEL: 'warn', NODE_ENV: 'production', ...env },
    graphqlUrl(port),
  );
}

/** Hive Gateway on the same supergraph file and the same subgraphs. */
export async function startHiveGateway(urls: Subgraphs['urls'], fork = 1): Promise<Service> {
  const port = await freePort();
  return startService(
    'hive-gateway',
    process.execPath,
    [join(ROOT, 'node_modules/@graphql-hive/gateway/dist/bin.js'), 'supergraph', '--port', String(port), '--host', '127.0.0.1', '--fork', String(fork), '-c', join(ROOT, 'bench/hive/gateway.config.mjs')],
    { SUPERGRAPH_PATH, ...subgraphUrlEnv(urls), NODE_ENV: 'production' },
    graphqlUrl(port),
  );
}

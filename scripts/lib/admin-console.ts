import { execFile } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import type { Logger } from '@imepanel/runtime';

const ADMIN_DIR = fileURLToPath(new URL('../../admin/', import.meta.url));
export const ADMIN_DIST_DIR = join(ADMIN_DIR, 'dist');

/**
 * The newest modification time among the console's sources, public files and build inputs — the committed
 * supergraph SDL among them, since the console's enum choices are read from it at build time (admin/vite.config.ts).
 */
function newestSourceMtime(): number {
  const inputs = [...['index.html', 'vite.config.ts', 'package.json', 'tsconfig.json'].map((f) => join(ADMIN_DIR, f)), join(ADMIN_DIR, '../schema/supergraph.graphql')];
  const sources = ['src', 'public'].flatMap((folder) =>
    existsSync(join(ADMIN_DIR, folder)) ? (readdirSync(join(ADMIN_DIR, folder), { recursive: true }) as string[]).map((f) => join(ADMIN_DIR, folder, f)) : [],
  );
  return Math.max(...[...inputs, ...sources].filter((f) => existsSync(f)).map((f) => statSync(f).mtimeMs));
}

/** True when admin/dist is missing or older than any of the console's sources. */
export function adminConsoleStale(): boolean {
  const index = join(ADMIN_DIST_DIR, 'index.html');
  return !existsSync(index) || statSync(index).mtimeMs < newestSourceMtime();
}

/**
 * Builds the react-admin console into admin/dist (served by the gateway at /admin) when the build is missing or
 * older than its sources; answers whether it built and how long that took. `force` rebuilds regardless.
 */
export async function ensureAdminConsoleBuilt(log: Logger, options: { force?: boolean } = {}): Promise<{ built: boolean; ms: number }> {
  const started = performance.now();
  if (!options.force && !adminConsoleStale()) return { built: false, ms: Math.round(performance.now() - started) };
  log.info('building the admin console');
  // In a process of its own: Vite sets process.env.NODE_ENV=production in the process it builds in, and the
  // services that `npm start` runs next in this one would then refuse the development secrets. Its own process
  // also gets the production bundle whatever NODE_ENV the caller has (vitest sets `test`).
  const viteBin = join(dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin', 'vite.js');
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [viteBin, 'build', ADMIN_DIR, '--logLevel', 'warn'], {
      env: { ...process.env, NODE_ENV: 'production' },
      maxBuffer: 16 * 1024 * 1024,
    });
    const warnings = `${stdout}${stderr}`.trim();
    if (warnings) log.warn({ output: warnings }, 'admin console build warnings');
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`the admin console did not build:\n${`${stdout}${stderr}`.trim() || String(error)}`);
  }
  const ms = Math.round(performance.now() - started);
  log.info({ ms }, 'admin console built');
  return { built: true, ms };
}

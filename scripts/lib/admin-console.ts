import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Logger } from '@imepanel/runtime';

const ADMIN_DIR = fileURLToPath(new URL('../../admin/', import.meta.url));
export const ADMIN_DIST_DIR = join(ADMIN_DIR, 'dist');

/** The newest modification time among the console's sources and build inputs. */
function newestSourceMtime(): number {
  const inputs = ['index.html', 'vite.config.ts', 'package.json', 'tsconfig.json'].map((f) => join(ADMIN_DIR, f));
  const sources = (readdirSync(join(ADMIN_DIR, 'src'), { recursive: true }) as string[]).map((f) => join(ADMIN_DIR, 'src', f));
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
  // Vite is only needed here, so it is loaded only when a build is due.
  const { build } = await import('vite');
  await build({ configFile: join(ADMIN_DIR, 'vite.config.ts'), logLevel: 'warn', mode: 'production' });
  const ms = Math.round(performance.now() - started);
  log.info({ ms }, 'admin console built');
  return { built: true, ms };
}

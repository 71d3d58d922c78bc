import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { freePort } from './ports';
import { startEmbeddedPostgres } from './postgres';

const dataDirs: string[] = [];
afterEach(() => {
  for (const dir of dataDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const running = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('the embedded PostgreSQL', () => {
  it('stops when PostgreSQL stopped first (Ctrl-C in a terminal signals it too), so npm start finishes its shutdown', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'imepanel-pg-stop-'));
    dataDirs.push(dataDir);
    const postgres = await startEmbeddedPostgres({ dataDir, port: await freePort(), persistent: true });
    const postmaster = Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    process.kill(postmaster, 'SIGINT');
    await expect.poll(() => running(postmaster), { timeout: 20_000 }).toBe(false);

    // Before, this waited for an exit that had already happened: the promise never settled.
    await postgres.stop();
    expect(existsSync(join(dataDir, 'postmaster.pid'))).toBe(false);
  }, 60_000);
});

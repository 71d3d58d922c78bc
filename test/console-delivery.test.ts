import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '@imepanel/runtime';
import { ensureAdminConsoleBuilt } from '../scripts/lib/admin-console';
import { startTestPlatform, type TestPlatform } from './support/platform';

/**
 * How the console reaches a browser (docs/console.md, "Delivery"): the page split into chunks, each hashed asset
 * cached as immutable and sent compressed in the encoding the browser accepts, the page itself revalidated.
 */
let t: TestPlatform;
let origin: string;

beforeAll(async () => {
  await ensureAdminConsoleBuilt(createLogger('admin-console', 'warn'));
  t = await startTestPlatform();
  origin = new URL(t.gatewayUrl).origin;
}, 180_000);

afterAll(async () => {
  await t?.close();
});

/** The raw answer, undecoded (fetch would decompress and hide what was sent). */
function raw(path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(`${origin}${path}`, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

async function assetPaths(): Promise<string[]> {
  const page = await raw('/admin/');
  return [...page.body.toString('utf8').matchAll(/(?:src|href)="(\/admin\/assets\/[^"]+\.js)"/g)].map((m) => m[1]);
}

describe('console delivery', () => {
  it('splits the console into chunks, none of them the 1.9 MB single file it was', async () => {
    const paths = await assetPaths();
    expect(paths.length).toBeGreaterThanOrEqual(5);
    for (const path of paths) {
      const asset = await raw(path);
      expect(asset.status, path).toBe(200);
      expect(asset.body.length, path).toBeLessThan(1_000_000);
    }
    const page = await raw('/admin/');
    expect(page.headers['cache-control']).toBe('no-cache');
  });

  it('sends each hashed asset compressed as the browser accepts, cached as immutable, the same bytes once decoded', async () => {
    for (const path of await assetPaths()) {
      const plain = await raw(path);
      expect(plain.headers['content-encoding'], path).toBeUndefined();
      expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(plain.headers['content-type']).toMatch(/javascript/);
      expect(plain.headers.vary).toMatch(/Accept-Encoding/);

      const brotli = await raw(path, { 'accept-encoding': 'gzip, deflate, br' });
      expect(brotli.headers['content-encoding']).toBe('br');
      expect(brotli.headers['content-type']).toMatch(/javascript/);
      expect(brotli.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(brotliDecompressSync(brotli.body).equals(plain.body)).toBe(true);
      if (plain.body.length > 10_000) expect(brotli.body.length).toBeLessThan(plain.body.length / 2.5);

      const gzip = await raw(path, { 'accept-encoding': 'gzip' });
      expect(gzip.headers['content-encoding']).toBe('gzip');
      expect(gunzipSync(gzip.body).equals(plain.body)).toBe(true);

      const refused = await raw(path, { 'accept-encoding': 'br;q=0, gzip;q=0' });
      expect(refused.headers['content-encoding']).toBeUndefined();
    }
  });

  it('answers 404 for anything but an asset of the build: no compressed copy by name, no way out of the folder', async () => {
    const [first] = await assetPaths();
    for (const path of [`${first}.br`, '/admin/assets/nothing-here.js', '/admin/assets/..%2findex.html', '/admin/assets/%2e%2e%2f%2e%2e%2fpackage.json', '/admin/assets/']) {
      const answer = await raw(path);
      expect(answer.status, path).toBe(404);
    }
  });
});

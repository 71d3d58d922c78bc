/**
 * npm run bench:console [-- --url http://localhost:4000/admin/] [--runs 5]
 *
 * A cold first visit of the console (docs/benchmarks.md, "Console load"): a fresh Chromium profile each run (no
 * cache), the time until the sign-in form is on screen, and the bytes transferred (as sent, compressed) and
 * decoded, per run and as medians; then a second visit on the same profile (a warm cache) for comparison. Point it
 * at a running platform (`npm start`).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH } from '../test/support/browser';

const { values: args } = parseArgs({ options: { url: { type: 'string', default: 'http://localhost:4000/admin/' }, runs: { type: 'string', default: '5' } } });
const runs = Number(args.runs);

interface Visit {
  ms: number;
  transferred: number;
  decoded: number;
  requests: number;
}

async function visit(page: import('playwright-core').Page, url: string): Promise<Visit> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const sizes = new Map<string, { transferred: number; decoded: number }>();
  cdp.on('Network.dataReceived', (e) => {
    const size = sizes.get(e.requestId) ?? { transferred: 0, decoded: 0 };
    size.decoded += e.dataLength;
    sizes.set(e.requestId, size);
  });
  cdp.on('Network.loadingFinished', (e) => {
    const size = sizes.get(e.requestId) ?? { transferred: 0, decoded: 0 };
    size.transferred = e.encodedDataLength;
    sizes.set(e.requestId, size);
  });
  const started = performance.now();
  await page.goto(url);
  await page.getByRole('button', { name: 'Sign in' }).waitFor();
  const ms = performance.now() - started;
  // Whatever the page still fetches right after (the session check), before counting.
  await page.waitForTimeout(1000);
  await cdp.detach();
  const all = [...sizes.values()];
  return { ms, transferred: all.reduce((s, x) => s + x.transferred, 0), decoded: all.reduce((s, x) => s + x.decoded, 0), requests: all.length };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;

const cold: Visit[] = [];
const warm: Visit[] = [];
for (let i = 0; i < runs; i++) {
  const profile = mkdtempSync(join(tmpdir(), 'imepanel-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    cold.push(await visit(page, args.url!));
    warm.push(await visit(page, args.url!));
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

const row = (name: string, visits: Visit[]) =>
  `| ${name} | ${median(visits.map((v) => v.ms)).toFixed(0)} ms | ${kb(median(visits.map((v) => v.transferred)))} | ${kb(median(visits.map((v) => v.decoded)))} | ${median(visits.map((v) => v.requests))} |`;
console.log(`Console first visit, ${args.url}, medians of ${runs} runs (fresh profile each)\n`);
console.log('| visit | sign-in form on screen | transferred | decoded | requests |\n| --- | --- | --- | --- | --- |');
console.log(row('cold (empty cache)', cold));
console.log(row('warm (same profile)', warm));

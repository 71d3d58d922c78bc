/**
 * npm run bench:documents [-- --size-mb 20 --rounds 3]
 *
 * Upload and download throughput of a PDF (20 MB by default) through the gateway's document links, and the
 * memory of the gateway process while it streams (docs/documents.md, docs/benchmarks.md). Starts the three
 * subgraphs and the gateway as separate processes (NODE_ENV=production, as `npm run bench`) on the configured
 * database (DATABASE_URL as an administrative role, on which the development roles are provisioned, or the embedded
 * PostgreSQL), migrated first; creates one client and case to hold the
 * documents; prints the figures.
 */
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { parseArgs } from 'node:util';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { createLogger } from '@imepanel/runtime';
import { developmentRoleEnv, provisionDatabaseRoles } from '../scripts/lib/database-roles';
import { ensurePostgres, migrateAll } from '../scripts/lib/platform';
import { authorizationHeader, benchSecrets, signInBenchClient } from './lib/bench-auth';
import { startOurGateway, startSubgraphs, type Service, type Subgraphs } from './lib/processes';

const { values: args } = parseArgs({ options: { 'size-mb': { type: 'string', default: '20' }, rounds: { type: 'string', default: '3' } } });
const sizeBytes = Number(args['size-mb']) * 1_000_000;
const rounds = Number(args.rounds);
const say = (line: string) => console.log(line);

/** A real PDF of about `bytes`: a page of text and an attached scan (random bytes, which do not compress). */
async function largePdf(bytes: number): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  pdf.addPage().drawText('Medical records with an attached scan (benchmark)', { x: 72, y: 720, size: 12, font });
  await pdf.attach(randomBytes(bytes), 'scan.bin', { mimeType: 'application/octet-stream' });
  return Buffer.from(await pdf.save());
}

/** The resident memory of a process, in bytes (Linux /proc). */
function rssOf(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'));
  return Number(line?.match(/(\d+)/)?.[1] ?? 0) * 1024;
}

/** Samples a process's memory every 25 ms while `work` runs: its baseline and peak. */
async function watchMemory<T>(pid: number, work: () => Promise<T>): Promise<{ result: T; baseline: number; peak: number; ms: number }> {
  const baseline = rssOf(pid);
  let peak = baseline;
  const timer = setInterval(() => (peak = Math.max(peak, rssOf(pid))), 25);
  const started = performance.now();
  try {
    const result = await work();
    return { result, baseline, peak: Math.max(peak, rssOf(pid)), ms: performance.now() - started };
  } finally {
    clearInterval(timer);
  }
}

async function graphql<T>(url: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...authorizationHeader() }, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data as T;
}

/** One transfer on a link: the body streamed in 64 KiB pieces (upload), or read and hashed as it arrives (download). */
function transfer(url: string, method: 'POST' | 'GET', body?: Buffer): Promise<{ status: number; bytes: number; sha256: string; text: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method, headers: { ...authorizationHeader(), ...(body ? { 'content-type': 'application/pdf', 'content-length': String(body.length) } : {}) } }, (response) => {
      const hash = createHash('sha256');
      let bytes = 0;
      const head: Buffer[] = [];
      response.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
        hash.update(chunk);
        if (bytes < 10_000) head.push(chunk);
      });
      response.on('end', () => resolve({ status: response.statusCode ?? 0, bytes, sha256: hash.digest('hex'), text: Buffer.concat(head).toString('utf8', 0, 2000) }));
      response.on('error', reject);
    });
    request.on('error', reject);
    if (!body) return void request.end();
    let offset = 0;
    const pump = () => {
      while (offset < body.length) {
        const piece = body.subarray(offset, offset + 64 * 1024);
        offset += piece.length;
        if (!request.write(piece)) return void request.once('drain', pump);
      }
      request.end();
    };
    pump();
  });
}

const mb = (bytes: number) => (bytes / 1_000_000).toFixed(1);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const log = createLogger('bench', 'warn');
Object.assign(process.env, benchSecrets());
await signInBenchClient(process.env);
// Given a database (DATABASE_URL, an administrative role), the development roles are provisioned on it as
// `bench:soak` does and every service connects as its own; else the embedded PostgreSQL of `npm start`.
const adminUrl = process.env.DATABASE_URL;
if (adminUrl) {
  const roles = developmentRoleEnv(adminUrl);
  await provisionDatabaseRoles(adminUrl, roles, log);
  Object.assign(process.env, roles);
}
const postgres = adminUrl ? null : await ensurePostgres(process.env, log);
let subgraphs: Subgraphs | null = null;
let gateway: Service | null = null;
try {
  await migrateAll(process.env, log);
  subgraphs = await startSubgraphs();
  gateway = await startOurGateway(subgraphs.urls, { DOCUMENT_MAX_BYTES: String(Math.max(sizeBytes * 2, 50_000_000)) });
  const origin = new URL(gateway.url).origin;
  const tag = randomBytes(4).toString('hex');
  await graphql(gateway.url, `mutation ($code: String!) { createSpecialty(input: { code: $code, name: "Benchmark specialty" }) { id } }`, { code: `BENCH_${tag.toUpperCase()}` });
  const client = await graphql<{ createClient: { id: string } }>(gateway.url, `mutation ($name: String!) { createClient(input: { name: $name, kind: INSURER, contactEmail: "bench@example.org" }) { id } }`, { name: `Benchmark ${tag}` });
  const kase = await graphql<{ createCase: { id: string } }>(gateway.url, `mutation ($input: CreateCaseInput!) { createCase(input: $input) { id } }`, {
    input: {
      clientId: client.createClient.id, claimNumber: `BENCH-${tag}`, lineOfBusiness: 'WORKERS_COMP', reasons: ['CAUSATION'], referralQuestions: ['What caused the injury?'],
      requiredSpecialtyCode: `BENCH_${tag.toUpperCase()}`, jurisdiction: 'US-NY', bodyParts: ['lumbar spine'],
      claimant: { firstName: 'Bench', lastName: 'Mark', dateOfBirth: '1980-01-01', city: 'Albany', region: 'NY', latitude: 42.65, longitude: -73.75, language: 'en' },
    },
  });
  const pdf = await largePdf(sizeBytes);
  const sha256 = createHash('sha256').update(pdf).digest('hex');
  say(`document: a ${mb(pdf.length)} MB PDF; ${rounds} rounds; gateway pid ${gateway.pid}`);
  const figures: { upMs: number; downMs: number; upPeak: number; downPeak: number; baseline: number }[] = [];
  for (let round = 1; round <= rounds; round++) {
    // Each round uploads different bytes (a new PDF would cost the time of making it: change the last 16 bytes of the attachment instead).
    const bytes = Buffer.from(pdf);
    randomBytes(16).copy(bytes, bytes.length - 4096);
    const expected = createHash('sha256').update(bytes).digest('hex');
    const link = await graphql<{ requestDocumentUpload: { document: { id: string }; link: { path: string } } }>(
      gateway.url,
      `mutation ($input: RequestDocumentUploadInput!) { requestDocumentUpload(input: $input) { document { id } link { path } } }`,
      { input: { caseId: kase.createCase.id, kind: 'MEDICAL_RECORD', fileName: `records-${round}.pdf`, declaredType: 'application/pdf', providedBy: 'CLIENT' } },
    );
    const up = await watchMemory(gateway.pid, () => transfer(origin + link.requestDocumentUpload.link.path, 'POST', bytes));
    if (up.result.status !== 201) throw new Error(`upload refused (HTTP ${up.result.status}): ${up.result.text}`);
    const download = await graphql<{ requestDocumentDownload: { path: string } }>(gateway.url, `mutation ($id: ID!) { requestDocumentDownload(documentId: $id) { path } }`, { id: link.requestDocumentUpload.document.id });
    const down = await watchMemory(gateway.pid, () => transfer(origin + download.requestDocumentDownload.path, 'GET'));
    if (down.result.status !== 200 || down.result.sha256 !== expected) throw new Error(`download failed (HTTP ${down.result.status}) or its bytes differ`);
    figures.push({ upMs: up.ms, downMs: down.ms, upPeak: up.peak, downPeak: down.peak, baseline: up.baseline });
    say(
      `round ${round}: upload ${(bytes.length / 1e6 / (up.ms / 1000)).toFixed(1)} MB/s (${up.ms.toFixed(0)} ms), download ${(bytes.length / 1e6 / (down.ms / 1000)).toFixed(1)} MB/s (${down.ms.toFixed(0)} ms); ` +
        `gateway RSS ${mb(up.baseline)} MB before, peak ${mb(up.peak)} MB uploading, ${mb(down.peak)} MB downloading`,
    );
  }
  say('');
  say(`| figure | median of ${rounds} |`);
  say('|---|---|');
  say(`| upload throughput (${mb(pdf.length)} MB PDF, gateway → cases subgraph → PostgreSQL) | ${(pdf.length / 1e6 / (median(figures.map((f) => f.upMs)) / 1000)).toFixed(1)} MB/s |`);
  say(`| download throughput (PostgreSQL → cases subgraph → gateway) | ${(pdf.length / 1e6 / (median(figures.map((f) => f.downMs)) / 1000)).toFixed(1)} MB/s |`);
  say(`| gateway RSS growth while uploading (peak − before) | ${mb(median(figures.map((f) => f.upPeak - f.baseline)))} MB |`);
  say(`| gateway RSS growth while downloading (peak − before) | ${mb(median(figures.map((f) => f.downPeak - f.baseline)))} MB |`);
  say(`sha256 of the first document: ${sha256}`);
} finally {
  await gateway?.stop();
  await subgraphs?.stop();
  await postgres?.stop();
}

/**
 * Webhooks soak (docs/messaging.md): 1,000 case events (500 cases created and cancelled) through the outbox,
 * the relay, the intake and the signed dispatch to a local receiver that fails one call in five. Prints whether
 * anything was lost, duplicates received, order per case, and delivery latency (event to its first successful
 * receipt) p50/p95. Not part of `npm test`.
 *
 *   npm run bench:webhooks -- [--cases 500] [--concurrency 8] [--fail-every 5]
 */
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { GraphQLClient } from 'graphql-request';
import { Webhook } from 'standardwebhooks';
import { createLogger, issueToken, loadAuthConfig } from '@imepanel/runtime';
import { migrateAll, ON_FREE_LOCAL_PORTS, startPlatform } from '../scripts/lib/platform';
import { developmentRoleEnv, provisionDatabaseRoles } from '../scripts/lib/database-roles';
import { dropDatabase } from '../scripts/lib/postgres';
import { withPostgres } from '../scripts/lib/with-postgres';
import { caseInput, createClient, createDefaultSpecialty } from '../test/support/fixtures';

const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: '500' },
    concurrency: { type: 'string', default: '8' },
    'fail-every': { type: 'string', default: '5' },
    'timeout-seconds': { type: 'string', default: '600' },
  },
});
const caseCount = Number(values.cases);
const concurrency = Number(values.concurrency);
const failEvery = Number(values['fail-every']);
const timeoutMs = Number(values['timeout-seconds']) * 1000;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

async function soak(databaseUrl: string): Promise<boolean> {
  const log = createLogger('webhooks-soak', 'warn');
  const roles = developmentRoleEnv(databaseUrl);
  await provisionDatabaseRoles(databaseUrl, roles, log);
  const env = {
    ...roles,
    ...ON_FREE_LOCAL_PORTS,
    RATE_LIMIT_PER_MINUTE: '1000000',
    RATE_LIMIT_BURST: '1000000',
    JOBS_POLLING_SECONDS: '0.5',
    OUTBOX_RELAY_INTERVAL_MS: '100',
    WEBHOOK_RETRY_DELAY_SECONDS: '1',
    WEBHOOK_RETRY_LIMIT: '30',
    // One call in five fails at random: a run of failures must not disable the subscription mid-soak.
    WEBHOOK_DISABLE_AFTER: '10000',
  };
  await migrateAll(env, log);

  // The receiver: verifies every signature, deduplicates by webhook-id, fails one call in `failEvery`.
  let secret = '';
  let calls = 0;
  let badSignatures = 0;
  let duplicates = 0;
  const firstReceipt = new Map<string, { at: number; occurredAt: number; caseId: string; caseSequence: number; type: string }>();
  const arrivalOrder: { caseId: string; caseSequence: number }[] = [];
  const receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      calls++;
      if (failEvery > 0 && Math.random() < 1 / failEvery) {
        res.writeHead(500).end();
        return;
      }
      const body = Buffer.concat(chunks).toString('utf8');
      let event: { type: string; timestamp: string; data: { caseId: string; caseSequence: number } };
      try {
        event = new Webhook(secret).verify(body, req.headers as Record<string, string>) as typeof event;
      } catch {
        badSignatures++;
        res.writeHead(400).end();
        return;
      }
      const id = String(req.headers['webhook-id']);
      if (firstReceipt.has(id)) duplicates++;
      else {
        firstReceipt.set(id, { at: Date.now(), occurredAt: new Date(event.timestamp).getTime(), caseId: event.data.caseId, caseSequence: event.data.caseSequence, type: event.type });
        arrivalOrder.push({ caseId: event.data.caseId, caseSequence: event.data.caseSequence });
      }
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;

  const platform = await startPlatform(env, 'silent');
  try {
    const { token } = await issueToken(loadAuthConfig(env), { sub: 'webhooks-soak', name: 'Webhooks soak', role: 'ADMIN', clientId: null, examinerId: null }, { ttlSeconds: 3600 });
    const gateway = new GraphQLClient(platform.gateway.url, { headers: { authorization: `Bearer ${token}` } });
    await createDefaultSpecialty(gateway);
    const client = await createClient(gateway);
    const created = await gateway.request<{ createWebhookSubscription: { secret: string } }>(
      `mutation ($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) { secret } }`,
      { input: { clientId: client.id, url, eventTypes: ['CASE_CREATED', 'CASE_CANCELLED'] } },
    );
    secret = created.createWebhookSubscription.secret;

    const started = Date.now();
    let next = 0;
    const worker = async () => {
      while (next < caseCount) {
        next++;
        const { createCase } = await gateway.request<{ createCase: { id: string; version: number } }>(`mutation ($input: CreateCaseInput!) { createCase(input: $input) { id version } }`, {
          input: caseInput(client.id),
        });
        await gateway.request(`mutation ($id: ID!, $v: Int!) { cancelCase(caseId: $id, version: $v, input: { reason: "Soak", party: CLIENT, chargeable: false }) { id } }`, {
          id: createCase.id,
          v: createCase.version,
        });
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    const written = Date.now();
    const expected = caseCount * 2;
    while (firstReceipt.size < expected && Date.now() - started < timeoutMs) await new Promise((r) => setTimeout(r, 250));
    const done = Date.now();

    const latencies = [...firstReceipt.values()].map((r) => r.at - r.occurredAt).sort((a, b) => a - b);
    const byCase = new Map<string, number[]>();
    for (const { caseId, caseSequence } of arrivalOrder) byCase.set(caseId, [...(byCase.get(caseId) ?? []), caseSequence]);
    const outOfOrder = [...byCase.values()].filter((seqs) => seqs.some((s, i) => s !== i + 1)).length;
    const lost = expected - firstReceipt.size;

    console.log(`webhooks soak: ${caseCount} cases created and cancelled (${expected} events), concurrency ${concurrency}, receiver failing 1 call in ${failEvery}`);
    console.log(`  mutations          ${((written - started) / 1000).toFixed(1)} s; all events received ${((done - started) / 1000).toFixed(1)} s after the first`);
    console.log(`  receiver calls     ${calls} (${badSignatures} bad signatures); duplicates received ${duplicates}`);
    console.log(`  events received    ${firstReceipt.size} of ${expected}; lost ${lost}; cases out of order ${outOfOrder}`);
    console.log(`  latency ms         p50 ${percentile(latencies, 50).toFixed(0)}  p95 ${percentile(latencies, 95).toFixed(0)}  max ${latencies.at(-1)?.toFixed(0)}`);
    const ok = lost === 0 && outOfOrder === 0 && badSignatures === 0;
    console.log(ok ? '  nothing lost, every case in order' : '  LOST OR OUT-OF-ORDER EVENTS');
    return ok;
  } finally {
    await platform.close();
    receiver.close();
  }
}

const ok = await withPostgres(process.env, async (serverUrl) => {
  const url = serverUrl(`imepanel_webhooks_soak_${randomBytes(4).toString('hex')}`);
  try {
    return await soak(url);
  } finally {
    await dropDatabase(url).catch(() => undefined);
  }
});
process.exit(ok ? 0 : 1);

import { createServer, type Server } from 'node:http';
import pg from 'pg';
import type { AddressInfo } from 'node:net';
import type { GraphQLClient } from 'graphql-request';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SubgraphMessaging } from '@imepanel/runtime';
import { createClient, createCase, graphqlError } from './support/fixtures';
import { panelWorld, scheduledCase } from './support/journey';
import { completeReportContent } from './support/lifecycle-states';
import { markExamined } from './support/security-fixtures';
import { startTestPlatform, type TestPlatform } from './support/platform';

/**
 * Webhooks end to end (docs/messaging.md): a client registers a webhook, the publishing worker is stopped and the
 * cases subgraph killed between the commits and their publication, and after the restart every event reaches a
 * real HTTP receiver exactly once in effect (deduplicated by webhook-id), signed, in order per case.
 */

interface Received {
  id: string;
  type: string;
  caseId: string | null;
  caseSequence: number;
}

/** A receiver as a client app would write one: verifies the signature, deduplicates by webhook-id, can be told to fail. */
class Receiver {
  server!: Server;
  secret = '';
  /** Every event taken, once, in arrival order. */
  readonly events: Received[] = [];
  readonly seen = new Set<string>();
  duplicates = 0;
  rejectedSignatures = 0;
  /** Answer 500 after taking every n-th event the first time (it is then sent again: a duplicate). */
  failFirstOfEvery = 0;
  alwaysFail = false;
  private calls = 0;

  get url() {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hooks`;
  }

  async start() {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        if (this.alwaysFail) {
          res.writeHead(503).end();
          return;
        }
        let payload: { type: string; data: { caseId: string | null; caseSequence: number } };
        try {
          payload = new Webhook(this.secret).verify(body, req.headers as Record<string, string>) as typeof payload;
        } catch {
          this.rejectedSignatures++;
          res.writeHead(400).end();
          return;
        }
        const id = String(req.headers['webhook-id']);
        if (this.seen.has(id)) {
          this.duplicates++;
        } else {
          this.seen.add(id);
          this.events.push({ id, type: payload.type, caseId: payload.data.caseId, caseSequence: payload.data.caseSequence });
          this.calls++;
          if (this.failFirstOfEvery && this.calls % this.failFirstOfEvery === 0) {
            res.writeHead(500).end();
            return;
          }
        }
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
  }

  of(caseId: string) {
    return this.events.filter((e) => e.caseId === caseId);
  }
}

async function until<T>(what: string, probe: () => Promise<T | undefined | null | false> | T | undefined | null | false, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const CREATE = `mutation ($input: CreateWebhookSubscriptionInput!) {
  createWebhookSubscription(input: $input) { secret subscription { id version clientId url eventTypes status } }
}`;

const CASE_EVENTS = ['CASE_CREATED', 'PANEL_MEMBER_SELECTED', 'EXAM_SCHEDULED', 'EXAM_RESCHEDULED', 'NOTICE_SERVED', 'CASE_CANCELLED'];

let t: TestPlatform;
const receiver = new Receiver();

const casesMessaging = () => (t.platform.subgraphs.find((s) => s.name === 'cases') as unknown as { messaging: SubgraphMessaging }).messaging;

beforeAll(async () => {
  await receiver.start();
  t = await startTestPlatform({
    JOBS_POLLING_SECONDS: '0.5',
    OUTBOX_RELAY_INTERVAL_MS: '100',
    WEBHOOK_RETRY_DELAY_SECONDS: '1',
    WEBHOOK_RETRY_LIMIT: '6',
    WEBHOOK_DISABLE_AFTER: '3',
    WEBHOOK_TIMEOUT_MS: '2000',
  });
}, 180_000);

afterAll(async () => {
  await t?.close();
  receiver.server?.close();
});

describe('webhook subscriptions', () => {
  it("lets a CLIENT subscribe its own organisation, shows the secret once, and keeps other clients' subscriptions out of reach", async () => {
    const [mine, theirs] = [await createClient(t.gateway), await createClient(t.gateway)];
    const client = await t.as({ role: 'CLIENT', clientId: mine.id });
    const created = (await client.request<any>(CREATE, { input: { url: 'https://hooks.example.com/ime', eventTypes: ['CASE_CREATED', 'CASE_CREATED'] } })).createWebhookSubscription;
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(created.subscription).toMatchObject({ clientId: mine.id, eventTypes: ['CASE_CREATED'], status: 'ACTIVE' });

    const other = await t.as({ role: 'CLIENT', clientId: theirs.id });
    const listed = await other.request<any>(`{ webhookSubscriptions { total items { id } } }`);
    expect(listed.webhookSubscriptions.total).toBe(0);
    const refused = await graphqlError(other.request(`mutation ($id: ID!) { replayWebhookDelivery(id: $id) { id } }`, { id: created.subscription.id }));
    expect(refused.extensions.code).toBe('NOT_FOUND');
    const forged = await graphqlError(other.request(CREATE, { input: { clientId: mine.id, url: 'https://hooks.example.com/x', eventTypes: ['CASE_CREATED'] } }));
    expect(forged.extensions.code).toBe('FORBIDDEN');
  });

  it('refuses a URL that is not http(s) or carries credentials, and writes nothing', async () => {
    const { rows: [before] } = await t.sql.query(`select count(*)::int as n from cases.webhook_subscription`);
    for (const url of ['ftp://hooks.example.com/ime', 'file:///etc/passwd', 'https://user:pass@hooks.example.com/']) {
      const error = await graphqlError(t.gateway.request(CREATE, { input: { url, eventTypes: ['CASE_CREATED'] } }));
      expect(error.extensions.code).toBe('BAD_USER_INPUT');
      expect(error.extensions.fields?.[0]?.field ?? JSON.stringify(error.extensions)).toContain('input.url');
    }
    const { rows: [after] } = await t.sql.query(`select count(*)::int as n from cases.webhook_subscription`);
    expect(after.n).toBe(before.n);
  });
});

describe('delivery through a crash between commit and publish', () => {
  let world: Awaited<ReturnType<typeof panelWorld>>;
  let clientApp: GraphQLClient;
  let subscriptionId: string;
  const caseIds: string[] = [];

  beforeAll(async () => {
    world = await panelWorld(t.gateway, { examiners: 1 });
    clientApp = await t.as({ role: 'CLIENT', clientId: world.client.id });
    const created = (await clientApp.request<any>(CREATE, { input: { url: receiver.url, eventTypes: CASE_EVENTS } })).createWebhookSubscription;
    receiver.secret = created.secret;
    subscriptionId = created.subscription.id;
  }, 120_000);

  it('delivers every event exactly once in effect, in order per case, after the publishing worker died', async () => {
    // The publishing worker stops: what the mutations commit stays in the outbox.
    await casesMessaging().relay.stop();
    const first = await scheduledCase(t.gateway, world, world.examiners[0].id);
    const second = await createCase(t.gateway, world.client.id, { requiredSpecialtyCode: world.specialty.code });
    await t.gateway.request(
      `mutation ($id: ID!, $version: Int!) { cancelCase(caseId: $id, version: $version, input: { reason: "Withdrawn by the client", party: CLIENT, chargeable: false }) { id } }`,
      { id: second.id, version: second.version },
    );
    caseIds.push(first.id, second.id);
    const { rows: pending } = await t.sql.query(`select type, case_id from cases.outbox_event where case_id = any($1) and published_at is null order by sequence`, [caseIds]);
    expect(pending.map((r) => r.type)).toEqual(['CASE_CREATED', 'PANEL_MEMBER_SELECTED', 'EXAM_SCHEDULED', 'NOTICE_SERVED', 'CASE_CREATED', 'CASE_CANCELLED']);
    // The events carry ids and statuses only: no claimant.
    const { rows: payloads } = await t.sql.query(`select payload::text as p from cases.outbox_event where case_id = any($1)`, [caseIds]);
    for (const { p } of payloads) expect(p).not.toMatch(/Claimant-|jordan@example\.net|Jordan/);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(receiver.events).toHaveLength(0);

    // The process dies and comes back; its relay resumes from the unpublished rows. The receiver answers 500 to
    // every third event after taking it, so those are sent again.
    receiver.failFirstOfEvery = 3;
    await t.platform.stopSubgraph('cases');
    await t.platform.startSubgraph('cases');

    await until('six events at the receiver', () => receiver.events.length >= 6 && receiver.duplicates >= 2);
    await until('every delivery recorded', async () => {
      const { rows } = await t.sql.query(`select count(*)::int as n from cases.webhook_delivery where subscription_id = $1 and status = 'DELIVERED'`, [subscriptionId]);
      return rows[0].n === 6;
    });
    expect(receiver.rejectedSignatures).toBe(0);
    expect(receiver.events).toHaveLength(6);
    expect(receiver.of(first.id).map((e) => [e.caseSequence, e.type])).toEqual([
      [1, 'CASE_CREATED'],
      [2, 'PANEL_MEMBER_SELECTED'],
      [3, 'EXAM_SCHEDULED'],
      [4, 'NOTICE_SERVED'],
    ]);
    expect(receiver.of(second.id).map((e) => [e.caseSequence, e.type])).toEqual([
      [1, 'CASE_CREATED'],
      [2, 'CASE_CANCELLED'],
    ]);
    const { rows: unpublished } = await t.sql.query(`select count(*)::int as n from cases.outbox_event where published_at is null and case_id = any($1)`, [caseIds]);
    expect(unpublished[0].n).toBe(0);
  }, 120_000);

  it('logs each attempt with its response code and duration, and replays a delivery with the same webhook-id', async () => {
    const log = await clientApp.request<any>(
      `query ($s: ID!) { webhookDeliveries(filter: { subscriptionId: $s }, page: { limit: 50 }) { total items { id eventId eventType status attempts lastStatusCode attemptLog { statusCode durationMs } } } }`,
      { s: subscriptionId },
    );
    expect(log.webhookDeliveries.total).toBe(6);
    const retried = log.webhookDeliveries.items.filter((d: any) => d.attempts > 1);
    expect(retried.length).toBeGreaterThanOrEqual(2);
    for (const d of retried) expect(d.attemptLog.map((a: any) => a.statusCode)).toEqual([500, 204]);
    for (const d of log.webhookDeliveries.items) {
      expect(d.status).toBe('DELIVERED');
      for (const a of d.attemptLog) expect(a.durationMs).toBeGreaterThanOrEqual(0);
    }
    receiver.failFirstOfEvery = 0;
    const duplicatesBefore = receiver.duplicates;
    const target = log.webhookDeliveries.items[0];
    await clientApp.request(`mutation ($id: ID!) { replayWebhookDelivery(id: $id) { id status } }`, { id: target.id });
    await until('the replay', () => receiver.duplicates === duplicatesBefore + 1);
    expect(receiver.events).toHaveLength(6);
    const { rows } = await t.sql.query(`select attempts, status from cases.webhook_delivery where id = $1`, [target.id]);
    expect(rows[0]).toEqual({ attempts: target.attempts + 1, status: 'DELIVERED' });
  }, 60_000);

  it('shows the relay on the health endpoint', async () => {
    const url = t.subgraphUrls.cases.replace(/\/graphql$/, '/health/ready');
    const health = (await (await fetch(url)).json()) as { checks: { relay: unknown } };
    expect(health.checks.relay).toMatchObject({ running: true });
  });
});

describe('automatic disabling', () => {
  it('disables a subscription after repeated failures, tells the organisation, and sends what is pending once enabled again', async () => {
    const failing = new Receiver();
    failing.alwaysFail = true;
    await failing.start();
    try {
      const client = await createClient(t.gateway);
      const created = (await t.gateway.request<any>(CREATE, { input: { clientId: client.id, url: failing.url, eventTypes: ['CASE_CREATED'] } })).createWebhookSubscription;
      failing.secret = created.secret;
      const kase = await createCase(t.gateway, client.id);
      const disabled = await until(
        'the subscription disabled',
        async () => {
          const { rows } = await t.sql.query(`select status, consecutive_failures, disabled_reason, version from cases.webhook_subscription where id = $1`, [created.subscription.id]);
          return rows[0].status === 'DISABLED' ? rows[0] : null;
        },
        90_000,
      );
      expect(disabled.consecutive_failures).toBe(3);
      expect(disabled.disabled_reason).toContain('HTTP 503');
      const { rows: notices } = await t.sql.query(`select payload from cases.outbox_event where type = 'WEBHOOK_SUBSCRIPTION_DISABLED' and aggregate_id = $1`, [created.subscription.id]);
      expect(notices).toHaveLength(1);
      const mail = await until('the notice e-mail', async () => {
        const found = await t.gateway.request<any>(`{ messages(filter: { recipient: "claims@example.org", template: "WEBHOOK_DISABLED" }) { items { subject text status relatedId } } }`);
        return found.messages.items.find((m: any) => m.relatedId === created.subscription.id);
      });
      expect(mail).toMatchObject({ subject: 'A webhook subscription was disabled', status: 'STORED' });
      expect(mail.text).toContain(failing.url);

      // Fixed and enabled again: the pending delivery goes out.
      failing.alwaysFail = false;
      await t.gateway.request(`mutation ($id: ID!, $version: Int!) { updateWebhookSubscription(id: $id, version: $version, input: { enabled: true }) { status } }`, {
        id: created.subscription.id,
        version: disabled.version,
      });
      await until('the pending delivery', () => failing.events.length === 1);
      expect(failing.events[0]).toMatchObject({ type: 'CASE_CREATED', caseId: kase.id, caseSequence: 1 });
    } finally {
      failing.server.close();
    }
  }, 120_000);
});

describe('routing', () => {
  it("tells a case's client of its report's events, and a platform subscription of an examiner's suspension", async () => {
    const world = await panelWorld(t.gateway, { examiners: 1 });
    const routed = new Receiver();
    const operator = new Receiver();
    await routed.start();
    await operator.start();
    try {
      const mine = (await t.gateway.request<any>(CREATE, { input: { clientId: world.client.id, url: routed.url, eventTypes: ['REPORT_SUBMITTED', 'EXAMINER_SUSPENDED'] } })).createWebhookSubscription;
      const platformWide = (await t.gateway.request<any>(CREATE, { input: { url: operator.url, eventTypes: ['EXAMINER_SUSPENDED'] } })).createWebhookSubscription;
      expect(platformWide.subscription.clientId).toBeNull();
      routed.secret = mine.secret;
      operator.secret = platformWide.secret;
      const kase = await createCase(t.gateway, world.client.id, { requiredSpecialtyCode: world.specialty.code });
      await markExamined(t, kase.id, world.examiners[0]!.id);
      const { startReport: report } = await t.gateway.request<any>(`mutation ($id: ID!) { startReport(input: { caseId: $id }) { id version questions { id } } }`, { id: kase.id });
      const { updateReport } = await t.gateway.request<any>(`mutation ($id: ID!, $v: Int!, $input: UpdateReportInput!) { updateReport(id: $id, version: $v, input: $input) { version } }`, {
        id: report.id,
        v: report.version,
        input: completeReportContent(report.questions),
      });
      await t.gateway.request(`mutation ($id: ID!, $v: Int!) { submitReport(id: $id, version: $v) { id } }`, { id: report.id, v: updateReport.version });
      const submitted = await until('the report event at the client', () => routed.events.find((e) => e.type === 'REPORT_SUBMITTED'));
      expect(submitted.caseId).toBe(kase.id);
      expect(submitted.caseSequence).toBeGreaterThan(1);
      const { rows } = await t.sql.query(`select subscription_id from cases.webhook_delivery where event_type = 'REPORT_SUBMITTED' and case_id = $1`, [kase.id]);
      expect(rows.map((r) => r.subscription_id)).toEqual([mine.subscription.id]);

      // An examiner's suspension is no client's event: only the platform subscription hears it.
      const { rows: [examiner] } = await t.sql.query(`select version from examiners.examiner where id = $1`, [world.examiners[0]!.id]);
      await t.gateway.request(`mutation ($id: ID!, $v: Int!) { changeExaminerStatus(id: $id, version: $v, input: { status: SUSPENDED, reason: "Licence under review" }) { status } }`, {
        id: world.examiners[0]!.id,
        v: examiner.version,
      });
      const suspended = await until('the suspension delivery', async () => {
        const { rows } = await t.sql.query(`select subscription_id, status, body from cases.webhook_delivery where event_type = 'EXAMINER_SUSPENDED'`);
        return rows.length && rows.every((r) => r.status === 'DELIVERED') ? rows : null;
      });
      expect(suspended.map((r) => r.subscription_id)).toEqual([platformWide.subscription.id]);
      expect(suspended[0].body).not.toContain('Licence under review');
      expect(operator.events.map((e) => e.type)).toEqual(['EXAMINER_SUSPENDED']);
      expect(routed.events.some((e) => e.type === 'EXAMINER_SUSPENDED')).toBe(false);
    } finally {
      routed.server.close();
      operator.server.close();
    }
  }, 120_000);
});

describe('the job schema and the database roles', () => {
  it("lets every service use the job runner's tables but create or drop nothing in its schema", async () => {
    for (const variable of ['EXAMINERS_DATABASE_URL', 'CASES_DATABASE_URL', 'REPORTS_DATABASE_URL', 'IDENTITY_DATABASE_URL']) {
      const client = new pg.Client({ connectionString: t.databaseEnv[variable] });
      await client.connect();
      try {
        await expect(client.query(`select count(*) from jobs.job`)).resolves.toBeTruthy();
        await expect(client.query(`create table jobs.intruder (id int)`)).rejects.toThrow(/permission denied for schema jobs/);
        await expect(client.query(`drop table jobs.job`)).rejects.toThrow(/must be owner/);
        await expect(client.query(`select jobs.create_queue('intruder', '{}'::json)`)).rejects.toThrow(/permission denied|must be owner/);
      } finally {
        await client.end();
      }
    }
    const { rows } = await t.sql.query(`select pg_get_userbyid(nspowner) as owner from pg_namespace where nspname = 'jobs'`);
    expect(rows[0].owner).toBe('imepanel_owner');
  });
});

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { QUEUES, type SubgraphMessaging, type SubgraphName } from '@imepanel/runtime';
import { addVerifiedCredential, caseInput, createCase, createExaminer, isoDate } from './support/fixtures';
import { panelWorld } from './support/journey';
import { completeReportContent } from './support/lifecycle-states';
import { markExamined } from './support/security-fixtures';
import { TestClock } from './support/clock';
import { messagingSettled } from './support/messaging';
import { startTestPlatform, type TestPlatform } from './support/platform';

/**
 * Reminders once per threshold (docs/messaging.md, "Reminders"), with the platform's clock moved: the scheduled
 * job is run as its cron would run it (a job on its queue), on the days a threshold is reached and again on the
 * same days, and each reminder arrives exactly once.
 */

const clock = new TestClock();
let t: TestPlatform;
const ADMIN_MAILBOX = 'credentialing@imepanel.test';
const QA_MAILBOX = 'qa@imepanel.test';

const messagingOf = (name: SubgraphName) => (t.platform.subgraphs.find((s) => s.name === name) as unknown as { messaging: SubgraphMessaging }).messaging;

/** Runs a scheduled job now, as the cron would, and waits until it has completed. */
async function runJob(subgraph: SubgraphName, queue: string) {
  const id = await messagingOf(subgraph).jobs.send(queue, {});
  expect(id).toBeTruthy();
  const deadline = Date.now() + 30_000;
  for (;;) {
    const { rows } = await t.sql.query(`select state, output::text as output from jobs.job where id = $1`, [id]);
    if (rows[0]?.state === 'completed') return;
    if (rows[0]?.state === 'failed') throw new Error(`job failed: ${rows[0].output}`);
    if (Date.now() > deadline) throw new Error(`job ${queue} did not complete: ${rows[0]?.state}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** The messages to a recipient about a subject, once the outbox relay and the e-mail worker have caught up. */
async function messagesTo(recipient: string, relatedId: string) {
  await messagingSettled(t.sql);
  const found = await t.gateway.request<any>(`query ($r: String!) { messages(filter: { recipient: $r }, page: { limit: 100 }) { items { subject template relatedId language } } }`, { r: recipient });
  return (found.messages.items as { subject: string; template: string; relatedId: string; language: string }[]).filter((m) => m.relatedId === relatedId).map((m) => m.subject).sort();
}

beforeAll(async () => {
  t = await startTestPlatform({ JOBS_POLLING_SECONDS: '0.5', OUTBOX_RELAY_INTERVAL_MS: '100', ADMIN_NOTIFY_EMAIL: ADMIN_MAILBOX, QA_NOTIFY_EMAIL: QA_MAILBOX }, { clock });
}, 180_000);

afterEach(() => clock.reset());

afterAll(async () => {
  await t?.close();
});

describe('credential reminders', () => {
  it('tells the examiner and the administrators 90, 60 and 30 days before expiry and once lapsed, each once', async () => {
    const expiresOn = isoDate(200);
    const examiner = await createExaminer(t.gateway, { languages: ['es', 'en'] });
    const credential = await addVerifiedCredential(t.gateway, examiner.id, { expiresOn });
    const { rows: [{ email }] } = await t.sql.query(`select email from examiners.examiner where id = $1`, [examiner.id]);
    const dayBefore = (days: number) => `${isoDate(-days, new Date(`${expiresOn}T12:00:00Z`))}T12:00:00Z`;

    clock.set(dayBefore(91));
    await runJob('examiners', QUEUES.credentialReminders);
    expect(await messagesTo(email, credential.id)).toEqual([]);

    const expected: string[] = [];
    for (const [days, subject] of [
      [90, 'Credencial que vence en 90 días'],
      [60, 'Credencial que vence en 60 días'],
      [30, 'Credencial que vence en 30 días'],
    ] as const) {
      clock.set(dayBefore(days));
      await runJob('examiners', QUEUES.credentialReminders);
      await runJob('examiners', QUEUES.credentialReminders); // the same day again: nothing more
      expected.push(subject);
      const subjects = await messagesTo(email, credential.id);
      expect(subjects.map((s) => s.replace(/: .*$/, ''))).toEqual([...expected].sort());
    }
    // Between thresholds nothing is due.
    clock.set(dayBefore(10));
    await runJob('examiners', QUEUES.credentialReminders);
    expect(await messagesTo(email, credential.id)).toHaveLength(3);

    clock.set(`${isoDate(1, new Date(`${expiresOn}T12:00:00Z`))}T12:00:00Z`);
    await runJob('examiners', QUEUES.credentialReminders);
    await runJob('examiners', QUEUES.credentialReminders);
    const toExaminer = await messagesTo(email, credential.id);
    expect(toExaminer).toHaveLength(4);
    expect(toExaminer.filter((s) => s.startsWith('Credencial vencida'))).toHaveLength(1);
    // The administrators, in English, the same four.
    const toAdmins = await messagesTo(ADMIN_MAILBOX, credential.id);
    expect(toAdmins.map((s) => s.replace(/: .*$/, ''))).toEqual(['Credential expiring in 30 days', 'Credential expiring in 60 days', 'Credential expiring in 90 days', 'Credential lapsed'].sort());

    // And the events, once per threshold, ids and dates only.
    const { rows } = await t.sql.query(`select type, payload->>'threshold' as threshold from examiners.outbox_event where aggregate_id = $1 order by sequence`, [credential.id]);
    expect(rows.map((r) => [r.type, r.threshold])).toEqual([
      ['CREDENTIAL_EXPIRING', 'EXPIRES_IN_90'],
      ['CREDENTIAL_EXPIRING', 'EXPIRES_IN_60'],
      ['CREDENTIAL_EXPIRING', 'EXPIRES_IN_30'],
      ['CREDENTIAL_LAPSED', 'LAPSED'],
    ]);
  }, 180_000);
});

describe('report reminders', () => {
  it('tells the examiner and QA two days before the due date and once overdue, and QA of the claimant copy, each once', async () => {
    const world = await panelWorld(t.gateway, { examiners: 1 });
    const kase = await createCase(t.gateway, world.client.id, { requiredSpecialtyCode: world.specialty.code });
    await markExamined(t, kase.id, world.examiners[0]!.id);
    const { startReport: report } = await t.gateway.request<any>(`mutation ($id: ID!) { startReport(input: { caseId: $id }) { id version dueDate questions { id } } }`, { id: kase.id });
    const { updateReport } = await t.gateway.request<any>(
      `mutation ($id: ID!, $v: Int!, $input: UpdateReportInput!) { updateReport(id: $id, version: $v, input: $input) { version } }`,
      { id: report.id, v: report.version, input: completeReportContent(report.questions) },
    );
    const { rows: [{ email }] } = await t.sql.query(`select email from examiners.examiner where id = $1`, [world.examiners[0]!.id]);
    const onDay = (offset: number) => `${isoDate(offset, new Date(`${report.dueDate}T12:00:00Z`))}T12:00:00Z`;

    clock.set(onDay(-3));
    await runJob('reports', QUEUES.reportReminders);
    expect(await messagesTo(email, report.id)).toEqual([]);

    clock.set(onDay(-2));
    await runJob('reports', QUEUES.reportReminders);
    await runJob('reports', QUEUES.reportReminders);
    expect(await messagesTo(email, report.id)).toEqual([`Report due on ${report.dueDate}`]);
    expect(await messagesTo(QA_MAILBOX, report.id)).toEqual([`Report due on ${report.dueDate}`]);

    clock.set(onDay(1));
    await runJob('reports', QUEUES.reportReminders);
    await runJob('reports', QUEUES.reportReminders);
    expect(await messagesTo(email, report.id)).toEqual([`Report due on ${report.dueDate}`, `Report overdue since ${report.dueDate}`]);

    // Final, late: NY wants the claimant's copy the same day; QA is told once.
    const { submitReport } = await t.gateway.request<any>(`mutation ($id: ID!, $v: Int!) { submitReport(id: $id, version: $v) { version } }`, { id: report.id, v: updateReport.version });
    const { startReportQa } = await t.gateway.request<any>(`mutation ($id: ID!, $v: Int!) { startReportQa(id: $id, version: $v) { version } }`, { id: report.id, v: submitReport.version });
    await t.gateway.request(`mutation ($id: ID!, $v: Int!) { finaliseReport(id: $id, version: $v) { status } }`, { id: report.id, v: startReportQa.version });
    await runJob('reports', QUEUES.reportReminders);
    await runJob('reports', QUEUES.reportReminders);
    const toQa = await messagesTo(QA_MAILBOX, report.id);
    expect(toQa.filter((s) => s.startsWith('Claimant copy due'))).toHaveLength(1);
    expect(toQa).toHaveLength(3);
    expect(await messagesTo(email, report.id)).toHaveLength(2);
    // The report's events reached its outbox with the commands that made them true.
    const { rows } = await t.sql.query(`select type from reports.outbox_event where aggregate_id = $1 order by sequence`, [report.id]);
    expect(rows.map((r) => r.type)).toEqual(['REPORT_SUBMITTED', 'REPORT_FINAL']);
  }, 180_000);
});

describe('panel period reminders', () => {
  it("tells the claimant once, the day before their choice period ends (8 CCR §31.3), and each side that has not struck of a strike period's end", async () => {
    const world = await panelWorld(t.gateway, { examiners: 3, jurisdiction: 'US-CA' });
    for (const examiner of world.examiners) await addVerifiedCredential(t.gateway, examiner.id, { kind: 'QME_CERTIFICATION', jurisdiction: 'US-CA' });
    clock.set('2026-12-01T17:00:00Z');
    const claimant = { ...caseInput(world.client.id).claimant, email: `ana-${Date.now()}@example.net`, language: 'en' };
    const choice = await createCase(t.gateway, world.client.id, { requiredSpecialtyCode: world.specialty.code, jurisdiction: 'US-CA', claimant });
    const strikeClaimant = { ...claimant, email: `sam-${Date.now()}@example.net`, language: 'en', representative: { name: 'Sam Counsel', firm: 'Counsel LLP' } };
    const strikes = await createCase(t.gateway, world.client.id, { requiredSpecialtyCode: world.specialty.code, jurisdiction: 'US-CA', claimant: strikeClaimant });
    const PROPOSE = `mutation ($caseId: ID!) { proposePanel(caseId: $caseId, input: { seed: "reminders" }) { id procedure choiceDueOn strikeDueOn members { examinerId } } }`;
    const choicePanel = (await t.gateway.request<any>(PROPOSE, { caseId: choice.id })).proposePanel;
    const strikePanel = (await t.gateway.request<any>(PROPOSE, { caseId: strikes.id })).proposePanel;
    expect(choicePanel).toMatchObject({ procedure: 'CLAIMANT_CHOICE', choiceDueOn: '2026-12-11' });
    expect(strikePanel).toMatchObject({ procedure: 'PARTY_STRIKES', strikeDueOn: '2026-12-11' });
    // The client strikes one: only the claimant's side can still act.
    await t.gateway.request(`mutation ($p: ID!, $e: ID!) { strikePanelMember(panelId: $p, input: { examinerId: $e, by: CLIENT }) { id } }`, { p: strikePanel.id, e: strikePanel.members[0].examinerId });

    clock.set('2026-12-09T12:00:00Z');
    await runJob('cases', QUEUES.panelReminders);
    expect(await messagesTo(claimant.email, choicePanel.id)).toEqual([]);

    for (const day of ['2026-12-10T12:00:00Z', '2026-12-10T18:00:00Z', '2026-12-11T12:00:00Z']) {
      clock.set(day);
      await runJob('cases', QUEUES.panelReminders);
    }
    const toClaimant = await messagesTo(claimant.email, choicePanel.id);
    expect(toClaimant).toHaveLength(1);
    expect(toClaimant[0]).toMatch(/^Case .*: the panel choice period ends on 2026-12-11$/);
    // Represented, the claimant has no address of their representative here: their own is used; the client struck already.
    expect(await messagesTo(strikeClaimant.email, strikePanel.id)).toHaveLength(1);
    expect(await messagesTo('claims@example.org', strikePanel.id)).toEqual([]);
  }, 180_000);
});

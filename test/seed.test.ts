import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger, createSubgraphOrm, issueClaimantToken, loadAuthConfig, migrationDatabaseUrlFor, readOnlyRows } from '@imepanel/runtime';
import { wrap } from '@mikro-orm/core';
import { databaseModules, databaseSettings } from '../scripts/lib/database-registry';
import { GraphQLClient } from 'graphql-request';
import { holidayCalendar, utcDateOf, type DayCountUnit, type HolidayCalendar } from '@imepanel/runtime/calendar';
import { noticePurpose, rightsStatement } from '../subgraphs/cases/src/domain/notice';
import { earliestExamDate } from '../subgraphs/cases/src/domain/scheduling';
import { checkDeliveries, requiredRecipients, type Recipient } from '../subgraphs/reports/src/domain/delivery-rules';
import { seedDemoDataOnce } from '../scripts/seeding/demo-seed';
import { issueDemoClaimantLinks, type DemoClaimantLink } from '../scripts/seeding/demo/claimant-portal';
import { sha256, transfer } from './support/documents';
import { DEFAULT_SPECIALTY_CODE } from './support/fixtures';
import { startTestPlatform, type TestPlatform } from './support/platform';

/**
 * The demo data (scripts/seeding) seeded into a real database: every case satisfies the rules its status implies,
 * judged by the subgraphs' own rules — eligibility through the gateway (which computes the case's party keys),
 * the notice's wording and lead time, the report's required recipients and their deliveries.
 */
let t: TestPlatform;
const log = createLogger('seed-test', 'silent');
let adminToken: string;
beforeAll(async () => {
  t = await startTestPlatform();
  // The demo seeds its own specialty taxonomy into an empty panel.
  await t.sql.query(`delete from examiners.specialty where code = $1`, [DEFAULT_SPECIALTY_CODE]);
  expect(await seedDemoDataOnce({ DATABASE_URL: t.databaseUrl }, log)).toBe(true);
  // Document links below are asked for as t.gateway's administrator: the same user downloads on them.
  adminToken = await t.token({ role: 'ADMIN', sub: 'test-admin', name: 'Test administrator' });
}, 240_000);
afterAll(async () => {
  await t?.close();
});

const rows = async <T>(sql: string, params: unknown[] = []) => (await t.sql.query(sql, params)).rows as T[];

interface RuleRow {
  code: string;
  name: string;
  notice_lead_days: number | null;
  notice_lead_unit: DayCountUnit;
  recording_allowed: boolean;
  observer_allowed: boolean;
  panel_required: boolean;
  report_recipients: string[];
  report_same_day: boolean;
  holiday_years_from: number;
  holiday_years_through: number;
}

async function jurisdictionRules(): Promise<Map<string, { rule: RuleRow; holidays: HolidayCalendar }>> {
  const rules = await rows<RuleRow>(`select * from cases.jurisdiction_rule`);
  const holidays = await rows<{ jurisdiction: string; date: string }>(`select jurisdiction, to_char(date, 'YYYY-MM-DD') as date from cases.jurisdiction_holiday`);
  return new Map(
    rules.map((rule) => [
      rule.code,
      { rule, holidays: holidayCalendar(rule.code, rule.holiday_years_from, rule.holiday_years_through, holidays.filter((h) => h.jurisdiction === rule.code).map((h) => h.date)) },
    ]),
  );
}

const EXPLAIN = `query ($id: ID!, $e: ID!, $date: LocalDate) {
  explainCaseEligibility(caseId: $id, examinerId: $e, examDate: $date) { eligible rules { rule passed reason } }
}`;
type Explained = { explainCaseEligibility: { eligible: boolean; rules: { rule: string; passed: boolean; reason: string }[] } };

describe('the seeded demo', () => {
  it('records each renewed credential as terms: one current term per number, every earlier one replaced by a later one', async () => {
    const twoCurrent = await rows(`select examiner_id, kind, number from examiners.credential where superseded_by_id is null
      group by examiner_id, kind, number, jurisdiction having count(*) > 1`);
    expect(twoCurrent).toEqual([]);
    const replaced = await rows<{ expires_on: string; renewal_issued: string }>(`select old.expires_on::text, renewal.issued_on::text as renewal_issued
      from examiners.credential old join examiners.credential renewal on renewal.id = old.superseded_by_id`);
    expect(replaced.length).toBeGreaterThan(0);
    for (const term of replaced) expect(term.renewal_issued > term.expires_on).toBe(true);
  });

  it('has cases in every status', async () => {
    const statuses = await rows<{ status: string }>(`select distinct status from cases.ime_case`);
    expect(statuses.map((s) => s.status).sort()).toEqual(['ASSIGNED', 'CANCELLED', 'CLOSED', 'EXAMINED', 'NO_SHOW', 'PANEL_PROPOSED', 'REPORTED', 'REQUESTED', 'SCHEDULED']);
  });

  it('reads every row of every entity as a read-only row exactly as the ORM loads it, getters included (orm/read-only-rows.ts)', async () => {
    const settings = databaseSettings({ DATABASE_URL: t.databaseUrl });
    let compared = 0;
    for (const module of databaseModules.filter((m) => m.name !== 'identity')) {
      const orm = await createSubgraphOrm(module, { ...settings[module.name], databaseUrl: migrationDatabaseUrlFor({ DATABASE_URL: t.databaseUrl }, module.name) }, log);
      try {
        for (const meta of Object.values(orm.getMetadata().getAll())) {
          if (meta.embeddable || meta.virtual || meta.abstract || !meta.class) continue;
          const order = Object.fromEntries(meta.primaryKeys.map((pk) => [pk, 'asc'])) as never;
          const managed = await orm.em.fork().find(meta.class, {}, { orderBy: order, limit: 300 });
          const em = orm.em.fork();
          const readOnly = await readOnlyRows(em, meta.class, em.createQueryBuilder(meta.class).orderBy(order).limit(300));
          expect(readOnly.length, meta.className).toBe(managed.length);
          // What a resolver can read of each: every property (a reference as its key), and the class's own getters.
          const getters = Object.entries(Object.getOwnPropertyDescriptors(meta.class.prototype)).filter(([, d]) => d.get && !d.set).map(([name]) => name);
          const view = (row: any) => {
            const out: Record<string, unknown> = {};
            for (const prop of meta.props) {
              const value = row[prop.name];
              if (prop.kind === 'm:1' || prop.kind === '1:1') out[prop.name] = value == null ? value : wrap(value as object, true).getPrimaryKey();
              else if (prop.kind === '1:m' || prop.kind === 'm:n') continue;
              else out[prop.name] = value != null && typeof value === 'object' && !(value instanceof Date) && !Array.isArray(value) ? { ...value, class: value.constructor?.name } : value;
            }
            for (const name of getters) if (!name.startsWith('__')) out[`get ${name}`] = row[name];
            return out;
          };
          managed.forEach((row, i) => expect(view(readOnly[i]), `${meta.className} ${i}`).toEqual(view(row)));
          compared += managed.length;
        }
      } finally {
        await orm.close(true);
      }
    }
    expect(compared).toBeGreaterThan(1000);
  }, 120_000);

  it('assigns and schedules every open case to an examiner the eligibility rules accept (on the exam date when booked)', async () => {
    const open = await rows<{ id: string; examiner_id: string; status: string; exam_date: string | null }>(
      `select c.id, c.examiner_id, c.status,
              (select to_char(a.scheduled_at at time zone 'UTC', 'YYYY-MM-DD') from cases.appointment a
                where a.case_id = c.id and a.status = 'SCHEDULED' order by a.scheduled_at desc limit 1) as exam_date
         from cases.ime_case c where c.status in ('ASSIGNED', 'SCHEDULED') order by c.reference_number`,
    );
    expect(open.length).toBeGreaterThan(20);
    const refused: string[] = [];
    for (const kase of open) {
      expect(kase.examiner_id).not.toBeNull();
      if (kase.status === 'SCHEDULED') expect(kase.exam_date).not.toBeNull();
      const { explainCaseEligibility: verdict } = await t.gateway.request<Explained>(EXPLAIN, { id: kase.id, e: kase.examiner_id, date: kase.exam_date });
      if (!verdict.eligible) refused.push(`${kase.id}: ${verdict.rules.filter((r) => !r.passed).map((r) => `${r.rule} (${r.reason})`).join('; ')}`);
    }
    expect(refused).toEqual([]);
  });

  it('gives every active examiner availability, and books each held exam inside it in the office zone (docs/rules.md, "Scheduling")', async () => {
    const without = await rows<{ id: string }>(
      `select e.id from examiners.examiner e where e.status = 'ACTIVE' and not exists (select 1 from examiners.examiner_availability a where a.examiner_id = e.id)`,
    );
    expect(without).toEqual([]);
    const held = await rows<{ local: string; dow: number; time_zone: string }>(
      `select to_char(a.scheduled_at at time zone a.time_zone, 'HH24:MI') as local, extract(isodow from a.scheduled_at at time zone a.time_zone)::int as dow, a.time_zone
         from cases.appointment a where a.status = 'SCHEDULED'`,
    );
    expect(held.length).toBeGreaterThan(5);
    for (const a of held) {
      expect(a.dow).toBeLessThanOrEqual(5);
      expect(a.local >= '08:00' && a.local <= '16:00', `${a.local} ${a.time_zone}`).toBe(true);
    }
  });

  it('declares conflicts that rule their examiner out of the cases of that party (the party keyed as the cases subgraph keys it)', async () => {
    const today = utcDateOf(new Date());
    const conflicts = await rows<{ examiner_id: string; party_type: string; party_label: string }>(
      `select examiner_id, party_type, party_label from examiners.conflict_declaration
        where (starts_on is null or starts_on <= $1) and (ends_on is null or ends_on >= $1)`,
      [today],
    );
    expect(conflicts.map((c) => c.party_type).sort()).toEqual(expect.arrayContaining(['ATTORNEY', 'CLIENT', 'EMPLOYER']));
    const partyOf: Record<string, string> = {
      CLIENT: `(select name from cases.client where id = c.client_id)`,
      ATTORNEY: `c.representative_firm`,
      EMPLOYER: `c.employer_name`,
    };
    for (const conflict of conflicts) {
      const [kase] = await rows<{ id: string }>(`select c.id from cases.ime_case c where ${partyOf[conflict.party_type]} = $1 order by c.reference_number limit 1`, [
        conflict.party_label,
      ]);
      expect(kase, `a demo case with the ${conflict.party_type} ${conflict.party_label}`).toBeDefined();
      const { explainCaseEligibility: verdict } = await t.gateway.request<Explained>(EXPLAIN, { id: kase!.id, e: conflict.examiner_id, date: null });
      expect(verdict.rules.find((r) => r.rule === 'NO_DECLARED_CONFLICT'), `${conflict.party_type} ${conflict.party_label}`).toMatchObject({ passed: false });
    }
  });

  it('serves every notice as serveNotice words it, at least the lead time before the exam', async () => {
    const rules = await jurisdictionRules();
    const notices = await rows<{
      jurisdiction: string;
      reasons: string[];
      body_parts: string[];
      interpreter: boolean;
      served_at: Date;
      purpose: string;
      rights_statement: string;
      examiner_name: string;
      scheduled_at: Date;
      format: 'IN_PERSON' | 'TELEHEALTH';
      location: string | null;
      interpreter_language: string | null;
      interpreter_name: string | null;
      interpreter_agency: string | null;
      interpreter_accommodation: string | null;
    }>(
      `select c.jurisdiction, c.reasons, c.body_parts, c.claimant_interpreter_needed as interpreter, n.served_at, n.purpose, n.rights_statement,
              n.examiner_name, a.scheduled_at, a.format, a.location,
              a.interpreter_language, a.interpreter_name, a.interpreter_agency, a.interpreter_accommodation
         from cases.notice n join cases.ime_case c on c.id = n.case_id join cases.appointment a on a.id = n.appointment_id`,
    );
    expect(notices.length).toBeGreaterThan(20);
    for (const notice of notices) {
      const { rule, holidays } = rules.get(notice.jurisdiction)!;
      const facts = {
        jurisdictionName: rule.name,
        reasons: notice.reasons,
        bodyParts: notice.body_parts,
        examFormat: notice.format,
        examinerName: notice.examiner_name,
        examScheduledAt: notice.scheduled_at,
        location: notice.location,
        recordingAllowed: rule.recording_allowed,
        observerAllowed: rule.observer_allowed,
        panelRequired: rule.panel_required,
        reportRecipients: rule.report_recipients,
        interpreterNeeded: notice.interpreter,
        // The interpreter confirmed for the exam, as the notice names it (docs/rules.md, "Scheduling").
        interpreter:
          notice.interpreter_agency || notice.interpreter_name || notice.interpreter_accommodation
            ? { language: notice.interpreter_language, name: notice.interpreter_name, agency: notice.interpreter_agency, accommodation: notice.interpreter_accommodation }
            : null,
      };
      expect(notice.purpose).toBe(noticePurpose(facts));
      expect(notice.rights_statement).toBe(rightsStatement(facts));
      const servedOn = utcDateOf(notice.served_at);
      const earliest = earliestExamDate({ rule: { code: rule.code, noticeLeadDays: rule.notice_lead_days, noticeLeadUnit: rule.notice_lead_unit, schedulingWindowDays: null, schedulingWindowExtendedDays: null }, today: servedOn, holidays });
      expect(utcDateOf(notice.scheduled_at) >= earliest, `${notice.jurisdiction}: served ${servedOn}, exam ${utcDateOf(notice.scheduled_at)}, earliest ${earliest}`).toBe(true);
    }
  });

  it('gives every report the recipients the reports rule requires, and a delivered report a copy to each', async () => {
    const rules = await jurisdictionRules();
    const reports = await rows<{
      id: string;
      jurisdiction: string;
      status: string;
      required_recipients: Recipient[];
      represented: boolean;
      treated: boolean;
      deliveries: { recipient: Recipient; deliveredAt: string }[];
    }>(
      `select r.id, r.jurisdiction, r.status, r.required_recipients, c.representative_name is not null as represented,
              cardinality(c.treating_provider_npis) > 0 as treated,
              coalesce((select json_agg(json_build_object('recipient', d.recipient, 'deliveredAt', d.delivered_at)) from reports.report_delivery d where d.report_id = r.id), '[]') as deliveries
         from reports.report r join cases.ime_case c on c.id = r.case_id`,
    );
    expect(reports.filter((r) => r.status === 'DELIVERED').length).toBeGreaterThan(20);
    for (const report of reports) {
      const { rule } = rules.get(report.jurisdiction)!;
      const required = requiredRecipients({ jurisdictionRecipients: rule.report_recipients as Recipient[], claimantRepresented: report.represented, hasTreatingPhysician: report.treated });
      expect([...report.required_recipients].sort(), report.id).toEqual([...required].sort());
      if (report.status !== 'DELIVERED') continue;
      const check = checkDeliveries({ requiredRecipients: required, sameDay: rule.report_same_day, deliveries: report.deliveries.map((d) => ({ recipient: d.recipient, deliveredAt: new Date(d.deliveredAt) })) });
      expect(check.missing, report.id).toEqual([]);
    }
  });
});

/**
 * The demo data's documents (scripts/seeding/demo/documents.ts): records on every examined case, released to its
 * examiner, a PDF for every final report, and a delivered report whose every recipient got the bytes one downloads.
 */
describe('demo documents', () => {
  it('puts stored records on every examined case, released to the examiner, on an intact chain of custody', async () => {
    const { rows: missing } = await t.sql.query(
      `select c.id from cases.ime_case c where c.examined_at is not null
         and not exists (select 1 from cases.case_document d where d.case_id = c.id and d.kind = 'MEDICAL_RECORD' and d.status = 'STORED')`,
    );
    expect(missing).toEqual([]);
    const { rows: [sample] } = await t.sql.query(`select c.id, c.examiner_id from cases.ime_case c where c.status = 'CLOSED' order by c.reference_number limit 1`);
    const examiner = await t.as({ role: 'EXAMINER', examinerId: sample.examiner_id });
    const { case: read } = await examiner.request<any>(`query ($id: ID!) { case(id: $id) { documents { kind releasedToExaminer pageCount } } }`, { id: sample.id });
    expect(read.documents.map((d: any) => d.kind).sort()).toEqual(['MEDICAL_RECORD', 'REFERRAL']);
    for (const document of read.documents) expect(document).toMatchObject({ releasedToExaminer: true, pageCount: expect.any(Number) });
    const chain = await t.gateway.request<any>(`query ($id: ID!) { verifyCaseChain(caseId: $id) { entries verified } }`, { id: sample.id });
    expect(chain.verifyCaseChain.verified).toBe(true);
    expect(chain.verifyCaseChain.entries).toBeGreaterThan(2);
  });

  it('gives every final report a PDF, whose hash every delivery records and a download matches', async () => {
    const { rows: withoutPdf } = await t.sql.query(`select id from reports.report where status in ('FINAL', 'DELIVERED') and pdf_sha256 is null`);
    expect(withoutPdf).toEqual([]);
    const { rows: mismatched } = await t.sql.query(`select d.id from reports.report_delivery d join reports.report r on r.id = d.report_id where d.document_sha256 is distinct from r.pdf_sha256`);
    expect(mismatched).toEqual([]);
    const { rows: [delivered] } = await t.sql.query(`select id, pdf_sha256, pdf_page_count from reports.report where status = 'DELIVERED' and kind = 'IME' order by finalised_at limit 1`);
    const link = await t.gateway.request<any>(`mutation ($id: ID!) { requestReportPdfDownload(reportId: $id) { path } }`, { id: delivered.id });
    const pdf = await transfer(new URL(t.gatewayUrl).origin + link.requestReportPdfDownload.path, { method: 'GET', token: adminToken });
    expect(pdf.status).toBe(200);
    expect(sha256(pdf.body)).toBe(delivered.pdf_sha256);
    expect((await PDFDocument.load(pdf.body)).getPageCount()).toBe(delivered.pdf_page_count);
  });
});

/**
 * The demo claimants `npm start` prints (scripts/seeding/demo/claimant-portal.ts): a California claimant who can
 * act on an open QME panel today, and a claimant whose final report is released — each link opening the portal
 * for the date of birth printed beside it. Issued last: issuing may draw a new panel.
 */
/** A session of the demo claimant of a link, as the portal opens one after the date of birth and the code. */
async function sessionOf(link: DemoClaimantLink) {
  const token = new URL(link.link).pathname.split('/').pop()!;
  const { rows: [access] } = await t.sql.query(
    `select a.id, a.case_id, c.claimant_date_of_birth::text as dob from cases.claimant_access a join cases.ime_case c on c.id = a.case_id where a.token_hash = encode(sha256($1::bytea), 'hex')`,
    [token],
  );
  expect(access.dob).toBe(link.dateOfBirth);
  const session = await issueClaimantToken(loadAuthConfig(), { accessId: access.id, caseId: access.case_id, name: 'Claimant' }, { ttlSeconds: 600 });
  return new GraphQLClient(t.gatewayUrl, { headers: { authorization: `Bearer ${session.token}` } });
}

describe('demo claimants', () => {
  let links: DemoClaimantLink[];
  beforeAll(async () => {
    links = await issueDemoClaimantLinks({}, t.gatewayUrl, log);
  }, 120_000);

  it('has a California claimant who can strike or choose from an open QME panel today', async () => {
    const link = links.find((l) => l.purpose.startsWith('QME panel'))!;
    expect(link.link).toMatch(/\/claimant\/open\/[A-Za-z0-9_-]{43}/);
    const panel = (await (await sessionOf(link)).request<any>(`{ claimantPanel { procedure choiceDueOn strikeDueOn members { struck  canStrike canChoose profile { displayName specialties { name } } } } }`)).claimantPanel;
    expect(['PARTY_STRIKES', 'CLAIMANT_CHOICE']).toContain(panel.procedure);
    expect(panel.members.some((m: any) => m.canStrike || m.canChoose), JSON.stringify(panel)).toBe(true);
    expect(panel.members[0].profile.displayName).toBeTruthy();
  });

  it('has a claimant whose final report is released to them', async () => {
    const link = links.find((l) => l.purpose.startsWith('final report'))!;
    const claimant = await sessionOf(link);
    expect((await claimant.request<any>(`{ claimantReportStatus { available } }`)).claimantReportStatus.available).toBe(true);
  });

  it('links open the portal for the date of birth', async () => {
    for (const link of links) {
      const opened = await fetch(`${new URL(t.gatewayUrl).origin}${new URL(link.link).pathname}`, { redirect: 'manual' });
      expect(opened.status).toBe(303);
      expect(opened.headers.get('location')).toBe('/claimant/verify');
    }
  });
});

import { claimantCopyDueAt } from '../../../subgraphs/reports/src/domain/delivery-rules';
import { deadline } from '@imepanel/runtime/calendar';
import { npiCheckDigit } from '@imepanel/runtime';
import { FIRST_NAMES, LAST_NAMES } from '../demo/examiners-data';
import { drawCaseStory, type ReportStory } from './case-story';
import { defaultTimeZoneForRegion } from '@imepanel/runtime/time-zones';
import { allDrained, json, type CopySinks } from './copy-sink';
import { BULK_BUFFER_MINUTES, BULK_EXAM_MINUTES, ExamCalendar } from './exam-calendar';
import { citiesOf, type ExaminerPool } from './examiners';
import { Random, Weighted } from '../random';
import {
  BODY_PARTS, CLIENT_KINDS, CLIENT_SUFFIXES, CLIENT_WORDS, EMPLOYERS, ICD10, JURISDICTIONS, LANGUAGES, LINES_OF_BUSINESS, REASONS, RULES, SPECIALTY_SHARES,
} from './reference';

/** The columns each cases and reports table is loaded with, in the order the generator writes them. */
export const CASE_TABLES = {
  'cases.client': ['id', 'name', 'kind', 'contact_name', 'contact_email', 'contact_phone', 'active', 'created_at', 'updated_at', 'version'],
  'cases.ime_case': [
    'id', 'reference_number', 'client_id', 'claim_number', 'line_of_business', 'reasons', 'required_specialty_code', 'jurisdiction', 'body_parts',
    'injury_date', 'claimant_first_name', 'claimant_last_name', 'claimant_date_of_birth', 'claimant_email', 'claimant_phone', 'claimant_address_line1',
    'claimant_city', 'claimant_region', 'claimant_postal_code', 'claimant_latitude', 'claimant_longitude', 'claimant_language',
    'claimant_interpreter_needed', 'representative_name', 'representative_firm', 'representative_email', 'representative_phone',
    'treating_provider_npis', 'employer_name', 'exam_format', 'telehealth_allowed', 'due_date', 'priority', 'status', 'examiner_id', 'assigned_at',
    'examined_at', 'closed_at', 'cancelled_at', 'cancellation_reason', 'cancelled_by', 'cancellation_chargeable', 'created_by', 'created_at',
    'updated_at', 'version', 'claimant_time_zone',
  ],
  'cases.appointment': [
    'id', 'case_id', 'examiner_id', 'scheduled_at', 'duration_minutes', 'ends_at', 'blocked_until', 'format', 'location', 'status', 'no_show_party', 'created_at', 'version',
    'office_id', 'time_zone', 'examiner_time_zone',
  ],
  'cases.panel': ['id', 'case_id', 'strategy', 'seed', 'size', 'status', 'candidate_pool', 'pool_size', 'proposed_at', 'proposed_by', 'selected_by', 'selected_at'],
  'cases.panel_member': ['id', 'panel_id', 'examiner_id', 'position', 'struck_by', 'struck_at', 'selected'],
  'reports.report': [
    'id', 'case_id', 'examiner_id', 'kind', 'parent_id', 'addendum_reason', 'status', 'jurisdiction', 'client_id', 'specialty_code', 'line_of_business',
    'same_day_delivery', 'required_recipients', 'reasons', 'questions', 'exam_date', 'exam_started_at', 'exam_ended_at', 'records_reviewed', 'findings',
    'diagnoses', 'answers', 'mmi_reached', 'due_date', 'first_submitted_at', 'submitted_at', 'finalised_at', 'claimant_copy_due_at', 'delivered_at',
    'created_at', 'updated_at', 'version',
  ],
  'reports.report_delivery': ['id', 'report_id', 'recipient', 'method', 'recipient_name', 'delivered_at', 'delivered_by'],
} as const;

const DAY = 86_400_000;
const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const at = (ms: number | null) => (ms === null ? null : new Date(ms));

export interface CaseVolume {
  cases: number;
  clients: number;
  /** How far back requests go; volume grows towards the present. */
  months: number;
}

/** Writes the clients and answers them with their share of the volume (a long tail: a few large insurers). */
export function writeClients(random: Random, sinks: CopySinks, count: number, now: Date): Weighted<string> {
  const kinds = new Weighted(CLIENT_KINDS);
  const entries: [string, number][] = [];
  for (let i = 0; i < count; i++) {
    const id = random.uuid();
    const kind = kinds.pick(random);
    const name = `${random.pick(CLIENT_WORDS)} ${random.pick(CLIENT_SUFFIXES[kind])} ${i + 1}`;
    sinks['cases.client'].write([id, name, kind, 'Claims desk', `claims${i + 1}@client.example`, `(212) 555-01${String(i % 100).padStart(2, '0')}`, true, now, now, 1]);
    entries.push([id, 1 / (i + 1) ** 0.8]);
  }
  return new Weighted(entries);
}

const npi = (random: Random) => {
  const first9 = `1${String(random.int(0, 99_999_999)).padStart(8, '0')}`;
  return `${first9}${npiCheckDigit(first9)}`;
};

/**
 * Writes `volume.cases` cases, each with its appointments, CA panel, report, addenda and deliveries as of
 * `now`, through the sinks; awaits back-pressure every few hundred cases.
 */
export async function writeCases(
  random: Random,
  sinks: CopySinks,
  volume: CaseVolume,
  now: Date,
  clients: Weighted<string>,
  examiners: ExaminerPool,
  onProgress: (n: number) => void,
): Promise<{ lastReference: number }> {
  const jurisdictions = new Weighted(JURISDICTIONS);
  const specialties = new Weighted(SPECIALTY_SHARES);
  const lines = new Weighted(LINES_OF_BUSINESS);
  const languages = new Weighted(LANGUAGES);
  const dueDates = new Map<string, string | null>();
  const nowMs = now.getTime();
  const span = volume.months * 30.44 * DAY;
  const firstReference = 1000;
  // Every exam in a free slot of its examiner (exam-calendar.ts): the exclusion constraint holds after the load.
  const calendar = new ExamCalendar((j) => RULES[j].holidays.dates);

  for (let i = 0; i < volume.cases; i++) {
    // Volume grows linearly over the period: density ∝ 1 + t, sampled by inverting its CDF.
    const u = random.next();
    const createdAt = nowMs - span + span * (Math.sqrt(1 + 3 * u) - 1);
    const jurisdiction = jurisdictions.pick(random);
    const specialty = specialties.pick(random);
    const examiner = examiners.draw(random, specialty, jurisdiction);
    const rule = RULES[jurisdiction];
    const represented = random.chance(jurisdiction === 'US-CA' ? 0.7 : 0.4);
    const book = (notBefore: number) => calendar.book(examiner.id, examiner.timeZone, jurisdiction, notBefore);
    const story = drawCaseStory(random, { createdAt, jurisdiction, represented, slowness: examiner.slowness, book }, nowMs);
    const caseId = random.uuid();
    const clientId = clients.pick(random);
    const lineOfBusiness = lines.pick(random);
    const reasons = REASONS.filter(() => random.chance(0.3));
    if (reasons.length === 0) reasons.push(random.pick(REASONS));
    const language = languages.pick(random);
    const pool = language === 'en' ? 'general' : (language as 'es' | 'zh' | 'ru' | 'vi');
    const first = random.pick(FIRST_NAMES[pool]);
    const last = random.pick(LAST_NAMES[pool]);
    const city = random.pick(citiesOf(jurisdiction));
    const examinerId = story.assignedAt !== null ? examiner.id : null;
    const year = new Date(createdAt).getUTCFullYear();

    sinks['cases.ime_case'].write([
      caseId, `IME-${year}-${String(firstReference + i).padStart(6, '0')}`, clientId, `CLM-${String(random.int(0, 99_999_999)).padStart(8, '0')}`,
      lineOfBusiness, reasons, specialty, jurisdiction, [random.pick(BODY_PARTS)], isoDate(createdAt - random.int(20, 400) * DAY),
      first, last, isoDate(Date.UTC(random.int(1950, 2002), random.int(0, 11), random.int(1, 28))), `${first}.${last}${i}@example.net`.toLowerCase(),
      `(${city.areaCode}) 555-01${String(i % 100).padStart(2, '0')}`, `${random.int(1, 9999)} ${random.pick(city.streets)}`, city.city, city.region,
      city.postalCode, city.latitude + (random.next() - 0.5) * 0.2, city.longitude + (random.next() - 0.5) * 0.2, language,
      language !== 'en' && random.chance(0.7),
      represented ? `${random.pick(FIRST_NAMES.general)} ${random.pick(LAST_NAMES.general)}` : null, represented ? 'Claimant Advocates LLP' : null,
      represented ? `counsel${i}@advocates.example` : null, null,
      [npi(random)], lineOfBusiness === 'WORKERS_COMP' ? random.pick(EMPLOYERS) : null, random.chance(0.1) ? 'TELEHEALTH' : 'IN_PERSON', random.chance(0.2),
      isoDate(createdAt + 60 * DAY), random.chance(0.85) ? 'ROUTINE' : random.chance(0.8) ? 'EXPEDITED' : 'URGENT', story.status, examinerId,
      at(story.assignedAt), at(story.examinedAt), at(story.closedAt), at(story.cancelledAt), story.cancellationReason, story.cancelledBy,
      story.cancellationChargeable, 'bulk seed', new Date(createdAt), new Date(story.updatedAt), 1, defaultTimeZoneForRegion('US', city.region),
    ]);

    for (const a of story.attempts) {
      sinks['cases.appointment'].write([
        // The exam's end and the 15 minutes' buffer it holds, at the examiner's main office (docs/rules.md, "Scheduling");
        // the examiner key is the trigger's.
        random.uuid(), caseId, examiner.id, new Date(a.scheduledAt), BULK_EXAM_MINUTES, new Date(a.scheduledAt + BULK_EXAM_MINUTES * 60_000),
        new Date(a.scheduledAt + (BULK_EXAM_MINUTES + BULK_BUFFER_MINUTES) * 60_000), 'IN_PERSON', `${examiner.city} office`, a.status, a.noShowParty, new Date(a.bookedAt), 1,
        examiner.officeId, examiner.timeZone, examiner.timeZone,
      ]);
    }

    if (rule.panel && story.proposedAt !== null) {
      const panelId = random.uuid();
      const members = examiners.panel(random, specialty, jurisdiction, examiner, 3);
      const selected = story.assignedAt !== null;
      sinks['cases.panel'].write([
        panelId, caseId, 'RANDOM', String(random.int(1, 2 ** 31)), members.length, selected ? 'SELECTED' : 'OPEN', json([]), members.length * 40,
        new Date(story.proposedAt), 'bulk seed', selected ? (represented ? 'ATTORNEY' : 'CLAIMANT') : null, at(story.assignedAt),
      ]);
      members.forEach((m, position) => {
        const struck = selected && represented && position > 0;
        sinks['cases.panel_member'].write([
          random.uuid(), panelId, m.id, position + 1, struck ? (position === 1 ? 'ATTORNEY' : 'CLIENT') : null, struck ? at(story.assignedAt) : null, selected && position === 0,
        ]);
      });
    }

    if (story.report && story.examinedAt !== null) {
      const examDate = isoDate(story.examinedAt);
      const dueKey = `${jurisdiction}|${examDate}`;
      let dueDate = dueDates.get(dueKey);
      if (dueDate === undefined) {
        dueDate = rule.reportDueDays === null ? null : deadline(examDate, rule.reportDueDays, rule.unit, rule.holidays);
        dueDates.set(dueKey, dueDate);
      }
      const facts = { caseId, examinerId: examiner.id, jurisdiction, clientId, specialty, lineOfBusiness, sameDay: rule.sameDay, recipients: rule.recipients(represented), reasons, examDate, dueDate };
      const reportId = writeReport(random, sinks, facts, story.report, story.examinedAt, null);
      for (const addendum of story.addenda) writeReport(random, sinks, facts, addendum, story.examinedAt, { parentId: reportId, reason: addendum.reason });
    }

    onProgress(1);
    if (i % 250 === 249) await allDrained(sinks);
  }
  return { lastReference: firstReference + volume.cases - 1 };
}

interface ReportFacts {
  caseId: string;
  examinerId: string;
  jurisdiction: string;
  clientId: string;
  specialty: string;
  lineOfBusiness: string;
  sameDay: boolean;
  recipients: string[];
  reasons: string[];
  examDate: string;
  dueDate: string | null;
}

const DELIVERY_METHOD: Record<string, string> = { CLIENT: 'PORTAL', BOARD: 'PORTAL', CLAIMANT: 'MAIL', CLAIMANT_REPRESENTATIVE: 'EMAIL', TREATING_PHYSICIAN: 'FAX' };

function writeReport(
  random: Random,
  sinks: CopySinks,
  facts: ReportFacts,
  story: ReportStory,
  examinedAt: number,
  addendum: { parentId: string; reason: string } | null,
): string {
  const id = random.uuid();
  const [icd, description] = random.pick(ICD10);
  const written = story.submittedAt !== null;
  sinks['reports.report'].write([
    id, facts.caseId, facts.examinerId, addendum ? 'ADDENDUM' : 'IME', addendum?.parentId ?? null, addendum?.reason ?? null, story.status,
    facts.jurisdiction, facts.clientId, facts.specialty, facts.lineOfBusiness, facts.sameDay, facts.recipients, facts.reasons, json([]), facts.examDate,
    new Date(examinedAt), new Date(examinedAt + 75 * 60_000), written ? ['Treating physician records', 'Imaging reports'] : [],
    written ? 'Examination findings recorded in the report.' : null, json(written ? [{ icd10: icd, description }] : []), json([]),
    written ? random.chance(0.55) : null, addendum ? null : facts.dueDate, at(story.submittedAt), at(story.submittedAt), at(story.finalisedAt),
    story.finalisedAt === null ? null : claimantCopyDueAt(new Date(story.finalisedAt), facts.sameDay), at(story.deliveredAt),
    new Date(story.startedAt), new Date(Math.max(story.startedAt, story.deliveredAt ?? story.finalisedAt ?? story.submittedAt ?? story.startedAt)), 1,
  ]);
  for (const d of story.deliveries) {
    sinks['reports.report_delivery'].write([random.uuid(), id, d.recipient, DELIVERY_METHOD[d.recipient] ?? 'EMAIL', null, new Date(d.at), 'Records desk']);
  }
  return id;
}

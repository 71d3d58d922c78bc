import { DateTime } from 'luxon';
import { AVAILABILITY_DEFAULTS, defaultTimeZoneForRegion } from '../../../subgraphs/examiners/src/domain/availability';
import { DEMO_HOURS } from './examiners';
import { casePartyKeys } from '../../../subgraphs/cases/src/domain/party-keys';
import { addBusinessDays, calendarDaysBetween, deadline, isWeekend, utcDateOf, type HolidayCalendar } from '@imepanel/runtime/calendar';
import type { EntityManager } from '@mikro-orm/postgresql';
import { loadHolidayCalendar } from '../../../subgraphs/cases/src/commands/jurisdiction-holidays';
import { panelDeadlines, panelProcedure } from '../../../subgraphs/cases/src/domain/panel-choice';
import { drawPanel, type PanelCandidate } from '../../../subgraphs/cases/src/domain/panel-draw';
import { distanceKm } from '../../../subgraphs/examiners/src/domain/distance';
import { DEFAULT_MAX_TRAVEL_KM, explainEligibility, type EligibilityExaminer, type EligibilityRequest } from '../../../subgraphs/examiners/src/domain/eligibility';
import type { CredentialKind } from '../../../subgraphs/examiners/src/domain/enums';
import { noticePurpose, rightsStatement, type NoticeFacts } from '../../../subgraphs/cases/src/domain/notice';
import { earliestExamDate, latestExamDate } from '../../../subgraphs/cases/src/domain/scheduling';
import {
  Appointment,
  InterpreterArrangement,
  AppointmentStatus,
  Case,
  CaseEvent,
  CaseParty,
  CasePriority,
  CaseStatus,
  Claimant,
  ClaimantRepresentative,
  Client,
  ExamFormat,
  ImeReason,
  JurisdictionRule,
  LineOfBusiness,
  Notice,
  NoticeMethod,
  Panel,
  PanelMember,
  PanelSelectionBasis,
  PanelStatus,
  PanelStrategy,
  ReferralQuestion,
  type CaseEventType,
  type DayCountUnit,
  type ReportRecipient,
} from '../../../subgraphs/cases/src/entities';
import {
  ATTORNEYS,
  CANCELLATION_REASONS,
  CLAIMANT_CITIES,
  CLAIMANT_FIRST_NAMES,
  CLAIMANT_LANGUAGES,
  CLAIMANT_LAST_NAMES,
  CLIENTS,
  EMPLOYERS,
  GENERAL_QUESTIONS,
  OTHER_OCCUPATIONS,
  QUESTION_TEMPLATES,
  SCENARIOS,
  STREETS,
  type AttorneySeed,
  type ClaimantCity,
  type ClientSeed,
  type EmployerSeed,
  type InjuryScenario,
} from './cases-data';
import type { DemoExaminer, ExaminersDemo } from './examiners';
import { CONFLICTS } from './examiners-data';
import { asciiSlug, newNpi, shiftDate } from './shared';
import type { Random } from '../random';

/**
 * Demo data of the cases subgraph: clients and about 300 referrals spread over the past 14 months, each in a
 * state its own history explains. A case is planned as a timeline (created → panel → assigned → booked →
 * notice → exam → report → closed, or cancelled, or a no-show) and its status is wherever `today` falls on
 * that timeline, so every status comes with the rows and events it implies: panels for California, an
 * appointment and a notice served within the lead time for scheduled cases, the exam for examined ones.
 *
 * Examiners are chosen by the examiners subgraph's eligibility rules (explainEligibility: active, specialty,
 * licence and required credentials valid on the exam date, independent of the parties, language, travel
 * distance), on the day of the selection and on the day of the exam.
 */

/** The examiners demo as this seeder reads it. */
export type ExaminersForCases = Pick<ExaminersDemo, 'examiners' | 'conflicts'>;

/** An examined case, with what the reports seeder needs to write its report. */
export interface ExaminedCaseFacts {
  id: string;
  referenceNumber: string;
  status: 'EXAMINED' | 'REPORTED' | 'CLOSED';
  examinerId: string;
  examinerName: string;
  /** The examiner practises outside the case's state (NY: 20 business days instead of 10). */
  examinerOutOfState: boolean;
  clientId: string;
  clientName: string;
  jurisdiction: string;
  specialtyCode: string;
  lineOfBusiness: LineOfBusiness;
  reasons: ImeReason[];
  questions: { id: string; position: number; text: string; reason: ImeReason | null }[];
  bodyParts: string[];
  injuryDate: string | null;
  mechanism: string;
  occupation: string;
  claimantAge: number;
  telehealth: boolean;
  interpreter: boolean;
  examStartedAt: Date;
  examinedAt: Date;
  /** When the final report was issued (the REPORTED event); null while the report is being written. */
  reportedAt: Date | null;
  closedAt: Date | null;
  reportDueDays: number | null;
  reportDueDaysOutOfState: number | null;
  reportDueUnit: DayCountUnit;
  reportRecipients: ReportRecipient[];
  reportSameDay: boolean;
  /** The jurisdiction's holidays, which the report deadline (in business days) skips. */
  holidays: HolidayCalendar;
  hasRepresentative: boolean;
  hasTreatingPhysician: boolean;
  representativeFirm: string | null;
}

export interface CasesDemo {
  clients: { id: string; name: string }[];
  examinedCases: ExaminedCaseFacts[];
  counts: Record<string, number>;
}

function pendingConflictParties(): SeedContext['conflictParties'] {
  const parties: SeedContext['conflictParties'] = { ATTORNEY: new Map(), EMPLOYER: new Map() };
  for (const conflict of CONFLICTS) {
    if (conflict.partyType !== 'ATTORNEY' && conflict.partyType !== 'EMPLOYER') continue;
    const list = parties[conflict.partyType].get(conflict.jurisdiction) ?? [];
    list.push(conflict.identity);
    parties[conflict.partyType].set(conflict.jurisdiction, list);
  }
  return parties;
}

/** The next party of a declared conflict still without a case in the jurisdiction, among `candidates`. */
function takeConflictParty<T>(pending: Map<string, string[]>, jurisdiction: string, candidates: readonly T[], nameOf: (candidate: T) => string): T | null {
  const names = pending.get(jurisdiction) ?? [];
  const found = candidates.find((c) => names.includes(nameOf(c)));
  if (found) names.splice(names.indexOf(nameOf(found)), 1);
  return found ?? null;
}

/**
 * How many of the ~300 cases end up in each status: mostly closed, as in a book of business that has run
 * for a year, with every open status represented.
 */
const STATUS_MIX: Readonly<Record<CaseStatus, number>> = {
  REQUESTED: 14,
  PANEL_PROPOSED: 8,
  ASSIGNED: 16,
  SCHEDULED: 28,
  EXAMINED: 24,
  REPORTED: 24,
  CLOSED: 138,
  CANCELLED: 26,
  NO_SHOW: 22,
};

/** How long ago (days) a case in each status was created: a window the planner samples and then checks. */
const AGE_WINDOWS: Readonly<Record<CaseStatus, [number, number]>> = {
  REQUESTED: [0, 14],
  PANEL_PROPOSED: [1, 16],
  ASSIGNED: [2, 25],
  SCHEDULED: [4, 50],
  EXAMINED: [10, 80],
  REPORTED: [15, 110],
  CLOSED: [30, 425],
  CANCELLED: [1, 425],
  NO_SHOW: [12, 320],
};

/**
 * UTC offset of each jurisdiction's standard time. Local times are drawn within 08:00–15:59 so that, with or
 * without daylight saving, every event falls on the same calendar date in UTC as locally.
 */
const UTC_OFFSET_HOURS: Readonly<Record<string, number>> = { 'US-NY': 5, 'US-CT': 5, 'US-CA': 8, 'US-WA': 8, 'US-OR': 8 };

// ---------------------------------------------------------------------------------------------------------
// Random choices, dates and distances

const MS_PER_MINUTE = 60_000;

function weekdayOnOrAfter(date: string): string {
  let day = date;
  while (isWeekend(day)) day = shiftDate(day, 1);
  return day;
}

function weekdayOnOrBefore(date: string): string {
  let day = date;
  while (isWeekend(day)) day = shiftDate(day, -1);
  return day;
}

const laterDate = (a: string, b: string) => (a > b ? a : b);

/** An instant on `date` at a local time between `fromHour`:00 and 15:59 in the jurisdiction. */
function localTime(d: Random, date: string, jurisdiction: string, fromHour = 8): Date {
  const minutes = (d.int(fromHour, 15) + (UTC_OFFSET_HOURS[jurisdiction] ?? 5)) * 60 + d.int(0, 59);
  return new Date(Date.parse(`${date}T00:00:00Z`) + minutes * MS_PER_MINUTE);
}

/**
 * A free slot of an examiner on a local date: on the half-hour grid of the demo hours in `zone` (luxon, so the
 * hours stay local across daylight-saving changes), clear of the examiner's bookings and the buffer; the first
 * free one from a random start, else the day's first (a full day keeps its last booking: history may overlap).
 */
function demoSlot(ctx: SeedContext, d: Random, examinerId: string, date: string, zone: string, minutes: number) {
  const buffer = AVAILABILITY_DEFAULTS.bufferMinutes * MS_PER_MINUTE;
  const open = DateTime.fromISO(`${date}T${DEMO_HOURS.start}`, { zone });
  const close = DateTime.fromISO(`${date}T${DEMO_HOURS.end}`, { zone });
  const starts: number[] = [];
  for (let at = open; at.plus({ minutes }) <= close; at = at.plus({ minutes: 30 })) starts.push(at.toMillis());
  const held = ctx.bookings.get(examinerId) ?? [];
  const offset = d.int(0, starts.length - 1);
  const free = [...starts.slice(offset), ...starts.slice(0, offset)].find((start) => {
    const until = start + minutes * MS_PER_MINUTE + buffer;
    return held.every((b) => until <= b.start || b.until <= start);
  });
  const start = free ?? starts[0]!;
  const end = start + minutes * MS_PER_MINUTE;
  ctx.bookings.set(examinerId, [...held, { start, until: end + buffer }]);
  return { start: new Date(start), end: new Date(end), blockedUntil: new Date(end + buffer) };
}

/** `candidate`, or a little after `previous` when the candidate would not come after it. */
function after(d: Random, previous: Date, candidate: Date): Date {
  return candidate.getTime() > previous.getTime() + 5 * MS_PER_MINUTE ? candidate : new Date(previous.getTime() + d.int(20, 90) * MS_PER_MINUTE);
}

// ---------------------------------------------------------------------------------------------------------
// Timelines

interface Timeline {
  created: Date;
  panelProposed: Date | null;
  assigned: Date;
  booked: Date;
  noticeServed: Date;
  examStart: Date;
  examEnd: Date;
  reported: Date;
  closed: Date;
  examDate: string;
}

type Outcome =
  | { kind: 'COMPLETED' }
  | { kind: 'NO_SHOW'; party: CaseParty }
  | { kind: 'CANCELLED'; at: Date; stage: CaseStatus; party: CaseParty; late: boolean };

interface PlannedCase {
  jurisdiction: string;
  client: ClientSeed;
  timeline: Timeline;
  outcome: Outcome;
  status: CaseStatus;
  durationMinutes: number;
}

interface Rules {
  byCode: Map<string, JurisdictionRule>;
  /** Each jurisdiction's holiday calendar, as the migrations seeded it. */
  holidays: Map<string, HolidayCalendar>;
}

/**
 * Lays out one case's timeline from day 0, following the rule: panel and claimant choice where required,
 * the notice served at least the lead time before the exam, the exam within the scheduling window, the report
 * due after the exam (about 15% late), then closure once delivered. The stage the target status sits in is
 * drawn longer, as a case waiting in that stage would be.
 */
function layOutTimeline(d: Random, rule: JurisdictionRule, holidays: HolidayCalendar, day0: string, target: CaseStatus, durationMinutes: number): Timeline {
  const j = rule.code;
  const created = localTime(d, day0, j);
  let last = created;
  let panelProposed: Date | null = null;
  let assignDay: string;
  if (rule.panelRequired) {
    const panelDay = addBusinessDays(day0, target === CaseStatus.REQUESTED ? d.int(1, 8) : d.int(0, 2), holidays);
    panelProposed = after(d, last, localTime(d, panelDay, j, 9));
    last = panelProposed;
    // CA: an unrepresented worker has 10 days to choose; represented parties strike within about as long.
    const choiceDays = rule.claimantChoiceDays ?? 10;
    assignDay = weekdayOnOrAfter(shiftDate(panelDay, target === CaseStatus.PANEL_PROPOSED ? d.int(3, choiceDays + 4) : d.int(2, choiceDays)));
  } else {
    assignDay = addBusinessDays(day0, target === CaseStatus.REQUESTED ? d.int(1, 12) : d.int(1, 4), holidays);
  }
  const assigned = after(d, last, localTime(d, assignDay, j, 9));
  const bookDay = addBusinessDays(assignDay, target === CaseStatus.ASSIGNED ? d.int(2, 12) : d.int(1, 5), holidays);
  const booked = after(d, assigned, localTime(d, bookDay, j, 9));
  const noticeServed = d.chance(0.7)
    ? new Date(booked.getTime() + d.int(10, 90) * MS_PER_MINUTE)
    : after(d, booked, localTime(d, addBusinessDays(bookDay, 1, holidays), j, 9));
  const noticeDay = utcDateOf(noticeServed);

  // NY: notice at least 7 business days before the exam; WA 28 days; OR 10 days (the rule's lead time).
  const earliest = earliestExamDate({ rule, today: noticeDay, noticeServedOn: noticeDay, holidays });
  let examDate = weekdayOnOrAfter(laterDate(shiftDate(bookDay, d.int(7, 30)), shiftDate(earliest, d.int(0, 4))));
  // CA: the exam within 90 days of assignment.
  const latest = latestExamDate({ rule, assignedOn: assignDay });
  if (latest !== null && examDate > latest) examDate = weekdayOnOrBefore(latest);
  const examStart = localTime(d, examDate, j);
  const examEnd = new Date(examStart.getTime() + durationMinutes * MS_PER_MINUTE);

  // The report: on time within the rule's deadline, or 3–10 business days late; three weeks where none is set.
  const due = rule.reportDueDays !== null ? deadline(examDate, rule.reportDueDays, rule.reportDueUnit, holidays) : null;
  let reportDay: string;
  if (due && d.chance(0.17)) {
    reportDay = addBusinessDays(due, d.int(3, 10), holidays);
  } else {
    const horizon = due ?? shiftDate(examDate, 21);
    const span = Math.max(2, calendarDaysBetween(examDate, horizon));
    reportDay = weekdayOnOrBefore(shiftDate(examDate, Math.max(2, Math.round(span * (0.4 + 0.6 * d.next())))));
    if (reportDay <= examDate) reportDay = addBusinessDays(examDate, 2, holidays);
  }
  const reported = after(d, examEnd, localTime(d, reportDay, j, 9));
  const closeDay = addBusinessDays(reportDay, target === CaseStatus.REPORTED ? d.int(3, 30) : d.int(1, 12), holidays);
  const closed = after(d, reported, localTime(d, closeDay, j, 9));
  return { created, panelProposed, assigned, booked, noticeServed, examStart, examEnd, reported, closed, examDate };
}

/** The stages a case passes through before its exam, with when each began and ended. */
function preExamStages(t: Timeline): { stage: CaseStatus; from: Date; to: Date }[] {
  const stages: { stage: CaseStatus; from: Date; to: Date }[] = [{ stage: CaseStatus.REQUESTED, from: t.created, to: t.panelProposed ?? t.assigned }];
  if (t.panelProposed) stages.push({ stage: CaseStatus.PANEL_PROPOSED, from: t.panelProposed, to: t.assigned });
  stages.push({ stage: CaseStatus.ASSIGNED, from: t.assigned, to: t.booked }, { stage: CaseStatus.SCHEDULED, from: t.booked, to: t.examStart });
  return stages;
}

function planOutcome(d: Random, t: Timeline, target: CaseStatus): Outcome {
  if (target === CaseStatus.NO_SHOW) {
    // Mostly the claimant; sometimes the examiner, or the interpreter or transport (OTHER).
    const weights: Partial<Record<CaseParty, number>> = { CLAIMANT: 75, EXAMINER: 10, OTHER: 10, ATTORNEY: 5 };
    return { kind: 'NO_SHOW', party: d.weighted([CaseParty.CLAIMANT, CaseParty.EXAMINER, CaseParty.OTHER, CaseParty.ATTORNEY], (p) => weights[p] ?? 0) };
  }
  if (target !== CaseStatus.CANCELLED) return { kind: 'COMPLETED' };
  const { stage, from, to } = d.pick(preExamStages(t));
  const span = to.getTime() - from.getTime();
  // About a third of cancellations after booking come in the last 48 hours: late, and possibly chargeable.
  const lastMinute = stage === CaseStatus.SCHEDULED && d.chance(0.35);
  const at = lastMinute
    ? new Date(to.getTime() - d.int(2, 46) * 3_600_000)
    : new Date(from.getTime() + Math.min(span - 30 * MS_PER_MINUTE, Math.max(30 * MS_PER_MINUTE, span * d.next())));
  const early = stage === CaseStatus.REQUESTED || stage === CaseStatus.PANEL_PROPOSED;
  const parties = early ? [CaseParty.CLIENT, CaseParty.CLAIMANT, CaseParty.ATTORNEY, CaseParty.ADMIN] : [CaseParty.CLIENT, CaseParty.CLAIMANT, CaseParty.ATTORNEY, CaseParty.EXAMINER];
  const party = d.weighted(parties, (p) => (p === CaseParty.CLIENT ? 50 : p === CaseParty.CLAIMANT ? 20 : 15));
  const late = stage === CaseStatus.SCHEDULED && t.examStart.getTime() - at.getTime() < 48 * 3_600_000;
  return { kind: 'CANCELLED', at: at < from ? new Date(from.getTime() + 30 * MS_PER_MINUTE) : at, stage, party, late };
}

/** The status changes of a timeline with their times, cut at the cancellation if there is one. */
function statusSteps(t: Timeline, outcome: Outcome): { at: Date; status: CaseStatus }[] {
  let steps: { at: Date; status: CaseStatus }[] = [{ at: t.created, status: CaseStatus.REQUESTED }];
  if (t.panelProposed) steps.push({ at: t.panelProposed, status: CaseStatus.PANEL_PROPOSED });
  steps.push({ at: t.assigned, status: CaseStatus.ASSIGNED }, { at: t.booked, status: CaseStatus.SCHEDULED });
  if (outcome.kind === 'NO_SHOW') {
    steps.push({ at: t.examEnd, status: CaseStatus.NO_SHOW });
  } else {
    steps.push({ at: t.examEnd, status: CaseStatus.EXAMINED }, { at: t.reported, status: CaseStatus.REPORTED }, { at: t.closed, status: CaseStatus.CLOSED });
  }
  if (outcome.kind === 'CANCELLED') {
    steps = steps.filter((s) => s.at < outcome.at);
    steps.push({ at: outcome.at, status: CaseStatus.CANCELLED });
  }
  return steps;
}

/** Where `now` falls on the timeline; null when the case would not exist yet or has no notice before a booked exam. */
function statusAt(t: Timeline, outcome: Outcome, now: Date): CaseStatus | null {
  const reached = statusSteps(t, outcome).filter((s) => s.at <= now);
  const status = reached.at(-1)?.status ?? null;
  if (status === CaseStatus.SCHEDULED && t.noticeServed > now) return null; // booked cases in the demo have their notice
  return status;
}

/**
 * A timeline on which today falls in the target status: sample an age from the status's window, lay out the
 * timeline, keep it if it lands right. Planned this way every status is represented, yet each case is the
 * product of plausible durations rather than of fixed offsets.
 */
function planCase(d: Random, rule: JurisdictionRule, holidays: HolidayCalendar, client: ClientSeed, target: CaseStatus, now: Date): PlannedCase {
  const today = utcDateOf(now);
  const [minAge, maxAge] = AGE_WINDOWS[target];
  let fallback: PlannedCase | null = null;
  for (let attempt = 0; attempt < 400; attempt += 1) {
    const day0 = weekdayOnOrBefore(shiftDate(today, -d.int(minAge, maxAge)));
    const durationMinutes = d.pick([45, 60, 60, 75, 90, 120]);
    const timeline = layOutTimeline(d, rule, holidays, day0, target, durationMinutes);
    const outcome = planOutcome(d, timeline, target);
    const status = statusAt(timeline, outcome, now);
    if (status === null) continue;
    const planned = { jurisdiction: rule.code, client, timeline, outcome, status, durationMinutes };
    if (status === target) return planned;
    fallback ??= planned;
  }
  if (!fallback) throw new Error(`Could not plan a demo case in ${rule.code} for ${target}`);
  return fallback; // consistent, only not in the target status
}

// ---------------------------------------------------------------------------------------------------------
// Eligibility, as the examiners subgraph defines it (docs/rules.md)

type PartyKeys = NonNullable<EligibilityRequest['partyKeys']>;

interface PoolRequest {
  jurisdiction: string;
  requiredCredentialKinds: string[];
  /** Every date eligibility must hold on: selection and exam. */
  dates: string[];
  openAfterToday: boolean;
  language: string;
  interpreter: boolean;
  location: { latitude: number; longitude: number };
  telehealthAllowed: boolean;
  treatingProviderNpis: string[];
  partyKeys: PartyKeys;
}

/** A demo examiner as the examiners subgraph's eligibility rules read one, ACTIVE on the dates the caller judges. */
function asEligibilityExaminer(e: DemoExaminer, conflicts: ExaminersForCases['conflicts']): EligibilityExaminer {
  return {
    id: e.id,
    status: 'ACTIVE',
    practiceGroup: e.practiceGroupId,
    languages: e.languages,
    telehealth: e.telehealth,
    specialties: e.specialtyCodes.map((code) => ({ code, boardCertified: false })),
    credentials: e.credentials.map((c) => ({ ...c, status: c.verificationStatus, number: '' })),
    offices: e.offices,
    npi: e.npi,
    conflicts: conflicts.filter((c) => c.examinerId === e.id),
  };
}

/**
 * Examiners whom the examiners subgraph's eligibility rules accept on every date of the request, except for the
 * specialty, which the caller filters by. Eligibility judges the examiner's status now; the demo's history
 * (approved on activeFrom, suspended or retired after activeUntil) is checked here for the dates in the past.
 */
/** How far a claimant's address may lie from the city centre: CLAIMANT_SPREAD_DEGREES each way is at most 4.72 km. */
const CLAIMANT_SPREAD_DEGREES = 0.03;
const CLAIMANT_SPREAD_KM = 5;

function basePool(examiners: ExaminersForCases, request: PoolRequest): DemoExaminer[] {
  return examiners.examiners.filter((e) => {
    if (e.activeFrom === null || request.dates.some((date) => date < e.activeFrom!)) return false;
    if (e.activeUntil !== null && (request.openAfterToday || request.dates.some((date) => date > e.activeUntil!))) return false;
    const examiner = asEligibilityExaminer(e, examiners.conflicts);
    return request.dates.every((examDate) =>
      explainEligibility(examiner, {
        specialtyCode: e.specialtyCodes[0]!,
        jurisdiction: request.jurisdiction,
        examDate,
        claimantLanguage: request.language,
        interpreterArranged: request.interpreter,
        claimantLocation: request.location,
        telehealthAllowed: request.telehealthAllowed,
        treatingProviderNpis: request.treatingProviderNpis,
        partyKeys: request.partyKeys,
        requiredCredentialKinds: request.requiredCredentialKinds as CredentialKind[],
        // The claimant lives up to CLAIMANT_SPREAD_KM from the centre the pool is asked for (createClaimant), so an
        // examiner seen in person must be in reach of every such address, not only of the centre.
        maxTravelKm: DEFAULT_MAX_TRAVEL_KM - CLAIMANT_SPREAD_KM,
      }).eligible,
    );
  });
}

function distinctGroups(pool: DemoExaminer[]): number {
  return pool.filter((e) => e.practiceGroupId === null).length + new Set(pool.map((e) => e.practiceGroupId).filter((g) => g !== null)).size;
}

// ---------------------------------------------------------------------------------------------------------
// The seeder

interface SeedContext {
  em: EntityManager;
  d: Random;
  now: Date;
  today: string;
  rules: Rules;
  examiners: ExaminersForCases;
  partyKeySecret: string;
  /** The demo clients' ids by name, decided before the examiners seeder keys its conflicts with them. */
  clientIds: ReadonlyMap<string, string>;
  clients: Map<string, Client>;
  usedNpis: Set<string>;
  /** Open-case intervals per examiner, for the load recorded in panel candidate pools. */
  assignments: Map<string, { from: Date; to: Date }[]>;
  /** The time each examiner's held bookings take ([start, blockedUntil)), so demo exams are booked in free slots. */
  bookings: Map<string, { start: number; until: number }[]>;
  counts: Record<string, number>;
  /**
   * The attorneys and employers the examiners demo declares conflicts with (CONFLICTS), by jurisdiction, until a
   * case of theirs exists: the first case in the jurisdiction that can have one gets it, so every declared
   * conflict rules its examiner out of a real case whatever the random draws (test/seed.test.ts).
   */
  conflictParties: { ATTORNEY: Map<string, string[]>; EMPLOYER: Map<string, string[]> };
}

/**
 * Creates the demo clients and cases in the caller's transaction. Reads the jurisdiction rules the migrations
 * inserted and takes reference numbers from `cases.case_reference_seq`.
 */
export async function seedCasesDemo(
  em: EntityManager,
  random: Random,
  examiners: ExaminersForCases,
  options: { today: Date; partyKeySecret: string; clientIds: ReadonlyMap<string, string> },
): Promise<CasesDemo> {
  const d = random;
  const rules = await em.find(JurisdictionRule, {});
  if (rules.length === 0) throw new Error('No jurisdiction rules in cases.jurisdiction_rule: apply the cases migrations before seeding');
  const holidays = new Map<string, HolidayCalendar>();
  for (const rule of rules) holidays.set(rule.code, await loadHolidayCalendar(em, rule));
  const ctx: SeedContext = {
    em,
    d,
    now: options.today,
    today: utcDateOf(options.today),
    rules: { byCode: new Map(rules.map((r) => [r.code, r])), holidays },
    examiners,
    partyKeySecret: options.partyKeySecret,
    clientIds: options.clientIds,
    clients: new Map(),
    usedNpis: new Set(examiners.examiners.map((e) => e.npi)),
    assignments: new Map(),
    bookings: new Map(),
    counts: {},
    conflictParties: pendingConflictParties(),
  };
  createClients(ctx);

  const plans = planAllCases(ctx).sort((a, b) => a.timeline.created.getTime() - b.timeline.created.getTime());
  const references = await nextReferenceNumbers(em, plans.map((p) => p.timeline.created));
  const examinedCases: ExaminedCaseFacts[] = [];
  plans.forEach((plan, index) => {
    const facts = createCase(ctx, plan, references[index]!);
    if (facts) examinedCases.push(facts);
  });
  await em.flush();
  return {
    clients: [...ctx.clients.values()].map((c) => ({ id: c.id, name: c.name })),
    examinedCases,
    counts: { clients: ctx.clients.size, cases: plans.length, ...ctx.counts },
  };
}

function createClients(ctx: SeedContext): void {
  const { em, d, today } = ctx;
  for (const seed of CLIENTS) {
    const createdAt = localTime(d, weekdayOnOrBefore(shiftDate(today, -d.int(440, 900))), 'US-NY');
    const id = ctx.clientIds.get(seed.name);
    if (!id) throw new Error(`No id was decided for the demo client '${seed.name}'`);
    const client = em.create(Client, {
      id,
      name: seed.name,
      kind: seed.kind,
      contactName: seed.contactName,
      contactEmail: seed.contactEmail,
      contactPhone: seed.contactPhone,
      createdAt,
      updatedAt: createdAt,
    });
    em.persist(client);
    ctx.clients.set(seed.name, client);
  }
}

function planAllCases(ctx: SeedContext): PlannedCase[] {
  const { d, rules } = ctx;
  const usable = CLIENTS.filter((c) => Object.keys(c.jurisdictions).some((j) => rules.byCode.has(j)));
  const targets = d.shuffle(Object.entries(STATUS_MIX).flatMap(([status, count]) => Array.from({ length: count }, () => status as CaseStatus)));
  return targets.map((target) => {
    // A panel is proposed only where the rule requires one (California); elsewhere that status cannot occur.
    const needsPanel = target === CaseStatus.PANEL_PROPOSED;
    const clients = usable.filter((c) => !needsPanel || Object.keys(c.jurisdictions).some((j) => rules.byCode.get(j)?.panelRequired));
    const client = d.weighted(clients.length > 0 ? clients : usable, (c) => c.volume);
    const jurisdictions = Object.keys(client.jurisdictions).filter((j) => rules.byCode.has(j) && (!needsPanel || rules.byCode.get(j)!.panelRequired));
    const jurisdiction = jurisdictions.length > 0 ? d.weighted(jurisdictions, (j) => client.jurisdictions[j]!) : Object.keys(client.jurisdictions).find((j) => rules.byCode.has(j))!;
    return planCase(d, rules.byCode.get(jurisdiction)!, rules.holidays.get(jurisdiction)!, client, target, ctx.now);
  });
}

/** Reference numbers from the sequence the createCase command uses, with the year each case was created. */
async function nextReferenceNumbers(em: EntityManager, createdAts: Date[]): Promise<string[]> {
  const rows = await em.getConnection().execute<{ n: string }[]>(`select nextval('cases.case_reference_seq') as n from generate_series(1, ?)`, [createdAts.length]);
  const numbers = rows.map((r) => Number(r.n)).sort((a, b) => a - b);
  return createdAts.map((at, i) => `IME-${at.getUTCFullYear()}-${String(numbers[i]).padStart(6, '0')}`);
}

interface CaseChoice {
  city: ClaimantCity;
  scenario: InjuryScenario;
  specialty: string;
  pool: DemoExaminer[];
  telehealthAllowed: boolean;
}

/**
 * The claimant's city, the injury scenario and the required specialty, chosen together so that the case can
 * be served: at least `minimumGroups` eligible examiners from distinct practices (a full panel where one is
 * required). Null when no city of the jurisdiction allows it.
 */
function chooseScenario(
  ctx: SeedContext,
  plan: PlannedCase,
  base: Omit<PoolRequest, 'location' | 'telehealthAllowed'>,
  lob: LineOfBusiness,
  minimumGroups: number,
): CaseChoice | null {
  const { d } = ctx;
  const scenarios = SCENARIOS.filter((s) => s.linesOfBusiness.includes(lob));
  const cities = CLAIMANT_CITIES[plan.jurisdiction] ?? [];
  const telehealthDraw = d.next();
  const attemptCities = [...Array.from({ length: 4 }, () => d.weighted(cities, (c) => c.weight)), ...d.shuffle(cities)];
  for (const city of attemptCities) {
    const location = { latitude: city.latitude, longitude: city.longitude };
    const inPerson = basePool(ctx.examiners, { ...base, location, telehealthAllowed: false });
    const remote = basePool(ctx.examiners, { ...base, location, telehealthAllowed: true });
    const options: (CaseChoice & { weight: number })[] = [];
    for (const scenario of scenarios) {
      // Telehealth is allowed for most interview-based evaluations and rarely otherwise.
      const telehealthAllowed = telehealthDraw < (scenario.telehealthSuitable ? 0.6 : 0.08);
      scenario.specialties.forEach((specialty, rank) => {
        const pool = (telehealthAllowed ? remote : inPerson).filter((e) => e.specialtyCodes.includes(specialty));
        if (distinctGroups(pool) >= minimumGroups) {
          options.push({ city, scenario, specialty, pool, telehealthAllowed, weight: scenario.weight * (rank === 0 ? 3 : 1) });
        }
      });
    }
    if (options.length > 0) return d.weighted(options, (o) => o.weight);
  }
  return null;
}

/** Open cases an examiner had at an instant: assigned and neither closed nor cancelled. */
function openCaseLoad(ctx: SeedContext, examinerId: string, at: Date): number {
  return (ctx.assignments.get(examinerId) ?? []).filter((a) => a.from <= at && at < a.to).length;
}

interface Claimed {
  claimant: Claimant;
  age: number;
  injuryDate: string;
}

function createClaimant(ctx: SeedContext, plan: PlannedCase, city: ClaimantCity, language: string, interpreter: boolean, attorney: AttorneySeed | null): Claimed {
  const { d } = ctx;
  const pool = CLAIMANT_FIRST_NAMES[language] ? language : 'en';
  const firstName = d.pick(CLAIMANT_FIRST_NAMES[pool]!);
  const lastName = d.pick(CLAIMANT_LAST_NAMES[pool]!);
  const createdDate = utcDateOf(plan.timeline.created);
  const injuryDate = shiftDate(createdDate, -d.int(14, 420));
  const age = d.int(21, 63);
  const dateOfBirth = shiftDate(injuryDate, -(age * 365 + d.int(0, 364)));
  const claimant = Object.assign(new Claimant(), {
    firstName,
    lastName,
    dateOfBirth,
    email: d.chance(0.55) ? `${asciiSlug(firstName)}.${asciiSlug(lastName)}${d.int(1, 99)}@example.com` : null,
    phone: d.chance(0.85) ? `(${city.areaCode}) 555-01${d.digits(2)}` : null,
    addressLine1: `${d.int(10, 9999)} ${d.pick(STREETS)}${d.chance(0.35) ? `, Apt ${d.int(1, 24)}${d.pick(['A', 'B', 'C', 'D'])}` : ''}`,
    city: city.city,
    region: city.region,
    postalCode: city.postalCode,
    // Within a few kilometres of the city centre.
    latitude: Number((city.latitude + d.jitter(CLAIMANT_SPREAD_DEGREES)).toFixed(5)),
    longitude: Number((city.longitude + d.jitter(CLAIMANT_SPREAD_DEGREES)).toFixed(5)),
    language,
    interpreterNeeded: interpreter,
    representative: attorney
      ? Object.assign(new ClaimantRepresentative(), {
          name: attorney.name,
          firm: attorney.firm,
          email: `${asciiSlug(attorney.name.split(' ')[0]!)[0]}${asciiSlug(attorney.name.split(' ').at(-1)!)}@${attorney.domain}`,
          phone: `(${city.areaCode}) 555-01${d.digits(2)}`,
        })
      : null,
  });
  return { claimant, age: age + Math.floor(calendarDaysBetween(injuryDate, utcDateOf(plan.timeline.examStart)) / 365), injuryDate };
}

function referralQuestions(d: Random, reasons: ImeReason[], bodyParts: string[]): { text: string; reason: ImeReason | null }[] {
  const part = bodyParts.join(' and ');
  const questions: { text: string; reason: ImeReason | null }[] = reasons.map((reason) => ({
    text: d.pick(QUESTION_TEMPLATES[reason]).replaceAll('{part}', part),
    reason,
  }));
  if (questions.length < 4 && d.chance(0.3)) questions.push({ text: d.pick(GENERAL_QUESTIONS), reason: null });
  return questions.slice(0, 4);
}

const REASON_ORDER = Object.values(ImeReason);

/** Builds one case with everything its status implies, and returns the facts of an examined one. */
function createCase(ctx: SeedContext, plan: PlannedCase, referenceNumber: string): ExaminedCaseFacts | null {
  const { em, d, now } = ctx;
  const rule = ctx.rules.byCode.get(plan.jurisdiction)!;
  const t = plan.timeline;
  const client = ctx.clients.get(plan.client.name)!;
  const lob = d.weighted(Object.keys(plan.client.linesOfBusiness) as LineOfBusiness[], (l) => plan.client.linesOfBusiness[l]!);

  // The parties: employer for workers' comp (the self-insured employer is the client), attorney for some.
  const drawnEmployer: EmployerSeed | null =
    lob === LineOfBusiness.WORKERS_COMP
      ? plan.client.occupations
        ? { name: plan.client.name, occupations: plan.client.occupations }
        : d.pick(EMPLOYERS[plan.jurisdiction] ?? [{ name: 'Unlisted employer', occupations: OTHER_OCCUPATIONS }])
      : lob === LineOfBusiness.DISABILITY && d.chance(0.5)
        ? d.pick(EMPLOYERS[plan.jurisdiction] ?? [])
        : null;
  const representedShare = lob === LineOfBusiness.AUTO || lob === LineOfBusiness.LIABILITY ? 0.7 : lob === LineOfBusiness.DISABILITY ? 0.15 : rule.panelRequired ? 0.6 : 0.4;
  const drawnAttorney = d.chance(representedShare) ? d.pick(ATTORNEYS[plan.jurisdiction] ?? []) : null;
  const employer =
    (lob === LineOfBusiness.WORKERS_COMP && !plan.client.occupations ? takeConflictParty(ctx.conflictParties.EMPLOYER, plan.jurisdiction, EMPLOYERS[plan.jurisdiction] ?? [], (e) => e.name) : null) ??
    drawnEmployer;
  const attorney = takeConflictParty(ctx.conflictParties.ATTORNEY, plan.jurisdiction, ATTORNEYS[plan.jurisdiction] ?? [], (a) => a.firm) ?? drawnAttorney;
  const language = d.weighted(Object.keys(CLAIMANT_LANGUAGES[plan.jurisdiction] ?? { en: 1 }), (l) => CLAIMANT_LANGUAGES[plan.jurisdiction]?.[l] ?? 1);
  let interpreter = language !== 'en' && d.chance(0.75);

  // Treating providers may never examine; now and then one of them is on the panel roster too.
  const treatingProviderNpis = Array.from({ length: d.int(1, 2) }, () => newNpi(d, ctx.usedNpis));
  if (d.chance(0.05)) {
    const licensedHere = ctx.examiners.examiners.filter((e) => e.credentials.some((c) => c.kind === 'MEDICAL_LICENSE' && c.jurisdiction === plan.jurisdiction));
    if (licensedHere.length > 0) treatingProviderNpis.push(d.pick(licensedHere).npi);
  }

  const selectionDate = utcDateOf(t.panelProposed ?? t.assigned);
  const base = {
    jurisdiction: plan.jurisdiction,
    requiredCredentialKinds: rule.requiredCredentialKinds,
    dates: [selectionDate, t.examDate],
    openAfterToday: !([CaseStatus.CLOSED, CaseStatus.CANCELLED] as CaseStatus[]).includes(plan.status),
    language,
    interpreter,
    treatingProviderNpis,
    // The cases subgraph's own keys (domain/party-keys.ts); the demo declares no conflict with a claimant.
    partyKeys: casePartyKeys(ctx.partyKeySecret, { clientId: client.id, representative: attorney, employerName: employer?.name ?? null }),
  };
  // Where too few examiners speak the claimant's language, an interpreter is arranged instead; only when even
  // that leaves no full panel is a short one drawn (the draw reports the shortfall).
  let choice: CaseChoice | null = null;
  for (const minimumGroups of rule.panelRequired ? [rule.panelSize, 1] : [1]) {
    choice = chooseScenario(ctx, plan, base, lob, minimumGroups);
    if (!choice && !interpreter && language !== 'en') {
      choice = chooseScenario(ctx, plan, { ...base, interpreter: true }, lob, minimumGroups);
      if (choice) interpreter = true;
    }
    if (choice) break;
  }
  if (!choice) throw new Error(`No demo examiner can serve a ${lob} case in ${plan.jurisdiction}: check the examiners demo roster`);
  const { claimant, age, injuryDate } = createClaimant(ctx, plan, choice.city, language, interpreter, attorney);
  const occupation = employer ? d.pick(employer.occupations) : d.pick(OTHER_OCCUPATIONS);

  // 1–3 of the scenario's reasons (dispute resolution is a California QME matter), in a stable order.
  const candidates = choice.scenario.reasons.filter((r) => r !== ImeReason.DISPUTE_RESOLUTION || rule.panelRequired);
  const reasonCount = Math.min(candidates.length, d.weighted([1, 2, 3], (n) => [20, 45, 35][n - 1]!));
  const reasons = d.shuffle(candidates).slice(0, reasonCount).sort((a, b) => REASON_ORDER.indexOf(a) - REASON_ORDER.indexOf(b));
  const bodyParts = [...choice.scenario.bodyParts];
  const priority = d.weighted([CasePriority.ROUTINE, CasePriority.EXPEDITED, CasePriority.URGENT], (p) => ({ ROUTINE: 80, EXPEDITED: 15, URGENT: 5 })[p]);
  const createdDate = utcDateOf(t.created);

  const kase = em.create(Case, {
    referenceNumber,
    client,
    claimNumber: `${plan.client.claimPrefix}-${String(t.created.getUTCFullYear()).slice(2)}${d.digits(6)}`,
    lineOfBusiness: lob,
    reasons,
    requiredSpecialtyCode: choice.specialty,
    jurisdiction: rule,
    bodyParts,
    injuryDate: lob === LineOfBusiness.DISABILITY ? shiftDate(injuryDate, -d.int(30, 300)) : injuryDate,
    claimant,
    // Where the claimant lives: a telehealth exam is shown to them in it (docs/rules.md, "Time zones").
    claimantTimeZone: defaultTimeZoneForRegion('US', choice.city.region),
    treatingProviderNpis,
    employerName: employer?.name ?? null,
    telehealthAllowed: choice.telehealthAllowed,
    dueDate: d.chance(0.9) ? shiftDate(createdDate, { ROUTINE: 60, EXPEDITED: 35, URGENT: 21 }[priority]) : null,
    priority,
    createdBy: 'Claims intake',
    createdAt: t.created,
  });
  em.persist(kase);
  const questions = referralQuestions(d, reasons, bodyParts).map((q, index) => {
    const question = em.create(ReferralQuestion, { case: kase, position: index + 1, text: q.text });
    em.persist(question);
    return { id: question.id, position: index + 1, text: q.text, reason: q.reason };
  });

  const reached = statusSteps(t, plan.outcome).filter((s) => s.at <= now);
  const has = (status: CaseStatus) => reached.some((s) => s.status === status);
  const cancelledAt = plan.outcome.kind === 'CANCELLED' ? plan.outcome.at : null;
  const happened = (at: Date) => at <= now && (cancelledAt === null || at < cancelledAt);
  const events: { at: Date; type: CaseEventType; actor: string; role: string; from?: CaseStatus; to?: CaseStatus; note?: string; data?: Record<string, unknown> }[] = [];
  events.push({ at: t.created, type: 'CREATED', actor: 'Claims intake', role: 'CLIENT', to: CaseStatus.REQUESTED, note: `Referral received from ${client.name}` });

  // Panel (CA): drawn with the recorded seed from the eligible pool, at most one examiner per group practice.
  let examiner: DemoExaminer | null = null;
  let panel: Panel | null = null;
  if (t.panelProposed && has(CaseStatus.PANEL_PROPOSED)) {
    const candidatesPool: PanelCandidate[] = choice.pool.map((e) => ({
      examinerId: e.id,
      practiceGroup: e.practiceGroupId,
      reputation: null,
      openCaseLoad: openCaseLoad(ctx, e.id, t.panelProposed!),
    }));
    const seed = `${referenceNumber}:${d.hex(16)}`;
    const draw = drawPanel({ candidates: candidatesPool, size: rule.panelSize, strategy: PanelStrategy.RANDOM, seed });
    const selecting = has(CaseStatus.ASSIGNED);
    // The panel's procedure and deadlines, as proposePanel fixes them (docs/rules.md, "Panels").
    const procedure = panelProcedure({ panelRequired: rule.panelRequired, claimantRepresented: attorney !== null });
    panel = em.create(Panel, {
      case: kase,
      strategy: PanelStrategy.RANDOM,
      seed,
      size: rule.panelSize,
      status: selecting ? PanelStatus.SELECTED : PanelStatus.OPEN,
      candidatePool: candidatesPool,
      poolSize: candidatesPool.length,
      procedure,
      ...panelDeadlines(procedure, utcDateOf(t.panelProposed), rule, ctx.rules.holidays.get(rule.code)),
      proposedAt: t.panelProposed,
      proposedBy: 'Panel administrator',
    });
    em.persist(panel);
    events.push({
      at: t.panelProposed,
      type: 'PANEL_PROPOSED',
      actor: 'Panel administrator',
      role: 'ADMIN',
      from: CaseStatus.REQUESTED,
      to: CaseStatus.PANEL_PROPOSED,
      note: `Panel of ${draw.members.length} drawn at random from ${candidatesPool.length} eligible examiners`,
      data: { panelId: panel.id, strategy: PanelStrategy.RANDOM, seed, poolSize: candidatesPool.length },
    });
    // Represented: each side strikes one and the remaining examiner serves (Labor Code §4062.2(c)). Unrepresented:
    // the claimant picks (§4062.1(c)).
    const order = d.shuffle(draw.members);
    const strikes = selecting && attorney ? [CaseParty.ATTORNEY, CaseParty.CLIENT].slice(0, order.length - 1) : [];
    const selectedId = selecting ? order[strikes.length]! : null;
    const span = t.assigned.getTime() - t.panelProposed.getTime();
    draw.members.forEach((examinerId, index) => {
      const strikeIndex = order.indexOf(examinerId);
      const struckBy = strikeIndex < strikes.length ? strikes[strikeIndex]! : null;
      const struckAt = struckBy ? new Date(t.panelProposed!.getTime() + (span * (strikeIndex + 1)) / (strikes.length + 1)) : null;
      em.persist(em.create(PanelMember, { panel: panel!, examinerId, position: index + 1, struckBy, struckAt, selected: examinerId === selectedId }));
      if (struckBy && struckAt) {
        events.push({ at: struckAt, type: 'PANEL_MEMBER_STRUCK', actor: 'Panel administrator', role: 'ADMIN', note: `Struck by the ${struckBy.toLowerCase()}`, data: { panelId: panel!.id, examinerId, struckBy } });
      }
    });
    if (selectedId) {
      panel.selectedBy = attorney ? null : CaseParty.CLAIMANT;
      panel.selectionBasis = attorney ? PanelSelectionBasis.REMAINING_AFTER_STRIKES : PanelSelectionBasis.CLAIMANT_CHOICE;
      panel.selectionReason = !attorney
        ? 'The unrepresented claimant chose (Labor Code §4062.1(c), 8 CCR §31.3)'
        : strikes.length > 0
          ? `the examiner left once ${strikes.map((p) => `the ${p.toLowerCase()}`).join(' and ')} struck (Labor Code §4062.2(c))`
          : 'the only examiner on the panel (Labor Code §4062.2(c))';
      panel.selectedAt = t.assigned;
      examiner = choice.pool.find((e) => e.id === selectedId)!;
    }
  } else if (has(CaseStatus.ASSIGNED)) {
    // Direct assignment, favouring examiners with fewer open cases.
    examiner = d.weighted(choice.pool, (e) => 1 / (1 + openCaseLoad(ctx, e.id, t.assigned)));
  }

  let appointment: Appointment | null = null;
  let format: ExamFormat = ExamFormat.IN_PERSON;
  if (examiner) {
    kase.examinerId = examiner.id;
    kase.assignedAt = t.assigned;
    const releasedAt = cancelledAt ?? (has(CaseStatus.CLOSED) ? t.closed : new Date(8.64e15));
    ctx.assignments.set(examiner.id, [...(ctx.assignments.get(examiner.id) ?? []), { from: t.assigned, to: releasedAt }]);
    events.push({
      at: t.assigned,
      type: 'ASSIGNED',
      actor: 'Panel administrator',
      role: 'ADMIN',
      from: panel ? CaseStatus.PANEL_PROPOSED : CaseStatus.REQUESTED,
      to: CaseStatus.ASSIGNED,
      note: panel ? `${examiner.displayName} selected from the panel` : `Assigned to ${examiner.displayName}`,
      data: { examinerId: examiner.id, ...(panel ? { panelId: panel.id } : {}) },
    });

    const nearest = examiner.offices.reduce((best, o) => (distanceKm(o, choice.city) < distanceKm(best, choice.city) ? o : best));
    const far = distanceKm(nearest, choice.city) > DEFAULT_MAX_TRAVEL_KM - CLAIMANT_SPREAD_KM;
    if (choice.telehealthAllowed && examiner.telehealth && (far || d.chance(0.5))) format = ExamFormat.TELEHEALTH;
    kase.examFormat = format;

    if (has(CaseStatus.SCHEDULED)) {
      // A real free slot of the examiner on the exam date (docs/rules.md, "Scheduling"): inside the demo hours in the
      // zone of the place, clear of the examiner's other bookings and their buffer.
      const zone = format === ExamFormat.TELEHEALTH ? (examiner.offices[0]?.timeZone ?? 'America/New_York') : nearest.timeZone;
      const slot = demoSlot(ctx, d, examiner.id, t.examDate, zone, plan.durationMinutes);
      t.examStart = slot.start;
      t.examEnd = slot.end;
      const status =
        plan.outcome.kind === 'CANCELLED'
          ? AppointmentStatus.CANCELLED
          : has(CaseStatus.NO_SHOW)
            ? AppointmentStatus.NO_SHOW
            : has(CaseStatus.EXAMINED)
              ? AppointmentStatus.COMPLETED
              : AppointmentStatus.SCHEDULED;
      appointment = em.create(Appointment, {
        case: kase,
        examinerId: examiner.id,
        scheduledAt: t.examStart,
        durationMinutes: plan.durationMinutes,
        endsAt: t.examEnd,
        blockedUntil: slot.blockedUntil,
        officeId: format === ExamFormat.TELEHEALTH ? null : nearest.id,
        // Shown in the office's zone, or the claimant's for telehealth; booked in the zone of the examiner's hours.
        timeZone: format === ExamFormat.TELEHEALTH ? kase.claimantTimeZone : zone,
        examinerTimeZone: zone,
        format,
        location: format === ExamFormat.TELEHEALTH ? 'Secure video visit; the link is sent with the notice' : nearest.address,
        status,
        noShowParty: status === AppointmentStatus.NO_SHOW && plan.outcome.kind === 'NO_SHOW' ? plan.outcome.party : null,
        cancelledAt: plan.outcome.kind === 'CANCELLED' ? plan.outcome.at : null,
        cancelledBy: plan.outcome.kind === 'CANCELLED' ? plan.outcome.party : null,
        createdAt: t.booked,
      });
      em.persist(appointment);
      events.push({
        at: t.booked,
        type: 'SCHEDULED',
        actor: 'Scheduling coordinator',
        role: 'ADMIN',
        from: CaseStatus.ASSIGNED,
        to: CaseStatus.SCHEDULED,
        note: `Exam booked for ${t.examDate}${format === ExamFormat.TELEHEALTH ? ' by video' : ''}`,
        data: { appointmentId: appointment.id, scheduledAt: t.examStart.toISOString() },
      });
    }

    // The notice, served at least the rule's lead time before the exam (right 1, "informed").
    if (appointment && happened(t.noticeServed)) {
      // The interpreter is confirmed before the notice is served (docs/rules.md, "Scheduling").
      if (interpreter) {
        appointment.interpreter = Object.assign(new InterpreterArrangement(), {
          language: kase.claimant.language !== 'en' ? kase.claimant.language : null,
          agency: 'Lingua Medical Interpreters',
          confirmed: true,
        });
      }
      const method = d.weighted([NoticeMethod.MAIL, NoticeMethod.EMAIL, NoticeMethod.PORTAL, NoticeMethod.HAND_DELIVERY], (m) => ({ MAIL: 50, EMAIL: 30, PORTAL: 15, HAND_DELIVERY: 5 })[m]);
      // The notice as the serveNotice command words it (docs/rules.md, claimant right 1).
      const facts: NoticeFacts = {
        jurisdictionName: rule.name,
        reasons,
        bodyParts,
        examFormat: format,
        examinerName: examiner.displayName,
        examScheduledAt: t.examStart,
        location: appointment.location ?? null,
        recordingAllowed: rule.recordingAllowed,
        observerAllowed: rule.observerAllowed,
        panelRequired: rule.panelRequired,
        reportRecipients: rule.reportRecipients,
        interpreterNeeded: interpreter,
        interpreter: appointment.interpreter,
        examTimeZone: appointment.timeZone ?? 'UTC',
      };
      const notice = em.create(Notice, {
        case: kase,
        appointment,
        servedAt: t.noticeServed,
        method,
        purpose: noticePurpose(facts),
        examinerName: examiner.displayName,
        examScheduledAt: t.examStart,
        examTimeZone: facts.examTimeZone,
        rightsStatement: rightsStatement(facts),
        servedBy: 'Scheduling coordinator',
      });
      em.persist(notice);
      events.push({ at: t.noticeServed, type: 'NOTICE_SERVED', actor: 'Scheduling coordinator', role: 'ADMIN', note: `Notice served by ${method.toLowerCase().replace('_', ' ')}`, data: { noticeId: notice.id, method } });
    }

    if (has(CaseStatus.NO_SHOW) && plan.outcome.kind === 'NO_SHOW') {
      const party = plan.outcome.party;
      events.push({ at: t.examEnd, type: 'NO_SHOW', actor: 'Scheduling coordinator', role: 'ADMIN', from: CaseStatus.SCHEDULED, to: CaseStatus.NO_SHOW, note: `The ${party.toLowerCase()} did not attend`, data: { appointmentId: appointment!.id, noShowParty: party } });
    }
    if (has(CaseStatus.EXAMINED)) {
      kase.examinedAt = t.examEnd;
      events.push({ at: t.examEnd, type: 'EXAMINED', actor: examiner.displayName, role: 'EXAMINER', from: CaseStatus.SCHEDULED, to: CaseStatus.EXAMINED, data: { appointmentId: appointment!.id } });
    }
    if (has(CaseStatus.REPORTED)) {
      events.push({ at: t.reported, type: 'REPORTED', actor: 'Reports service', role: 'SERVICE', from: CaseStatus.EXAMINED, to: CaseStatus.REPORTED, note: 'Final report issued' });
    }
    if (has(CaseStatus.CLOSED)) {
      kase.closedAt = t.closed;
      events.push({ at: t.closed, type: 'CLOSED', actor: 'Panel administrator', role: 'ADMIN', from: CaseStatus.REPORTED, to: CaseStatus.CLOSED, note: 'Report delivered to the client and the claimant' });
    }
  }

  if (plan.outcome.kind === 'CANCELLED' && has(CaseStatus.CANCELLED)) {
    const { party, late, at } = plan.outcome;
    kase.cancelledAt = at;
    kase.cancelledBy = party;
    kase.cancellationReason = d.pick(CANCELLATION_REASONS[party] ?? ['Cancelled']);
    // A cancellation within 48 hours of the exam is billable to the party at fault (not to the examiner).
    kase.cancellationChargeable = late && ([CaseParty.CLIENT, CaseParty.CLAIMANT, CaseParty.ATTORNEY] as CaseParty[]).includes(party);
    const from = statusSteps(t, plan.outcome).filter((s) => s.at < at).at(-1)!.status;
    const actor = party === CaseParty.CLIENT ? { actor: 'Claims intake', role: 'CLIENT' } : party === CaseParty.EXAMINER && examiner ? { actor: examiner.displayName, role: 'EXAMINER' } : { actor: 'Panel administrator', role: 'ADMIN' };
    events.push({ at, ...actor, type: 'CANCELLED', from, to: CaseStatus.CANCELLED, note: kase.cancellationReason, data: { cancelledBy: party, chargeable: kase.cancellationChargeable, late } });
  }

  kase.status = plan.status;
  events.sort((a, b) => a.at.getTime() - b.at.getTime());
  kase.updatedAt = events.at(-1)!.at;
  for (const e of events) {
    em.persist(em.create(CaseEvent, { case: kase, at: e.at, type: e.type, actor: e.actor, actorRole: e.role, fromStatus: e.from ?? null, toStatus: e.to ?? null, note: e.note ?? null, data: e.data ?? null }));
  }
  const count = (key: string, n = 1) => (ctx.counts[key] = (ctx.counts[key] ?? 0) + n);
  count(`cases${plan.status}`);
  count('caseEvents', events.length);
  if (panel) count('panels');
  if (appointment) count('appointments');

  if (!examiner || !(plan.status === CaseStatus.EXAMINED || plan.status === CaseStatus.REPORTED || plan.status === CaseStatus.CLOSED)) return null;
  return {
    id: kase.id,
    referenceNumber,
    status: plan.status,
    examinerId: examiner.id,
    examinerName: examiner.displayName,
    examinerOutOfState: !examiner.offices.some((o) => `US-${o.region}` === plan.jurisdiction),
    clientId: client.id,
    clientName: client.name,
    jurisdiction: plan.jurisdiction,
    specialtyCode: choice.specialty,
    lineOfBusiness: lob,
    reasons,
    questions,
    bodyParts,
    injuryDate: kase.injuryDate,
    mechanism: choice.scenario.mechanism,
    occupation,
    claimantAge: age,
    telehealth: format === ExamFormat.TELEHEALTH,
    interpreter,
    examStartedAt: t.examStart,
    examinedAt: t.examEnd,
    reportedAt: has(CaseStatus.REPORTED) ? t.reported : null,
    closedAt: has(CaseStatus.CLOSED) ? t.closed : null,
    reportDueDays: rule.reportDueDays,
    reportDueDaysOutOfState: rule.reportDueDaysOutOfState,
    reportDueUnit: rule.reportDueUnit,
    reportRecipients: rule.reportRecipients,
    reportSameDay: rule.reportSameDay,
    holidays: ctx.rules.holidays.get(plan.jurisdiction)!,
    hasRepresentative: attorney !== null,
    hasTreatingPhysician: treatingProviderNpis.length > 0,
    representativeFirm: attorney?.firm ?? null,
  };
}

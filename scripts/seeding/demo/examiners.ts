import { partyKey } from '@imepanel/runtime';
import { utcDateOf } from '@imepanel/runtime/calendar';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ref } from '@mikro-orm/core';
import { AVAILABILITY_DEFAULTS, defaultTimeZoneForRegion } from '../../../subgraphs/examiners/src/domain/availability';
import { reverificationDue } from '../../../subgraphs/examiners/src/domain/credential-expiry';
import {
  ConflictDeclaration,
  Credential,
  CredentialKind,
  Examiner,
  ExaminerSpecialty,
  ExaminerStatus,
  OfficeLocation,
  ExaminerAvailability,
  PracticeGroup,
  ReputationEvent,
  ReputationEventKind,
  Specialty,
  VerificationStatus,
} from '../../../subgraphs/examiners/src/entities';
import {
  CONFLICTS,
  CREDENTIALING_STAFF,
  FIRST_NAMES,
  LAST_NAMES,
  LICENSING_BOARDS,
  MALPRACTICE_CARRIERS,
  OFFICE_CITIES,
  PRACTICE_GROUPS,
  PSYCHOLOGY_BOARDS,
  REPUTATION_NOTES,
  RETIREMENT_REASONS,
  ROSTER,
  SPECIALTIES,
  SUSPENSION_REASONS,
  type NamePool,
  type RosterEntry,
} from './examiners-data';
import { asciiSlug, newNpi, shiftDate } from './shared';
import type { Random } from '../random';

/**
 * Demo data of the examiners subgraph: the specialty taxonomy, group practices, the examiner panel with
 * offices, specialties and credentials, declared conflicts and a year of reputation events. Reputation
 * snapshots are left to the reputation refresh, and the weights row comes from the migration.
 *
 * Everything is drawn from the `random` the caller passes, so the same seed gives the same panel; dates are
 * relative to `today`, so the demo always has licences expiring soon and audits from the past year.
 */

export interface DemoCredential {
  kind: CredentialKind;
  jurisdiction: string | null;
  verificationStatus: VerificationStatus;
  issuedOn: string | null;
  expiresOn: string | null;
}

export interface DemoOffice {
  id: string;
  /** The office's IANA zone: its hours (and the exams there) are local to it. */
  timeZone: string;
  /** One line, as printed on an appointment letter. */
  address: string;
  city: string;
  region: string;
  latitude: number;
  longitude: number;
}

/** What other subgraphs' demo seeders need to know about an examiner, as plain data. */
export interface DemoExaminer {
  id: string;
  displayName: string;
  npi: string;
  status: ExaminerStatus;
  /** First day the examiner could take cases (approval); null while pending review. */
  activeFrom: string | null;
  /** Last day they could (suspension or retirement); null while active. */
  activeUntil: string | null;
  practiceGroupId: string | null;
  specialtyCodes: string[];
  /** Jurisdictions the examiner holds a medical licence in, whatever its standing. */
  licenceJurisdictions: string[];
  credentials: DemoCredential[];
  offices: DemoOffice[];
  languages: string[];
  telehealth: boolean;
}

export interface DemoConflict {
  examinerId: string;
  partyType: 'CLIENT' | 'EMPLOYER' | 'ATTORNEY';
  /** The party's keyed hash, as stored on the declaration and as the cases subgraph computes it for a case. */
  partyKey: string;
  startsOn: string | null;
  endsOn: string | null;
}

export interface ExaminersDemo {
  specialties: { code: string; name: string }[];
  practiceGroups: { id: string; name: string }[];
  examiners: DemoExaminer[];
  conflicts: DemoConflict[];
  counts: Record<string, number>;
}

export interface ExaminersDemoOptions {
  /** The HMAC key of party keys; must be the one the running subgraph uses, or the conflicts never match. */
  partyKeySecret: string;
  /** The demo clients' ids by name: a conflict with a client is keyed by the client's id (docs/rules.md). */
  clientIds: ReadonlyMap<string, string>;
  today: Date;
}

// ---------------------------------------------------------------------------------------------------------
// Random choices and dates


const MS_PER_DAY = 86_400_000;

/** An instant during US office hours (13:00–22:00 UTC) on `date`. */
function officeHoursOn(date: string, d: Random): Date {
  return new Date(Date.parse(`${date}T00:00:00Z`) + (13 + d.int(0, 8)) * 3_600_000 + d.int(0, 59) * 60_000);
}

const earlier = (a: string, b: string) => (a < b ? a : b);
const later = (a: string, b: string) => (a > b ? a : b);

// ---------------------------------------------------------------------------------------------------------
// The seeder

interface SeedContext {
  em: EntityManager;
  d: Random;
  today: string;
  now: Date;
}

/** Creates the demo panel in the caller's transaction and describes it as plain data for the other seeders. */
export async function seedExaminersDemo(em: EntityManager, random: Random, options: ExaminersDemoOptions): Promise<ExaminersDemo> {
  const ctx: SeedContext = { em, d: random, today: utcDateOf(options.today), now: options.today };
  const specialties = createSpecialties(ctx);
  const groups = createPracticeGroups(ctx);

  const usedNames = new Set<string>();
  const usedNpis = new Set<string>();
  const examiners: DemoExaminer[] = [];
  const counts: Record<string, number> = { credentials: 0, reputationEvents: 0 };
  for (const entry of ROSTER) {
    const created = createExaminer(ctx, entry, { specialties, groups, usedNames, usedNpis });
    counts.credentials! += created.credentialCount;
    counts.reputationEvents! += createReputationEvents(ctx, created.entity, created.demo, entry);
    examiners.push(created.demo);
  }
  const conflicts = createConflicts(ctx, examiners, options);
  await em.flush();

  for (const examiner of examiners) counts[`examiners${examiner.status}`] = (counts[`examiners${examiner.status}`] ?? 0) + 1;
  return {
    specialties: [...specialties.values()].map((s) => ({ code: s.code, name: s.name })),
    practiceGroups: [...groups.values()].map((g) => ({ id: g.entity.id, name: g.entity.name })),
    examiners,
    conflicts,
    counts: { specialties: specialties.size, practiceGroups: groups.size, examiners: examiners.length, conflicts: conflicts.length, ...counts },
  };
}

function createSpecialties({ em, d, today }: SeedContext): Map<string, Specialty> {
  const byCode = new Map<string, Specialty>();
  const createdAt = officeHoursOn(shiftDate(today, -d.int(1100, 1300)), d);
  // Parents come first in SPECIALTIES, so a child's parent already exists.
  for (const seed of SPECIALTIES) {
    const specialty = em.create(Specialty, {
      code: seed.code,
      name: seed.name,
      description: seed.description,
      parent: seed.parent ? byCode.get(seed.parent)! : null,
      createdAt,
      updatedAt: createdAt,
    });
    em.persist(specialty);
    byCode.set(seed.code, specialty);
  }
  return byCode;
}

interface GroupRecord {
  entity: PracticeGroup;
  domain: string;
}

function createPracticeGroups({ em, d, today }: SeedContext): Map<string, GroupRecord> {
  const byKey = new Map<string, GroupRecord>();
  for (const seed of PRACTICE_GROUPS) {
    const createdAt = officeHoursOn(shiftDate(today, -d.int(900, 1400)), d);
    const entity = em.create(PracticeGroup, { name: seed.name, website: seed.website, createdAt, updatedAt: createdAt });
    em.persist(entity);
    byKey.set(seed.key, { entity, domain: seed.domain });
  }
  return byKey;
}

interface Lifecycle {
  status: ExaminerStatus;
  createdAt: Date;
  activeFrom: string | null;
  activeUntil: string | null;
  statusChangedAt: Date | null;
  statusReason: string | null;
}

/** When the examiner joined, was approved and (for suspended or retired ones) left the active panel. */
function lifecycleOf({ d, today }: SeedContext, entry: RosterEntry): Lifecycle {
  const status = entry.status ?? ExaminerStatus.ACTIVE;
  if (status === ExaminerStatus.PENDING_REVIEW) {
    return { status, createdAt: officeHoursOn(shiftDate(today, -d.int(4, 40)), d), activeFrom: null, activeUntil: null, statusChangedAt: null, statusReason: null };
  }
  const activeFrom = shiftDate(today, entry.recentlyApproved ? -d.int(45, 150) : -d.int(480, 2400));
  const createdAt = officeHoursOn(shiftDate(activeFrom, -d.int(14, 45)), d);
  if (status === ExaminerStatus.ACTIVE) {
    return { status, createdAt, activeFrom, activeUntil: null, statusChangedAt: officeHoursOn(activeFrom, d), statusReason: null };
  }
  const leftOn = shiftDate(today, status === ExaminerStatus.SUSPENDED ? -d.int(12, 90) : -d.int(40, 220));
  const statusReason = status === ExaminerStatus.SUSPENDED ? SUSPENSION_REASONS[entry.suspension ?? 'COMPLAINTS'] : d.pick(RETIREMENT_REASONS);
  return { status, createdAt, activeFrom, activeUntil: leftOn, statusChangedAt: officeHoursOn(leftOn, d), statusReason };
}

function pickName(d: Random, pool: NamePool, used: Set<string>): { firstName: string; lastName: string } {
  for (;;) {
    const firstName = d.pick(FIRST_NAMES[pool]);
    const lastName = d.pick(LAST_NAMES[pool]);
    if (!used.has(`${firstName} ${lastName}`)) {
      used.add(`${firstName} ${lastName}`);
      return { firstName, lastName };
    }
  }
}

function createExaminer(
  ctx: SeedContext,
  entry: RosterEntry,
  refs: { specialties: Map<string, Specialty>; groups: Map<string, GroupRecord>; usedNames: Set<string>; usedNpis: Set<string> },
): { entity: Examiner; demo: DemoExaminer; credentialCount: number } {
  const { em, d } = ctx;
  const home = OFFICE_CITIES[entry.offices[0]!]!;
  const primary = entry.specialties[0]!;
  const isPsychologist = primary === 'PSYCHOLOGY';
  // Examiners offering a language draw their name from it half the time; names do not define languages.
  const pool: NamePool = entry.languages?.length && d.chance(0.5) ? (entry.languages[0] as NamePool) : 'general';
  const { firstName, lastName } = pickName(d, pool, refs.usedNames);
  const suffix = isPsychologist ? d.pick(['PhD', 'PsyD']) : d.chance(0.2) ? 'DO' : 'MD';
  const group = entry.group ? refs.groups.get(entry.group)! : null;
  const life = lifecycleOf(ctx, entry);
  const yearsInPractice = d.int(9, 34);
  const specialty = refs.specialties.get(primary)!;
  const qme = home.region === 'CA' && !entry.noQme;

  const examiner = em.create(Examiner, {
    npi: newNpi(d, refs.usedNpis),
    firstName,
    lastName,
    suffix,
    email: group
      ? `${asciiSlug(firstName)}.${asciiSlug(lastName)}@${group.domain}`
      : `${asciiSlug(firstName)[0]}${asciiSlug(lastName)}@${asciiSlug(lastName)}-ime.example`,
    phone: `(${home.areaCode}) 555-01${d.digits(2)}`,
    status: life.status,
    statusReason: life.statusReason,
    statusChangedAt: life.statusChangedAt,
    statusChangedBy: life.statusChangedAt ? 'Panel administrator' : null,
    practiceGroup: group?.entity ?? null,
    languages: ['en', ...(entry.languages ?? [])],
    telehealth: entry.telehealth ?? false,
    yearsInPractice,
    bio:
      `${specialty.name}, ${yearsInPractice} years in practice in ${home.city}, ${home.region}. ` +
      (qme ? 'Qualified Medical Evaluator with the California DWC. ' : '') +
      (entry.telehealth ? 'Offers telehealth evaluations where the case allows them.' : 'Examines in person.'),
    createdAt: life.createdAt,
    updatedAt: life.statusChangedAt ?? life.createdAt,
  });
  em.persist(examiner);

  const offices = entry.offices.map((key, index) => createOffice(ctx, examiner, key, index === 0));
  em.persist(em.create(ExaminerAvailability, demoAvailability(examiner, offices)));
  entry.specialties.forEach((code, index) => {
    em.persist(
      em.create(ExaminerSpecialty, {
        examiner,
        specialty: refs.specialties.get(code)!,
        primary: index === 0,
        boardCertified: d.chance(isPsychologist ? 0.4 : index === 0 ? 0.9 : 0.6),
      }),
    );
  });
  const licenceJurisdictions = [`US-${home.region}`, ...(entry.alsoLicensed ?? [])];
  const credentials = createCredentials(ctx, examiner, entry, life, { licenceJurisdictions, yearsInPractice, qme });

  const demo: DemoExaminer = {
    id: examiner.id,
    displayName: examiner.displayName,
    npi: examiner.npi,
    status: life.status,
    activeFrom: life.activeFrom,
    activeUntil: life.activeUntil,
    practiceGroupId: group?.entity.id ?? null,
    specialtyCodes: [...entry.specialties],
    licenceJurisdictions,
    credentials,
    offices,
    languages: examiner.languages,
    telehealth: examiner.telehealth,
  };
  return { entity: examiner, demo, credentialCount: credentials.length };
}

/** The demo working week (docs/rules.md, "Scheduling"): every examiner, Monday to Friday, at each office and for telehealth. */
export const DEMO_HOURS = { start: '08:00', end: '17:00', weekdays: [1, 2, 3, 4, 5] } as const;

function demoAvailability(examiner: Examiner, offices: DemoOffice[]) {
  const places = [...offices.map((o) => ({ officeId: o.id as string | null, timeZone: o.timeZone })), ...(examiner.telehealth ? [{ officeId: null, timeZone: offices[0]?.timeZone ?? 'America/New_York' }] : [])];
  return {
    examiner,
    telehealthTimeZone: offices[0]?.timeZone ?? 'America/New_York',
    weeklyHours: places.flatMap((p) => DEMO_HOURS.weekdays.map((weekday) => ({ weekday, start: DEMO_HOURS.start, end: DEMO_HOURS.end, ...p }))),
    exceptions: [],
    examLengths: [],
    bufferMinutes: AVAILABILITY_DEFAULTS.bufferMinutes,
  };
}

function createOffice({ em, d }: SeedContext, examiner: Examiner, cityKey: string, primary: boolean): DemoOffice {
  const city = OFFICE_CITIES[cityKey]!;
  const addressLine1 = `${d.int(100, 2999)} ${d.pick(city.streets)}`;
  const addressLine2 = `Suite ${d.int(1, 12)}${d.digits(2)}`;
  // Within about a kilometre of the city centre: offices of one city do not all sit on the same point.
  const latitude = Number((city.latitude + d.jitter(0.01)).toFixed(5));
  const longitude = Number((city.longitude + d.jitter(0.01)).toFixed(5));
  const timeZone = defaultTimeZoneForRegion('US', city.region);
  const office = em.create(OfficeLocation, {
      examiner,
      label: primary ? 'Main office' : 'Satellite office',
      addressLine1,
      addressLine2,
      city: city.city,
      region: city.region,
      postalCode: city.postalCode,
      latitude,
      longitude,
      primary,
      timeZone,
    });
  em.persist(office);
  return { id: office.id, timeZone, address: `${addressLine1}, ${addressLine2}, ${city.city}, ${city.region} ${city.postalCode}`, city: city.city, region: city.region, latitude, longitude };
}

interface CredentialSpec {
  kind: CredentialKind;
  issuer: string;
  number: string;
  jurisdiction: string | null;
  issuedOn: string | null;
  expiresOn: string | null;
  verified: boolean;
  /** A previous term kept for the record: verified once, no longer re-verified. */
  superseded?: boolean;
}

/**
 * Licences in every state practised (mostly verified; some expiring within 60 days; a few lapsed), a QME
 * certification for California examiners (with the previous two-year term when the current one is recent,
 * so older cases were covered), board certifications, malpractice insurance and, for some, an IME
 * certification. The lapses match the suspension reasons.
 */
function createCredentials(
  ctx: SeedContext,
  examiner: Examiner,
  entry: RosterEntry,
  life: Lifecycle,
  facts: { licenceJurisdictions: string[]; yearsInPractice: number; qme: boolean },
): DemoCredential[] {
  const { d, today } = ctx;
  const pending = life.status === ExaminerStatus.PENDING_REVIEW;
  const primary = entry.specialties[0]!;
  const firstLicensedYear = Number(today.slice(0, 4)) - facts.yearsInPractice;
  const specs: CredentialSpec[] = [];
  const someDay = (year: number) => `${year}-${String(d.int(1, 12)).padStart(2, '0')}-${String(d.int(1, 28)).padStart(2, '0')}`;

  facts.licenceJurisdictions.forEach((jurisdiction, index) => {
    const home = index === 0;
    let expiresOn = shiftDate(today, d.int(75, 700));
    let verified = !pending && !entry.unverifiedLicences?.includes(jurisdiction);
    if (home && entry.suspension === 'LICENCE_LAPSED') {
      expiresOn = shiftDate(life.activeUntil!, -d.int(3, 10));
    } else if (entry.lapsedLicences?.includes(jurisdiction)) {
      expiresOn = shiftDate(today, -d.int(10, 80));
    } else if (d.chance(0.12)) {
      expiresOn = shiftDate(today, d.int(5, 58)); // on the administrators' 60-day watch list
    }
    if (pending && d.chance(0.3)) verified = true; // verification under way: the licence is done, the rest is not
    const board = LICENSING_BOARDS[jurisdiction]!;
    specs.push({
      kind: CredentialKind.MEDICAL_LICENSE,
      issuer: primary === 'PSYCHOLOGY' ? PSYCHOLOGY_BOARDS[jurisdiction]! : board.issuer,
      number: board.number((count) => d.digits(count), primary),
      jurisdiction,
      issuedOn: someDay(home ? firstLicensedYear : firstLicensedYear + d.int(1, Math.max(1, facts.yearsInPractice - 3))),
      expiresOn,
      verified,
    });
  });

  if (facts.qme) {
    // QME certifications run two years (8 CCR §51).
    const number = d.digits(6);
    const expiresOn = shiftDate(today, d.int(20, 700));
    const issuedOn = shiftDate(expiresOn, -730);
    specs.push({ kind: CredentialKind.QME_CERTIFICATION, issuer: "California Division of Workers' Compensation, Medical Unit", number, jurisdiction: 'US-CA', issuedOn, expiresOn, verified: !pending });
    if (issuedOn > shiftDate(today, -430) && !pending) {
      specs.push({
        kind: CredentialKind.QME_CERTIFICATION,
        issuer: "California Division of Workers' Compensation, Medical Unit",
        number,
        jurisdiction: 'US-CA',
        issuedOn: shiftDate(issuedOn, -730),
        expiresOn: shiftDate(issuedOn, -1),
        verified: true,
        superseded: true,
      });
    }
  }

  for (const code of entry.specialties.slice(0, d.chance(0.6) ? 2 : 1)) {
    const seed = SPECIALTIES.find((s) => s.code === code)!;
    const certifiedYear = firstLicensedYear + d.int(2, 5);
    const lifetime = certifiedYear < 1990 || d.chance(0.25);
    specs.push({
      kind: CredentialKind.BOARD_CERTIFICATION,
      issuer: seed.board,
      number: d.digits(5),
      jurisdiction: null,
      issuedOn: someDay(certifiedYear),
      expiresOn: lifetime ? null : shiftDate(today, d.int(200, 3000)),
      verified: !pending,
    });
  }

  // Malpractice policies run a year; the lapsed one is why its examiner is suspended.
  const policyEnds = entry.suspension === 'INSURANCE_LAPSED' ? shiftDate(life.activeUntil!, -d.int(1, 5)) : shiftDate(today, d.int(10, 360));
  specs.push({
    kind: CredentialKind.MALPRACTICE_INSURANCE,
    issuer: d.pick(MALPRACTICE_CARRIERS),
    number: `PL-${d.digits(7)}`,
    jurisdiction: null,
    issuedOn: shiftDate(policyEnds, -365),
    expiresOn: policyEnds,
    verified: !pending,
  });

  if (d.chance(0.4)) {
    const expiresOn = shiftDate(today, d.int(60, 1700));
    specs.push({
      kind: CredentialKind.IME_CERTIFICATION,
      issuer: 'American Board of Independent Medical Examiners',
      number: `CIME-${d.digits(5)}`,
      jurisdiction: null,
      issuedOn: shiftDate(expiresOn, -1826),
      expiresOn,
      verified: !pending && d.chance(0.9),
    });
  }

  // A previous term is recorded as superseded by the current term of the same kind and number (docs/rules.md,
  // "Credential terms"), which comes before it in the list.
  const persisted: Credential[] = [];
  return specs.map((spec) => {
    const renewal = spec.superseded ? persisted.find((c) => c.kind === spec.kind && c.number === spec.number && c.supersededBy === null) : undefined;
    const { demo, credential } = persistCredential(ctx, examiner, life, spec, renewal);
    persisted.push(credential);
    return demo;
  });
}

function persistCredential(
  { em, d, today }: SeedContext,
  examiner: Examiner,
  life: Lifecycle,
  spec: CredentialSpec,
  renewal?: Credential,
): { demo: DemoCredential; credential: Credential } {
  let verifiedOn: string | null = null;
  if (spec.verified) {
    // Verified within the past year, after issue and before expiry, and not before the examiner applied.
    const lower = later(later(spec.issuedOn ?? '1900-01-01', shiftDate(today, -330)), utcDateOf(life.createdAt));
    const upper = earlier(spec.expiresOn ? shiftDate(spec.expiresOn, -1) : today, shiftDate(today, -2));
    verifiedOn = upper <= lower ? upper : shiftDate(lower, d.int(0, Math.round((Date.parse(upper) - Date.parse(lower)) / MS_PER_DAY)));
  }
  const status = spec.verified ? VerificationStatus.VERIFIED : VerificationStatus.UNVERIFIED;
  const recordedAt = officeHoursOn(verifiedOn ? shiftDate(verifiedOn, -d.int(1, 10)) : utcDateOf(life.createdAt), d);
  const verifiedAt = verifiedOn ? officeHoursOn(verifiedOn, d) : null;
  const credential = em.create(Credential, {
    examiner,
    supersededBy: renewal ? ref(renewal) : null,
    supersededAt: renewal ? renewal.createdAt : null,
    kind: spec.kind,
    issuer: spec.issuer,
    number: spec.number,
    jurisdiction: spec.jurisdiction,
    issuedOn: spec.issuedOn,
    expiresOn: spec.expiresOn,
    verificationStatus: status,
    verifiedAt,
    verifiedBy: verifiedOn ? d.pick(CREDENTIALING_STAFF) : null,
    verificationNote: spec.superseded
      ? 'Previous term, superseded by the renewed certification'
      : verifiedOn
        ? "Primary source verified with the issuer's public lookup"
        : 'Awaiting primary-source verification',
    nextVerificationDue: spec.superseded ? null : reverificationDue(verifiedOn, spec.kind, today, spec.expiresOn),
    createdAt: recordedAt,
    updatedAt: verifiedAt && verifiedAt > recordedAt ? verifiedAt : recordedAt,
  });
  em.persist(credential);
  return { demo: { kind: spec.kind, jurisdiction: spec.jurisdiction, verificationStatus: status, issuedOn: spec.issuedOn, expiresOn: spec.expiresOn }, credential };
}

/**
 * A year of curated reputation inputs while the examiner was on the active panel: QA audits (60–100),
 * client and claimant ratings (1–5), the odd complaint and commendation. The examiner suspended for
 * complaints has three of them in the six months before the suspension, and weaker audits.
 */
function createReputationEvents({ em, d, today, now }: SeedContext, examiner: Examiner, demo: DemoExaminer, entry: RosterEntry): number {
  if (!demo.activeFrom) return 0;
  const from = later(demo.activeFrom, shiftDate(today, -365));
  const until = demo.activeUntil ?? shiftDate(today, -1);
  const span = Math.round((Date.parse(until) - Date.parse(from)) / MS_PER_DAY);
  if (span < 7) return 0;
  const scale = span / 365;
  const dayInWindow = (start = from, days = span) => shiftDate(start, d.int(0, days));
  const troubled = entry.suspension === 'COMPLAINTS';
  const quality = troubled ? d.int(62, 72) : d.int(76, 97);
  const events: { kind: ReputationEventKind; score: number | null; note: string; on: string; by: string }[] = [];

  for (let i = Math.max(1, Math.round(d.int(2, 4) * scale)); i > 0; i -= 1) {
    const score = Math.min(100, Math.max(60, quality + d.int(-8, 6)));
    events.push({ kind: ReputationEventKind.QA_AUDIT, score, note: d.pick(REPUTATION_NOTES.QA_AUDIT), on: dayInWindow(), by: 'QA audit team' });
  }
  for (let i = Math.round(d.int(0, 4) * scale); i > 0; i -= 1) {
    const rating = quality >= 88 ? d.pick([4, 5, 5, 5]) : d.pick([2, 3, 4, 4, 5]);
    const note = d.pick(rating >= 4 ? REPUTATION_NOTES.CLIENT_FEEDBACK_GOOD : REPUTATION_NOTES.CLIENT_FEEDBACK_POOR);
    events.push({ kind: ReputationEventKind.CLIENT_FEEDBACK, score: rating, note, on: dayInWindow(), by: 'Client services' });
  }
  for (let i = Math.round(d.int(0, 3) * scale); i > 0; i -= 1) {
    const rating = troubled ? d.pick([1, 2, 2, 3]) : d.pick([2, 3, 4, 4, 5, 5]);
    const note = d.pick(rating >= 4 ? REPUTATION_NOTES.CLAIMANT_FEEDBACK_GOOD : REPUTATION_NOTES.CLAIMANT_FEEDBACK_POOR);
    events.push({ kind: ReputationEventKind.CLAIMANT_FEEDBACK, score: rating, note, on: dayInWindow(), by: 'Claimant feedback survey' });
  }
  const complaints = troubled ? 3 : d.chance(0.15) ? 1 : 0;
  for (let i = 0; i < complaints; i += 1) {
    const on = troubled ? shiftDate(until, -d.int(5, 180)) : dayInWindow();
    events.push({ kind: ReputationEventKind.COMPLAINT, score: null, note: d.pick(REPUTATION_NOTES.COMPLAINT), on: later(on, from), by: 'Panel administrator' });
  }
  if (!troubled && d.chance(0.12)) {
    events.push({ kind: ReputationEventKind.COMMENDATION, score: null, note: d.pick(REPUTATION_NOTES.COMMENDATION), on: dayInWindow(), by: 'Panel administrator' });
  }

  for (const event of events) {
    const recordedAt = officeHoursOn(shiftDate(event.on, d.int(0, 3)), d);
    em.persist(
      em.create(ReputationEvent, {
        examiner,
        kind: event.kind,
        score: event.score,
        note: event.note,
        occurredOn: event.on,
        recordedBy: event.by,
        createdAt: recordedAt > now ? now : recordedAt,
      }),
    );
  }
  return events.length;
}

/**
 * The declared conflicts of CONFLICTS, each by an active examiner licensed where the party operates. The party
 * is stored as its keyed hash (and an organisation label), exactly as the declareConflict mutation stores it:
 * keyed by the identity the cases subgraph keys a case's party by (docs/rules.md, "Conflicts and party keys"),
 * a client by its id, or the declaration would match no case.
 */
function createConflicts({ em, d, now }: SeedContext, examiners: DemoExaminer[], options: ExaminersDemoOptions): DemoConflict[] {
  const taken = new Set<string>();
  const declared: DemoConflict[] = [];
  for (const seed of CONFLICTS) {
    const candidates = examiners.filter(
      (e) => e.status === ExaminerStatus.ACTIVE && e.licenceJurisdictions.includes(seed.jurisdiction) && !taken.has(e.id),
    );
    if (candidates.length === 0) continue;
    const examiner = d.pick(candidates);
    taken.add(examiner.id);
    const declaredOn = later(examiner.activeFrom!, seed.startsOn ?? examiner.activeFrom!);
    const createdAt = officeHoursOn(declaredOn, d);
    const key = partyKey(options.partyKeySecret, seed.partyType, seed.partyType === 'CLIENT' ? clientIdOf(options.clientIds, seed.identity) : seed.identity);
    em.persist(
      em.create(ConflictDeclaration, {
        examiner: em.getReference(Examiner, examiner.id),
        partyType: seed.partyType,
        partyKey: key,
        partyLabel: seed.label,
        reason: seed.reason,
        startsOn: seed.startsOn,
        endsOn: seed.endsOn,
        createdAt: createdAt > now ? now : createdAt,
      }),
    );
    declared.push({ examinerId: examiner.id, partyType: seed.partyType, partyKey: key, startsOn: seed.startsOn, endsOn: seed.endsOn });
  }
  return declared;
}

function clientIdOf(clientIds: ReadonlyMap<string, string>, name: string): string {
  const id = clientIds.get(name);
  if (!id) throw new Error(`The demo conflict names the client '${name}', which is not a demo client`);
  return id;
}

import { randomUUID } from 'node:crypto';
import { npiCheckDigit } from '@imepanel/runtime';
import { defaultTimeZoneForRegion } from '../../../subgraphs/examiners/src/domain/availability';
import { DEFAULT_REPUTATION_WEIGHTS, REPUTATION_COMPONENTS } from '../../../subgraphs/examiners/src/domain/reputation';
import { FIRST_NAMES, LAST_NAMES, LICENSING_BOARDS, MALPRACTICE_CARRIERS, OFFICE_CITIES, SPECIALTIES } from '../demo/examiners-data';
import { allDrained, json, type CopySinks } from './copy-sink';
import { BULK_BUFFER_MINUTES, BULK_HOURS, BULK_MAX_EXAMS_PER_DAY, BULK_SLOT_MINUTES } from './exam-calendar';
import { Random, Weighted } from '../random';
import { JURISDICTIONS, SPECIALTY_SHARES } from './reference';

/** The columns each examiners table is loaded with, in the order the generator writes them. */
export const EXAMINER_TABLES = {
  'examiners.specialty': ['id', 'code', 'name', 'description', 'parent_id', 'active', 'created_at', 'updated_at', 'version'],
  'examiners.practice_group': ['id', 'name', 'website', 'created_at', 'updated_at', 'version'],
  'examiners.examiner': ['id', 'npi', 'first_name', 'last_name', 'suffix', 'email', 'phone', 'status', 'status_reason', 'status_changed_at', 'status_changed_by', 'practice_group_id', 'languages', 'telehealth', 'years_in_practice', 'bio', 'reputation_score', 'created_at', 'updated_at', 'version'],
  'examiners.office_location': ['id', 'examiner_id', 'label', 'address_line1', 'address_line2', 'city', 'region', 'postal_code', 'country', 'latitude', 'longitude', 'primary', 'time_zone'],
  'examiners.examiner_specialty': ['id', 'examiner_id', 'specialty_id', 'board_certified', 'primary'],
  'examiners.credential': ['id', 'examiner_id', 'kind', 'issuer', 'number', 'jurisdiction', 'issued_on', 'expires_on', 'verification_status', 'verified_at', 'verified_by', 'verification_note', 'next_verification_due', 'created_at', 'updated_at', 'version'],
  'examiners.reputation_snapshot': ['id', 'examiner_id', 'taken_at', 'score', 'components', 'inputs'],
  'examiners.examiner_availability': ['id', 'examiner_id', 'telehealth_time_zone', 'buffer_minutes', 'max_exams_per_day', 'slot_minutes', 'record_reviews_per_week', 'weekly_hours', 'exceptions', 'exam_lengths', 'created_at', 'updated_at', 'version'],
} as const;

/** What case generation needs to know about an examiner. */
export interface PanelExaminer {
  id: string;
  /** Jurisdictions licensed in. */
  jurisdictions: string[];
  specialties: string[];
  /** How long this examiner takes over reports, relative to the median examiner. */
  slowness: number;
  /** How much work this examiner takes, relative to others (some are busier). */
  load: number;
  city: string;
  practiceGroupId: string | null;
  /** The main office, where the bulk exams are held, and its IANA zone (the zone of its hours). */
  officeId: string;
  timeZone: string;
}

/** The ACTIVE examiners able to take a case, by `${specialty}|${jurisdiction}`, with their relative load. */
export class ExaminerPool {
  private readonly buckets = new Map<string, Weighted<PanelExaminer>>();
  private readonly bySpecialty = new Map<string, Weighted<PanelExaminer>>();
  private readonly any: Weighted<PanelExaminer>;

  constructor(readonly examiners: PanelExaminer[]) {
    const group = (key: (e: PanelExaminer) => string[]) => {
      const map = new Map<string, PanelExaminer[]>();
      for (const e of examiners) {
        for (const k of key(e)) {
          const list = map.get(k);
          if (list) list.push(e);
          else map.set(k, [e]);
        }
      }
      return map;
    };
    for (const [k, list] of group((e) => e.specialties.flatMap((s) => e.jurisdictions.map((j) => `${s}|${j}`)))) {
      this.buckets.set(k, new Weighted(list.map((e) => [e, e.load])));
    }
    for (const [k, list] of group((e) => e.specialties)) this.bySpecialty.set(k, new Weighted(list.map((e) => [e, e.load])));
    this.any = new Weighted(examiners.map((e) => [e, e.load]));
  }

  /** An examiner for a case: licensed in its jurisdiction and holding its specialty when there is one. */
  draw(random: Random, specialty: string, jurisdiction: string): PanelExaminer {
    return (this.buckets.get(`${specialty}|${jurisdiction}`) ?? this.bySpecialty.get(specialty) ?? this.any).pick(random);
  }

  /** Candidates for a panel of `size` from distinct practice groups (best effort). */
  panel(random: Random, specialty: string, jurisdiction: string, selected: PanelExaminer, size: number): PanelExaminer[] {
    const members = [selected];
    for (let attempt = 0; members.length < size && attempt < size * 10; attempt++) {
      const candidate = this.draw(random, specialty, jurisdiction);
      if (members.some((m) => m.id === candidate.id || (m.practiceGroupId && m.practiceGroupId === candidate.practiceGroupId))) continue;
      members.push(candidate);
    }
    return members;
  }
}

const DAY = 86_400_000;
const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const CITIES_BY_STATE = new Map<string, (typeof OFFICE_CITIES)[string][]>();
for (const city of Object.values(OFFICE_CITIES)) CITIES_BY_STATE.set(city.region, [...(CITIES_BY_STATE.get(city.region) ?? []), city]);
/** The office cities of a jurisdiction ('US-NY': those in region NY). */
export const citiesOf = (jurisdiction: string) => CITIES_BY_STATE.get(jurisdiction.replace(/^US-/, ''))!;

/** Writes the specialty taxonomy and answers each code's id. */
export function writeSpecialties(random: Random, sinks: CopySinks, now: Date): Map<string, string> {
  const ids = new Map<string, string>();
  for (const s of SPECIALTIES) ids.set(s.code, random.uuid());
  for (const s of SPECIALTIES) {
    sinks['examiners.specialty'].write([ids.get(s.code)!, s.code, s.name, s.description, s.parent ? ids.get(s.parent)! : null, true, now, now, 1]);
  }
  return ids;
}

/**
 * Writes `count` examiners with their offices, specialties, credentials and a reputation snapshot, and answers
 * the ACTIVE ones for case assignment. About one in eight practises alone; the rest belong to groups of
 * around eight.
 */
export async function writeExaminers(
  random: Random,
  sinks: CopySinks,
  count: number,
  now: Date,
  specialtyIds: Map<string, string>,
  onProgress: (n: number) => void,
): Promise<ExaminerPool> {
  const groups: { id: string; jurisdiction: string }[] = [];
  const jurisdictions = new Weighted(JURISDICTIONS);
  const specialties = new Weighted(SPECIALTY_SHARES);
  const groupCount = Math.max(1, Math.round(count / 8));
  for (let g = 0; g < groupCount; g++) {
    const jurisdiction = jurisdictions.pick(random);
    const id = random.uuid();
    groups.push({ id, jurisdiction });
    const name = `${random.pick(citiesOf(jurisdiction)).city} ${random.pick(['Independent Medical Evaluations', 'Orthopaedic Associates', 'Medical-Legal Evaluators', 'Occupational Health', 'Physicians Group'])} ${g + 1}`;
    sinks['examiners.practice_group'].write([id, name, `https://group-${g + 1}.example`, now, now, 1]);
  }
  const active: PanelExaminer[] = [];
  for (let i = 0; i < count; i++) {
    const id = random.uuid();
    const group = random.chance(0.875) ? random.pick(groups) : null;
    const home = group?.jurisdiction ?? jurisdictions.pick(random);
    const licensed = random.chance(0.2) ? [home, jurisdictions.pick(random)].filter((j, k, all) => all.indexOf(j) === k) : [home];
    const primary = specialties.pick(random);
    const held = random.chance(0.3) ? [primary, specialties.pick(random)].filter((s, k, all) => all.indexOf(s) === k) : [primary];
    const pool = random.chance(0.15) ? random.pick(['es', 'zh', 'ru', 'vi'] as const) : 'general';
    const first = random.pick(FIRST_NAMES[pool]);
    const last = random.pick(LAST_NAMES[pool]);
    const statusDraw = random.next();
    const status = statusDraw < 0.88 ? 'ACTIVE' : statusDraw < 0.93 ? 'PENDING_REVIEW' : statusDraw < 0.96 ? 'SUSPENDED' : 'RETIRED';
    const first9 = `1${String(10_000_000 + i).padStart(8, '0')}`;
    const createdAt = new Date(now.getTime() - random.int(60, 3650) * DAY);
    const score = Math.round(Math.min(99, Math.max(30, 78 + 9 * random.normal())) * 10) / 10;
    const city = random.pick(citiesOf(home));
    let telehealth = false;
    sinks['examiners.examiner'].write([
      id, `${first9}${npiCheckDigit(first9)}`, first, last, random.pick(['MD', 'MD', 'DO', 'PhD']),
      `${first}.${last}.${i}@panel.example`.toLowerCase(), `(${city.areaCode}) 555-01${String(i % 100).padStart(2, '0')}`,
      status, status === 'SUSPENDED' ? 'Licence renewal pending' : null, status === 'ACTIVE' || status === 'PENDING_REVIEW' ? null : createdAt,
      null, group?.id ?? null, pool === 'general' ? ['en'] : ['en', pool], (telehealth = random.chance(0.3)), random.int(3, 35), null, score,
      createdAt, createdAt, 1,
    ]);
    const hours: { weekday: number; start: string; end: string; officeId: string | null; timeZone: string }[] = [];
    let mainOfficeId = '';
    for (const [k, office] of (random.chance(0.25) ? [city, random.pick(citiesOf(home))] : [city]).entries()) {
      const officeId = random.uuid();
      if (k === 0) mainOfficeId = officeId;
      // The bulk working week (docs/rules.md, "Scheduling"): weekdays 08:00–17:00 at each office, in its zone; the
      // bulk appointments are booked in it (exam-calendar.ts).
      for (const weekday of BULK_HOURS.weekdays) hours.push({ weekday, start: BULK_HOURS.start, end: BULK_HOURS.end, officeId, timeZone: defaultTimeZoneForRegion('US', office.region) });
      sinks['examiners.office_location'].write([
        officeId, id, k === 0 ? 'Main office' : 'Satellite office', `${random.int(1, 999)} ${random.pick(office.streets)}`, null,
        office.city, office.region, office.postalCode, 'US', office.latitude + (random.next() - 0.5) * 0.1, office.longitude + (random.next() - 0.5) * 0.1, k === 0,
        defaultTimeZoneForRegion('US', office.region),
      ]);
    }
    if (telehealth) for (const weekday of BULK_HOURS.weekdays) hours.push({ weekday, start: BULK_HOURS.start, end: BULK_HOURS.end, officeId: null, timeZone: hours[0]!.timeZone });
    // Its own id from outside the seeded generator, so the rest of the dataset draws exactly as before.
    sinks['examiners.examiner_availability'].write([
      randomUUID(), id, hours[0]!.timeZone, BULK_BUFFER_MINUTES, BULK_MAX_EXAMS_PER_DAY, BULK_SLOT_MINUTES, 5, json(hours), json([]), json([]), createdAt, createdAt, 1,
    ]);
    for (const [k, code] of held.entries()) sinks['examiners.examiner_specialty'].write([random.uuid(), id, specialtyIds.get(code)!, random.chance(0.8), k === 0]);
    const issued = isoDate(createdAt.getTime() - 365 * DAY);
    const verified = status === 'PENDING_REVIEW' ? 'UNVERIFIED' : 'VERIFIED';
    const credential = (kind: string, issuer: string, number: string, jurisdiction: string | null, expiresInDays: number) =>
      sinks['examiners.credential'].write([
        random.uuid(), id, kind, issuer, number, jurisdiction, issued, isoDate(now.getTime() + expiresInDays * DAY), verified,
        verified === 'VERIFIED' ? createdAt : null, verified === 'VERIFIED' ? 'Credentialing desk' : null, null,
        isoDate(now.getTime() + Math.min(expiresInDays, 365) * DAY), createdAt, createdAt, 1,
      ]);
    const digits = (n: number) => String(random.int(0, 10 ** n - 1)).padStart(n, '0');
    for (const j of licensed) credential('MEDICAL_LICENSE', LICENSING_BOARDS[j].issuer, LICENSING_BOARDS[j].number(digits, primary), j, random.int(30, 900));
    credential('MALPRACTICE_INSURANCE', random.pick(MALPRACTICE_CARRIERS), `POL-${digits(7)}`, null, random.int(30, 365));
    if (licensed.includes('US-CA') && random.chance(0.8)) credential('QME_CERTIFICATION', 'DWC Medical Unit', `QME-${digits(6)}`, 'US-CA', random.int(60, 700));
    const components = REPUTATION_COMPONENTS.map((name) => {
      const value = Math.round(Math.min(100, Math.max(0, score + 8 * random.normal())) * 10) / 10;
      const weight = DEFAULT_REPUTATION_WEIGHTS[name];
      return { name, value, weight, contribution: Math.round(value * weight * 100) / 100 };
    });
    sinks['examiners.reputation_snapshot'].write([random.uuid(), id, new Date(now.getTime() - random.int(1, 30) * DAY), score, json(components), json({ source: 'bulk seed' })]);
    if (status === 'ACTIVE') {
      active.push({ id, jurisdictions: licensed, specialties: held, slowness: random.logNormal(1, 0.3), load: random.logNormal(1, 0.6), city: city.city, practiceGroupId: group?.id ?? null, officeId: mainOfficeId, timeZone: hours[0]!.timeZone });
    }
    onProgress(1);
    if (i % 500 === 499) await allDrained(sinks);
  }
  return new ExaminerPool(active);
}

import { distanceKm, type Coordinates } from './distance';
import {
  CREDENTIAL_KIND_LABELS,
  isJurisdictionalCredentialKind,
  type CredentialKind,
  type ExaminerStatus,
  type PartyType,
  type VerificationStatus,
} from './enums';

/**
 * Which examiners may take a case, and why (docs/rules.md, "Eligibility"). Every rule is evaluated, never
 * short-circuited, so an administrator sees all the reasons an examiner is out, not just the first.
 * All rules hold on the exam date, not today: a licence that lapses before the exam does not qualify.
 */

export const ELIGIBILITY_RULES = [
  'STATUS_ACTIVE',
  'SPECIALTY',
  'MEDICAL_LICENSE',
  'REQUIRED_CREDENTIALS',
  'NOT_TREATING_PROVIDER',
  'NO_DECLARED_CONFLICT',
  'LANGUAGE',
  'LOCATION',
] as const;
export type EligibilityRule = (typeof ELIGIBILITY_RULES)[number];

export interface EligibilityCredential {
  kind: CredentialKind;
  jurisdiction: string | null;
  status: VerificationStatus;
  issuedOn: string | null;
  expiresOn: string | null;
  number: string;
}

export interface EligibilityConflict {
  partyType: PartyType;
  partyKey: string;
  /** First day the conflict applies; null = since always. */
  startsOn?: string | null;
  /** Last day the conflict applies (inclusive); null = still open. */
  endsOn?: string | null;
}

export interface EligibilityExaminer {
  id: string;
  status: ExaminerStatus;
  practiceGroup?: string | null;
  /** ISO 639-1 codes ('en', 'es'); region subtags ('es-MX') are accepted and ignored. */
  languages: string[];
  telehealth: boolean;
  specialties: { code: string; boardCertified: boolean }[];
  credentials: EligibilityCredential[];
  offices: (Coordinates & { label?: string })[];
  npi: string;
  conflicts: EligibilityConflict[];
}

export interface EligibilityRequest {
  specialtyCode: string;
  /** Child specialties that also qualify (spine surgery for an orthopaedic surgery request). */
  acceptedSpecialtyCodes?: string[];
  /** e.g. 'US-NY' */
  jurisdiction: string;
  /** 'YYYY-MM-DD'; when the case has no exam date yet, the caller passes the date eligibility is judged for. */
  examDate: string;
  claimantLanguage?: string | null;
  interpreterArranged?: boolean;
  claimantLocation?: Coordinates | null;
  /** Travel limit for in-person exams; default DEFAULT_MAX_TRAVEL_KM. */
  maxTravelKm?: number;
  /** Whether this case may be examined by telehealth; default false (in person). */
  telehealthAllowed?: boolean;
  treatingProviderNpis?: string[];
  /** Keyed hashes (see party-key.ts) of the case's claimant, client, attorney, employer, providers. */
  partyKeys?: { partyType: PartyType; partyKey: string }[];
  /**
   * Credentials required besides the medical licence, from the case's jurisdiction rule. When omitted, the
   * defaults of JURISDICTION_REQUIRED_CREDENTIALS apply.
   */
  requiredCredentialKinds?: CredentialKind[];
}

export interface EligibilityRuleResult {
  rule: EligibilityRule;
  passed: boolean;
  /** A sentence with the specifics: which licence, which date, which party, how far. */
  reason: string;
}

export interface EligibilityExplanation {
  eligible: boolean;
  /** Distance from the claimant to the nearest office, or null without a claimant location or offices. */
  distanceKm: number | null;
  rules: EligibilityRuleResult[];
}

/** Default travel limit for an in-person exam, about 50 miles. */
export const DEFAULT_MAX_TRAVEL_KM = 80;

/**
 * Credentials a jurisdiction requires besides a medical licence, used when the case does not say.
 * California: only a Qualified Medical Evaluator certified by the DWC Medical Unit can sit on a QME panel
 * (Labor Code §139.2; 8 CCR §§10–11). The cases subgraph's jurisdiction rules hold the authoritative list.
 */
export const JURISDICTION_REQUIRED_CREDENTIALS: Readonly<Record<string, readonly CredentialKind[]>> = {
  'US-CA': ['QME_CERTIFICATION'],
};

/**
 * Kinds that always carry an end date: insurance policies run for a term, QME certifications for two years
 * (8 CCR §51), DEA registrations for three. A null expiry on one of these is missing data, so the credential
 * does not count. A medical licence, board or IME certification without an expiry is accepted: some boards
 * issue lifetime certificates and some states record licences without a printed expiry.
 */
export const KINDS_THAT_MUST_EXPIRE = ['QME_CERTIFICATION', 'DEA_REGISTRATION', 'MALPRACTICE_INSURANCE'] as const satisfies readonly CredentialKind[];

const sameCode = (a: string | null | undefined, b: string | null | undefined) =>
  (a ?? '').trim().toUpperCase() === (b ?? '').trim().toUpperCase();

/** Whether a credential applies in a jurisdiction: state-bound kinds there only, others when unscoped too. */
export function credentialAppliesIn(credential: EligibilityCredential, jurisdiction: string): boolean {
  if (credential.jurisdiction === null || credential.jurisdiction.trim() === '') {
    return !isJurisdictionalCredentialKind(credential.kind);
  }
  return sameCode(credential.jurisdiction, jurisdiction);
}

/**
 * Whether a credential counts on a date: VERIFIED, issued on or before it (or no issue date), and expiring on
 * or after it (expiry is the last valid day). Returns the problem as a phrase otherwise.
 */
export function credentialStandingOn(credential: EligibilityCredential, date: string): { counts: true } | { counts: false; problem: string } {
  if (credential.status !== 'VERIFIED') return { counts: false, problem: `is ${credential.status}` };
  if (credential.issuedOn !== null && credential.issuedOn > date) {
    return { counts: false, problem: `is not yet valid: issued ${credential.issuedOn}` };
  }
  if (credential.expiresOn === null) {
    if ((KINDS_THAT_MUST_EXPIRE as readonly CredentialKind[]).includes(credential.kind)) {
      return { counts: false, problem: 'has no expiry date recorded' };
    }
    return { counts: true };
  }
  if (credential.expiresOn < date) return { counts: false, problem: `expired ${credential.expiresOn}` };
  return { counts: true };
}

function describeCredential(credential: EligibilityCredential): string {
  const where = credential.jurisdiction ? ` in ${credential.jurisdiction}` : '';
  return `${CREDENTIAL_KIND_LABELS[credential.kind]}${where}`;
}

function validThrough(credential: EligibilityCredential): string {
  return credential.expiresOn === null ? 'without expiry' : `valid through ${credential.expiresOn}`;
}

/**
 * One credential kind held in the jurisdiction on the exam date. With several (a renewed licence next to the
 * old one), any one that counts is enough; if none does, every candidate's problem is listed.
 */
function checkCredentialKind(
  kind: CredentialKind,
  credentials: EligibilityCredential[],
  jurisdiction: string,
  examDate: string,
): { passed: boolean; reason: string } {
  const label = CREDENTIAL_KIND_LABELS[kind];
  const candidates = credentials.filter((c) => c.kind === kind && credentialAppliesIn(c, jurisdiction));
  if (candidates.length === 0) return { passed: false, reason: `no ${label} in ${jurisdiction}` };
  const good = candidates.find((c) => credentialStandingOn(c, examDate).counts);
  if (good) {
    return { passed: true, reason: `verified ${describeCredential(good)} (no. ${good.number}), ${validThrough(good)}` };
  }
  const problems = candidates.map((c) => {
    const standing = credentialStandingOn(c, examDate);
    return `${describeCredential(c)} ${standing.counts ? 'counts' : standing.problem}`;
  });
  return { passed: false, reason: problems.join('; ') };
}

function checkStatus(examiner: EligibilityExaminer): EligibilityRuleResult {
  // Only ACTIVE examiners take cases; pending, suspended and retired ones stay on file but off panels.
  return examiner.status === 'ACTIVE'
    ? { rule: 'STATUS_ACTIVE', passed: true, reason: 'status is ACTIVE' }
    : { rule: 'STATUS_ACTIVE', passed: false, reason: `status is ${examiner.status}; only ACTIVE examiners take cases` };
}

function checkSpecialty(examiner: EligibilityExaminer, request: EligibilityRequest): EligibilityRuleResult {
  const accepted = [request.specialtyCode, ...(request.acceptedSpecialtyCodes ?? [])];
  const direct = examiner.specialties.find((s) => sameCode(s.code, request.specialtyCode));
  const held = direct ?? examiner.specialties.find((s) => accepted.some((code) => sameCode(code, s.code)));
  if (!held) {
    const alternatives = accepted.length > 1 ? ` (or any of ${accepted.slice(1).join(', ')})` : '';
    return { rule: 'SPECIALTY', passed: false, reason: `does not hold ${request.specialtyCode}${alternatives}` };
  }
  const board = held.boardCertified ? ', board certified' : '';
  const via = held === direct ? '' : `, accepted for ${request.specialtyCode}`;
  return { rule: 'SPECIALTY', passed: true, reason: `holds ${held.code}${via}${board}` };
}

function checkMedicalLicence(examiner: EligibilityExaminer, request: EligibilityRequest): EligibilityRuleResult {
  // docs/rules.md: a MEDICAL_LICENSE that is VERIFIED, unexpired, in the case's jurisdiction.
  const result = checkCredentialKind('MEDICAL_LICENSE', examiner.credentials, request.jurisdiction, request.examDate);
  return { rule: 'MEDICAL_LICENSE', ...result };
}

/** The credentials a request requires besides the medical licence, which has its own rule. */
export function requiredCredentialKindsFor(request: Pick<EligibilityRequest, 'jurisdiction' | 'requiredCredentialKinds'>): CredentialKind[] {
  const kinds = request.requiredCredentialKinds ?? JURISDICTION_REQUIRED_CREDENTIALS[request.jurisdiction.trim().toUpperCase()] ?? [];
  return [...new Set(kinds)].filter((k) => k !== 'MEDICAL_LICENSE');
}

function checkRequiredCredentials(examiner: EligibilityExaminer, request: EligibilityRequest): EligibilityRuleResult {
  // docs/rules.md: "any other credential the jurisdiction requires (e.g. QME_CERTIFICATION for California
  // panels) likewise" — verified and valid on the exam date.
  const kinds = requiredCredentialKindsFor(request);
  if (kinds.length === 0) {
    return { rule: 'REQUIRED_CREDENTIALS', passed: true, reason: `no further credentials required in ${request.jurisdiction}` };
  }
  const results = kinds.map((kind) => checkCredentialKind(kind, examiner.credentials, request.jurisdiction, request.examDate));
  const failed = results.filter((r) => !r.passed);
  return failed.length === 0
    ? { rule: 'REQUIRED_CREDENTIALS', passed: true, reason: results.map((r) => r.reason).join('; ') }
    : { rule: 'REQUIRED_CREDENTIALS', passed: false, reason: failed.map((r) => r.reason).join('; ') };
}

function checkNotTreatingProvider(examiner: EligibilityExaminer, request: EligibilityRequest): EligibilityRuleResult {
  // An IME examiner has no prior relationship with the claimant (docs/rules.md, claimant rights): never a treating provider.
  const npis = (request.treatingProviderNpis ?? []).map((n) => n.trim());
  if (npis.includes(examiner.npi.trim())) {
    return { rule: 'NOT_TREATING_PROVIDER', passed: false, reason: `is one of the claimant's treating providers (NPI ${examiner.npi})` };
  }
  const reason =
    npis.length === 0
      ? 'no treating providers listed for the claimant'
      : `not among the claimant's ${npis.length} treating provider${npis.length === 1 ? '' : 's'}`;
  return { rule: 'NOT_TREATING_PROVIDER', passed: true, reason };
}

/** Whether a declared conflict's period (inclusive at both ends; null = open) covers the date. */
export function conflictCoversDate(conflict: Pick<EligibilityConflict, 'startsOn' | 'endsOn'>, date: string): boolean {
  const starts = conflict.startsOn ?? null;
  const ends = conflict.endsOn ?? null;
  return (starts === null || starts <= date) && (ends === null || ends >= date);
}

function describePeriod(conflict: EligibilityConflict): string {
  return `${conflict.startsOn ?? 'open'} – ${conflict.endsOn ?? 'open'}`;
}

function checkDeclaredConflicts(examiner: EligibilityExaminer, request: EligibilityRequest): EligibilityRuleResult {
  // docs/rules.md "independent": no declared conflict with the claimant, the client, the claimant's
  // representative or the employer; California's conflict rule lists the same relationships.
  const parties = request.partyKeys ?? [];
  const withParty = examiner.conflicts.filter((c) => parties.some((p) => p.partyType === c.partyType && p.partyKey === c.partyKey));
  const current = withParty.filter((c) => conflictCoversDate(c, request.examDate));
  if (current.length > 0) {
    const reason = current.map((c) => `declared conflict with the ${c.partyType} (${describePeriod(c)})`).join('; ');
    return { rule: 'NO_DECLARED_CONFLICT', passed: false, reason };
  }
  if (withParty.length > 0) {
    const outside = withParty.map((c) => `the ${c.partyType} (${describePeriod(c)})`).join(', ');
    return {
      rule: 'NO_DECLARED_CONFLICT',
      passed: true,
      reason: `no declared conflict covers ${request.examDate}; conflicts with ${outside} do not`,
    };
  }
  return { rule: 'NO_DECLARED_CONFLICT', passed: true, reason: 'no declared conflict with the parties of the case' };
}

/** ISO 639-1 primary code of a language tag: 'ES-mx' → 'es'. */
function languageCode(tag: string): string {
  return tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

function checkLanguage(examiner: EligibilityExaminer, request: EligibilityRequest): EligibilityRuleResult {
  // docs/rules.md: speaks the claimant's language or the case has an interpreter.
  const wanted = request.claimantLanguage ? languageCode(request.claimantLanguage) : '';
  if (!wanted) return { rule: 'LANGUAGE', passed: true, reason: 'no claimant language stated' };
  if (wanted === 'en') {
    // English is the working language of every examiner on a US panel (reports are written in it), so an
    // examiner's language list names the languages offered in addition and need not repeat English.
    return { rule: 'LANGUAGE', passed: true, reason: 'claimant speaks English, the working language of every examiner' };
  }
  if (examiner.languages.some((l) => languageCode(l) === wanted)) {
    return { rule: 'LANGUAGE', passed: true, reason: `speaks ${wanted}` };
  }
  if (request.interpreterArranged) {
    return { rule: 'LANGUAGE', passed: true, reason: `does not speak ${wanted}; an interpreter is arranged` };
  }
  return { rule: 'LANGUAGE', passed: false, reason: `does not speak ${wanted} and no interpreter is arranged` };
}

const km = (value: number) => `${value.toFixed(1)} km`;

function nearestOfficeKm(examiner: EligibilityExaminer, claimant: Coordinates): number | null {
  if (examiner.offices.length === 0) return null;
  return Math.min(...examiner.offices.map((office) => distanceKm(office, claimant)));
}

function checkLocation(examiner: EligibilityExaminer, request: EligibilityRequest, nearest: number | null): EligibilityRuleResult {
  // docs/rules.md: within the travel distance of the claimant for in-person exams; telehealth examiners
  // qualify regardless where the case allows it.
  if (!request.claimantLocation) return { rule: 'LOCATION', passed: true, reason: 'no claimant location given; distance not checked' };
  const limit = request.maxTravelKm ?? DEFAULT_MAX_TRAVEL_KM;
  if (nearest !== null && nearest <= limit) {
    return { rule: 'LOCATION', passed: true, reason: `${km(nearest)} from the claimant, within ${limit} km` };
  }
  const where = nearest === null ? 'no office location on file' : `${km(nearest)} from the claimant, beyond ${limit} km`;
  if (examiner.telehealth && request.telehealthAllowed) {
    return { rule: 'LOCATION', passed: true, reason: `offers telehealth (${where})` };
  }
  const telehealth = !request.telehealthAllowed ? 'the case is in person only' : 'does not offer telehealth';
  return { rule: 'LOCATION', passed: false, reason: `${where}; ${telehealth}` };
}

/**
 * Every eligibility rule for one examiner and one case, each with whether it passed and why. Refuses an
 * exam date that is not 'YYYY-MM-DD' or a negative travel limit with a RangeError.
 */
export function explainEligibility(examiner: EligibilityExaminer, request: EligibilityRequest): EligibilityExplanation {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(request.examDate)) {
    throw new RangeError(`Eligibility needs an exam date as YYYY-MM-DD, got '${request.examDate}'`);
  }
  if (request.maxTravelKm !== undefined && !(request.maxTravelKm >= 0)) {
    throw new RangeError(`maxTravelKm must be zero or more, got ${request.maxTravelKm}`);
  }
  const nearest = request.claimantLocation ? nearestOfficeKm(examiner, request.claimantLocation) : null;
  const rules = [
    checkStatus(examiner),
    checkSpecialty(examiner, request),
    checkMedicalLicence(examiner, request),
    checkRequiredCredentials(examiner, request),
    checkNotTreatingProvider(examiner, request),
    checkDeclaredConflicts(examiner, request),
    checkLanguage(examiner, request),
    checkLocation(examiner, request, nearest),
  ];
  return { eligible: rules.every((r) => r.passed), distanceKm: nearest, rules };
}

export function isEligible(examiner: EligibilityExaminer, request: EligibilityRequest): boolean {
  return explainEligibility(examiner, request).eligible;
}

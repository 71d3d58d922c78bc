import { GraphQLError } from 'graphql';
import { failedPrecondition, MAX_LIST_LENGTH, type ServiceClient } from '@imepanel/runtime';

/** The eligibility question for one case, as the examiners subgraph's EligibilityInput. No claimant PII. */
export interface EligibilityQuestion {
  specialtyCode: string;
  jurisdiction: string;
  examDate: string;
  claimantLanguage: string | null;
  interpreterArranged: boolean;
  claimantLocation: { latitude: number; longitude: number } | null;
  telehealthAllowed: boolean;
  treatingProviderNpis: string[];
  partyKeys: { partyType: string; partyKey: string }[];
  requiredCredentialKinds: string[];
}

export interface EligibleCandidate {
  examinerId: string;
  distanceKm: number | null;
  practiceGroupId: string | null;
  reputationScore: number | null;
}

export interface EligibilityVerdict {
  eligible: boolean;
  distanceKm: number | null;
  examiner: { id: string; displayName: string };
  rules: { rule: string; passed: boolean; reason: string }[];
}

const ELIGIBLE = /* GraphQL */ `
  query EligibleExaminers($input: EligibilityInput!) {
    eligibleExaminers(input: $input) { examinerId distanceKm practiceGroupId reputationScore }
  }
`;

const EXPLAIN = /* GraphQL */ `
  query ExplainEligibility($examinerId: ID!, $input: EligibilityInput!) {
    explainEligibility(examinerId: $examinerId, input: $input) { eligible distanceKm examiner { id displayName } rules { rule passed reason } }
  }
`;

/**
 * Asks the examiners subgraph an eligibility question built from a case. The question's specialty is the case's
 * own stored code, not anything the caller sent, so the examiners subgraph refusing it (a code stored before codes
 * were checked on write, or since removed) is the case's precondition, not the caller's BAD_USER_INPUT.
 */
async function askEligibility<T>(examiners: ServiceClient, document: string, variables: { input: EligibilityQuestion; examinerId?: string }): Promise<T> {
  try {
    return await examiners.request<T>(document, variables);
  } catch (error) {
    const fields = error instanceof GraphQLError && error.extensions.code === 'BAD_USER_INPUT' ? (error.extensions.fields as { field: string }[] | undefined) : undefined;
    if (fields?.some((f) => f.field === 'input.specialtyCode')) {
      const code = variables.input.specialtyCode;
      throw failedPrecondition('CASE_SPECIALTY_UNKNOWN', `The case requires specialty ${code}, which the specialty taxonomy does not hold; correct requiredSpecialtyCode with updateCase`, {
        specialtyCode: code,
      });
    }
    throw error;
  }
}

export async function fetchEligibleExaminers(examiners: ServiceClient, question: EligibilityQuestion): Promise<EligibleCandidate[]> {
  const data = await askEligibility<{ eligibleExaminers: EligibleCandidate[] }>(examiners, ELIGIBLE, { input: question });
  return data.eligibleExaminers;
}

/** Every rule for one examiner and the case's question; null when the examiners subgraph has no such examiner. */
export async function fetchEligibilityVerdict(examiners: ServiceClient, examinerId: string, question: EligibilityQuestion): Promise<EligibilityVerdict | null> {
  try {
    const data = await askEligibility<{ explainEligibility: EligibilityVerdict }>(examiners, EXPLAIN, { examinerId, input: question });
    return data.explainEligibility;
  } catch (error) {
    if (error instanceof GraphQLError && error.extensions.code === 'NOT_FOUND' && error.extensions.entity === 'Examiner') return null;
    throw error;
  }
}

const EXAMINER_NAME = /* GraphQL */ `
  query ExaminerName($id: ID!) { examiner(id: $id) { displayName } }
`;

/** The examiner's name as the notice must state it. */
export async function fetchExaminerName(examiners: ServiceClient, id: string): Promise<string> {
  const data = await examiners.request<{ examiner: { displayName: string } | null }>(EXAMINER_NAME, { id });
  if (!data.examiner) throw new Error(`examiner ${id} not found in the examiners subgraph`);
  return data.examiner.displayName;
}

const SPECIALTY = /* GraphQL */ `
  query Specialty($code: String!) { specialty(code: $code) { active } }
`;

/** Whether the examiners subgraph's taxonomy holds the specialty: null when it has no such code. */
export async function fetchSpecialty(examiners: ServiceClient, code: string): Promise<{ active: boolean } | null> {
  const data = await examiners.request<{ specialty: { active: boolean } | null }>(SPECIALTY, { code });
  return data.specialty;
}

/** One examiner's saved availability as the examiners subgraph answers it (its ExaminerAvailability). */
export interface ExaminerAvailabilityRecord {
  examinerId: string;
  telehealthTimeZone: string;
  bufferMinutes: number;
  maxExamsPerDay: number;
  slotMinutes: number;
  telehealthOffered: boolean;
  examMinutes: number;
  weeklyHours: { weekday: number; start: string; end: string; officeId: string | null; timeZone: string }[];
  exceptions: {
    kind: 'TIME_OFF' | 'EXTRA_HOURS';
    startsOn: string;
    endsOn: string;
    startTime: string | null;
    endTime: string | null;
    officeId: string | null;
    timeZone: string;
  }[];
  officesInReach: { id: string; timeZone: string; label: string | null; addressLine1: string; addressLine2: string | null; city: string; region: string; postalCode: string }[];
}

const AVAILABILITIES = /* GraphQL */ `
  query ExaminerAvailabilities($examinerIds: [ID!]!, $latitude: Float, $longitude: Float, $format: ExamFormat!, $specialtyCode: String) {
    examinerAvailabilities(examinerIds: $examinerIds) {
      examinerId telehealthTimeZone bufferMinutes maxExamsPerDay slotMinutes telehealthOffered
      examMinutes(format: $format, specialtyCode: $specialtyCode)
      weeklyHours { weekday start end officeId timeZone }
      exceptions { kind startsOn endsOn startTime endTime officeId timeZone }
      officesInReach(latitude: $latitude, longitude: $longitude) { id timeZone label addressLine1 addressLine2 city region postalCode }
    }
  }
`;

/**
 * The availability of many examiners in one call (one statement in the examiners subgraph, whatever their number),
 * with the offices within the travel limit of `near` and the length of an exam of `format` and `specialtyCode`.
 * Examiners without a saved availability are absent.
 */
/**
 * A list argument carries at most MAX_LIST_LENGTH items (the runtime's argument limits, docs/security.md), so the
 * availability of more examiners is asked in batches of that many, at once: one call, and one statement on the
 * examiners subgraph's side, per thousand examiners (two for the 2,000 of a large pool), never one per examiner.
 */
export const AVAILABILITY_BATCH = MAX_LIST_LENGTH;

export async function fetchAvailabilities(
  examiners: ServiceClient,
  examinerIds: string[],
  question: { near: { latitude: number; longitude: number } | null; format: string; specialtyCode: string | null },
): Promise<ExaminerAvailabilityRecord[]> {
  if (examinerIds.length === 0) return [];
  const batches: string[][] = [];
  for (let i = 0; i < examinerIds.length; i += AVAILABILITY_BATCH) batches.push(examinerIds.slice(i, i + AVAILABILITY_BATCH));
  const answers = await Promise.all(
    batches.map((batch) =>
      examiners.request<{ examinerAvailabilities: ExaminerAvailabilityRecord[] }>(AVAILABILITIES, {
        examinerIds: batch,
        latitude: question.near?.latitude ?? null,
        longitude: question.near?.longitude ?? null,
        format: question.format,
        specialtyCode: question.specialtyCode,
      }),
    ),
  );
  return answers.flatMap((a) => a.examinerAvailabilities);
}

/** An examiner's professional profile as the claimant portal shows it: public directory data, nothing else. */
export interface ExaminerProfile {
  id: string;
  displayName: string;
  yearsInPractice: number | null;
  languages: string[];
  telehealth: boolean;
  specialties: { name: string; boardCertified: boolean; primary: boolean }[];
  boardCertifications: string[];
  offices: { city: string; region: string }[];
}

const PROFILE_FIELDS = `id displayName yearsInPractice languages telehealth
  specialties { boardCertified primary specialty { name } }
  credentials { kind issuer verificationStatus }
  offices { city region }`;

/**
 * The professional profiles of some examiners (a panel's, or the assigned one), by id, in one call: the panel
 * directory's public data (docs/security.md: professional information every role may read). Unknown ids are absent.
 */
export async function fetchExaminerProfiles(examiners: ServiceClient, ids: readonly string[]): Promise<Map<string, ExaminerProfile>> {
  const unique = [...new Set(ids)].slice(0, 20);
  if (unique.length === 0) return new Map();
  const query = `query ExaminerProfiles(${unique.map((_, i) => `$e${i}: ID!`).join(', ')}) { ${unique.map((_, i) => `e${i}: examiner(id: $e${i}) { ${PROFILE_FIELDS} }`).join(' ')} }`;
  const data = await examiners.request<Record<string, RawProfile | null>>(query, Object.fromEntries(unique.map((id, i) => [`e${i}`, id])));
  const profiles = new Map<string, ExaminerProfile>();
  for (const raw of Object.values(data)) {
    if (!raw) continue;
    profiles.set(raw.id, {
      id: raw.id,
      displayName: raw.displayName,
      yearsInPractice: raw.yearsInPractice,
      languages: raw.languages,
      telehealth: raw.telehealth,
      specialties: raw.specialties.map((s) => ({ name: s.specialty.name, boardCertified: s.boardCertified, primary: s.primary })),
      boardCertifications: raw.credentials.filter((c) => c.kind === 'BOARD_CERTIFICATION' && c.verificationStatus === 'VERIFIED').map((c) => c.issuer),
      offices: raw.offices.map((o) => ({ city: o.city, region: o.region })),
    });
  }
  return profiles;
}

interface RawProfile {
  id: string;
  displayName: string;
  yearsInPractice: number | null;
  languages: string[];
  telehealth: boolean;
  specialties: { boardCertified: boolean; primary: boolean; specialty: { name: string } }[];
  credentials: { kind: string; issuer: string; verificationStatus: string }[];
  offices: { city: string; region: string }[];
}

const CLAIMANT_REPUTATION = /* GraphQL */ `
  mutation RecordClaimantReputationEvent($input: ClaimantReputationEventInput!) { recordClaimantReputationEvent(input: $input) { id } }
`;

/**
 * Records the claimant's feedback or complaint as a reputation event of the examiner (docs/rules.md, "Reputation"),
 * with the service identity. Idempotent by `sourceKey`: asked twice, the examiners subgraph keeps one event.
 */
export async function recordClaimantReputationEvent(
  examiners: ServiceClient,
  input: { examinerId: string; kind: 'CLAIMANT_FEEDBACK' | 'COMPLAINT'; score: number | null; occurredOn: string; sourceKey: string },
): Promise<string> {
  const data = await examiners.request<{ recordClaimantReputationEvent: { id: string } }>(CLAIMANT_REPUTATION, { input });
  return data.recordClaimantReputationEvent.id;
}

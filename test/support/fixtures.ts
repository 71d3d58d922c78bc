import { randomBytes, randomInt } from 'node:crypto';
import type { GraphQLClient } from 'graphql-request';
import { npiCheckDigit } from '@imepanel/runtime';

/** A fresh, valid NPI (random first nine digits, correct check digit). */
export function uniqueNpi(): string {
  const first9 = `1${String(randomInt(0, 100_000_000)).padStart(8, '0')}`;
  return `${first9}${npiCheckDigit(first9)}`;
}

export const uniqueSuffix = () => randomBytes(4).toString('hex');

export function isoDate(offsetDays: number, from = new Date()): string {
  const d = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate()));
  d.setUTCDate(d.getUTCDate() + offsetDays);
  return d.toISOString().slice(0, 10);
}

export async function createSpecialty(gateway: GraphQLClient, code = `SP_${uniqueSuffix().toUpperCase()}`, parentCode?: string) {
  const data = await gateway.request<{ createSpecialty: { id: string; code: string; version: number } }>(
    `mutation ($input: CreateSpecialtyInput!) { createSpecialty(input: $input) { id code version } }`,
    { input: { code, name: `Specialty ${code}`, parentCode } },
  );
  return data.createSpecialty;
}

export interface ExaminerFixture {
  id: string;
  npi: string;
  version: number;
}

export async function createExaminer(gateway: GraphQLClient, input: Record<string, unknown> = {}): Promise<ExaminerFixture> {
  const data = await gateway.request<{ createExaminer: ExaminerFixture }>(
    `mutation ($input: CreateExaminerInput!) { createExaminer(input: $input) { id npi version } }`,
    {
      input: {
        npi: uniqueNpi(),
        firstName: 'Ada',
        lastName: `Examiner-${uniqueSuffix()}`,
        email: `examiner-${uniqueSuffix()}@example.org`,
        languages: ['en'],
        offices: [{ addressLine1: '1 Main St', city: 'Albany', region: 'NY', postalCode: '12207', latitude: 42.6526, longitude: -73.7562, primary: true }],
        ...input,
      },
    },
  );
  await giveWorkingWeek(gateway, data.createExaminer.id);
  return data.createExaminer;
}

/**
 * A working week for an examiner, as an examiner would set it (setAvailability): Monday to Friday 08:00–18:00 at
 * each office, in the office's zone, and the same hours for telehealth when the examiner offers it. Scheduling
 * books only free slots (docs/rules.md, "Scheduling"), so every fixture examiner has real hours.
 */
export async function giveWorkingWeek(gateway: GraphQLClient, examinerId: string, options: { start?: string; end?: string; extra?: Record<string, unknown> } = {}) {
  const data = await gateway.request<{ setAvailability: { version: number } }>(
    `mutation ($id: ID!, $input: AvailabilityInput!) { setAvailability(examinerId: $id, input: $input) { version } }`,
    { id: examinerId, input: await workingWeekInput(gateway, examinerId, options) },
  );
  return data.setAvailability;
}

/** The AvailabilityInput of giveWorkingWeek. */
export async function workingWeekInput(gateway: GraphQLClient, examinerId: string, options: { start?: string; end?: string; extra?: Record<string, unknown> } = {}) {
  const { examiner } = await gateway.request<{ examiner: { telehealth: boolean; offices: { id: string }[] } }>(
    `query ($id: ID!) { examiner(id: $id) { telehealth offices { id } } }`,
    { id: examinerId },
  );
  const places = [...examiner.offices.map((o) => o.id), ...(examiner.telehealth ? [null] : [])];
  const weeklyHours = places.flatMap((officeId) => [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: options.start ?? '08:00', end: options.end ?? '18:00', officeId })));
  return { weeklyHours, exceptions: [], examLengths: [], ...options.extra };
}

export async function addVerifiedCredential(
  gateway: GraphQLClient,
  examinerId: string,
  input: { kind?: string; jurisdiction?: string | null; expiresOn?: string | null; issuedOn?: string | null } = {},
) {
  const added = await gateway.request<{ addCredential: { id: string; version: number } }>(
    `mutation ($examinerId: ID!, $input: AddCredentialInput!) { addCredential(examinerId: $examinerId, input: $input) { id version } }`,
    {
      examinerId,
      input: {
        kind: input.kind ?? 'MEDICAL_LICENSE',
        issuer: 'State Board of Medicine',
        number: `LIC-${uniqueSuffix()}`,
        jurisdiction: input.jurisdiction === undefined ? 'US-NY' : input.jurisdiction,
        issuedOn: input.issuedOn ?? isoDate(-3650),
        expiresOn: input.expiresOn === undefined ? isoDate(365) : input.expiresOn,
      },
    },
  );
  const verified = await gateway.request<{ verifyCredential: { id: string; version: number } }>(
    `mutation ($id: ID!, $version: Int!) { verifyCredential(id: $id, version: $version) { id version } }`,
    added.addCredential,
  );
  return verified.verifyCredential;
}

/** An ACTIVE examiner holding the specialty and a verified licence in the jurisdiction. */
export async function createActiveExaminer(
  gateway: GraphQLClient,
  options: { specialtyCode: string; jurisdiction?: string; input?: Record<string, unknown> },
): Promise<ExaminerFixture> {
  const examiner = await createExaminer(gateway, {
    specialties: [{ code: options.specialtyCode, boardCertified: true, primary: true }],
    ...options.input,
  });
  await addVerifiedCredential(gateway, examiner.id, { jurisdiction: options.jurisdiction ?? 'US-NY' });
  const data = await gateway.request<{ changeExaminerStatus: ExaminerFixture }>(
    `mutation ($id: ID!, $version: Int!) { changeExaminerStatus(id: $id, version: $version, input: { status: ACTIVE }) { id npi version } }`,
    { id: examiner.id, version: examiner.version },
  );
  return data.changeExaminerStatus;
}

export async function createClient(gateway: GraphQLClient, name = `Acme Insurance ${uniqueSuffix()}`) {
  const data = await gateway.request<{ createClient: { id: string; name: string; version: number } }>(
    `mutation ($input: CreateClientInput!) { createClient(input: $input) { id name version } }`,
    { input: { name, kind: 'INSURER', contactEmail: 'claims@example.org' } },
  );
  return data.createClient;
}

/** The specialty a fixture case requires unless told otherwise; every test platform creates it (support/platform.ts). */
export const DEFAULT_SPECIALTY_CODE = 'ORTHO';

/** Creates the default specialty: specialty codes are checked when a case stores them, so fixture cases need it. */
export async function createDefaultSpecialty(gateway: GraphQLClient): Promise<void> {
  await gateway.request(`mutation { createSpecialty(input: { code: "${DEFAULT_SPECIALTY_CODE}", name: "Orthopaedic surgery" }) { id } }`);
}

export function caseInput(clientId: string, overrides: Record<string, unknown> = {}) {
  return {
    clientId,
    claimNumber: `CLM-${uniqueSuffix()}`,
    lineOfBusiness: 'WORKERS_COMP',
    reasons: ['CAUSATION', 'MMI'],
    referralQuestions: ['What caused the lumbar injury?', 'Has the claimant reached MMI?'],
    requiredSpecialtyCode: DEFAULT_SPECIALTY_CODE,
    jurisdiction: 'US-NY',
    bodyParts: ['lumbar spine'],
    injuryDate: isoDate(-120),
    claimant: {
      firstName: 'Jordan',
      lastName: `Claimant-${uniqueSuffix()}`,
      dateOfBirth: '1980-04-12',
      email: 'jordan@example.net',
      city: 'Albany',
      region: 'NY',
      latitude: 42.65,
      longitude: -73.75,
      language: 'en',
    },
    ...overrides,
  };
}

export async function createCase(gateway: GraphQLClient, clientId: string, overrides: Record<string, unknown> = {}) {
  const data = await gateway.request<{ createCase: { id: string; referenceNumber: string; version: number; status: string } }>(
    `mutation ($input: CreateCaseInput!) { createCase(input: $input) { id referenceNumber version status } }`,
    { input: caseInput(clientId, overrides) },
  );
  return data.createCase;
}

/** The GraphQL error a request failed with (graphql-request throws a ClientError carrying the response). */
export async function graphqlError(request: Promise<unknown>): Promise<{ message: string; extensions: Record<string, any> }> {
  try {
    await request;
  } catch (error) {
    const errors = (error as { response?: { errors?: { message: string; extensions: Record<string, any> }[] } }).response?.errors;
    if (errors?.length) return errors[0];
    throw error;
  }
  throw new Error('expected the request to fail with a GraphQL error, but it succeeded');
}

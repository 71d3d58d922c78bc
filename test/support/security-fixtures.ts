import type { GraphQLClient } from 'graphql-request';
import { caseInput, createActiveExaminer, createClient, createSpecialty, uniqueSuffix } from './fixtures';
import { startTestPlatform, type TestPlatform } from './platform';

export interface TenantCase {
  id: string;
  referenceNumber: string;
  claimNumber: string;
  claimant: { firstName: string; lastName: string; email: string; dateOfBirth: string; city: string };
  reportId: string;
}

/**
 * Two client organisations A and B, each with one examined case and a started report, both cases assigned to
 * the same examiner E (so Examiner.cases and Examiner.reports hops cross tenants), and a second examiner F with
 * nothing assigned. Claimants have unique, recognisable identities, so tests can search responses for them.
 */
export interface TenancyWorld {
  /** A specialty E and F hold (both ACTIVE, licensed in US-NY, offices in Albany): cases needing it find them eligible. */
  specialtyCode: string;
  clientA: { id: string; name: string };
  clientB: { id: string; name: string };
  examinerE: { id: string };
  examinerF: { id: string };
  caseA: TenantCase;
  caseB: TenantCase;
  asClientA: GraphQLClient;
  asClientB: GraphQLClient;
  asExaminerE: GraphQLClient;
  asExaminerF: GraphQLClient;
  asAnalyst: GraphQLClient;
}

/** Marks a case examined by the examiner, as the (not yet built) scheduling lifecycle would. */
export async function markExamined(t: TestPlatform, caseId: string, examinerId: string) {
  await t.sql.query(
    `update cases.ime_case set examiner_id = $1, status = 'EXAMINED', assigned_at = now(), examined_at = now() where id = $2`,
    [examinerId, caseId],
  );
}

async function tenantCase(t: TestPlatform, clientId: string, examinerId: string, tag: string): Promise<TenantCase> {
  const claimant = {
    firstName: `Zelda${tag}`,
    lastName: `Quixote${tag}`,
    email: `zelda.${tag.toLowerCase()}@claimant.example`,
    dateOfBirth: '1971-03-09',
    city: `Springfield${tag}`,
  };
  const claimNumber = `CLM-${tag}`;
  const input = caseInput(clientId, { claimNumber, claimant: { ...caseInput(clientId).claimant, ...claimant }, requiredSpecialtyCode: 'ORTHO' });
  const created = await t.gateway.request<{ createCase: { id: string; referenceNumber: string } }>(
    `mutation ($input: CreateCaseInput!) { createCase(input: $input) { id referenceNumber } }`,
    { input },
  );
  await markExamined(t, created.createCase.id, examinerId);
  const report = await t.gateway.request<{ startReport: { id: string } }>(
    `mutation ($input: StartReportInput!) { startReport(input: $input) { id } }`,
    { input: { caseId: created.createCase.id } },
  );
  await t.gateway.request(`mutation ($id: ID!) { updateReport(id: $id, version: 1, input: { findings: "Findings ${tag}: lumbar strain of ${claimant.firstName}", history: "History told by ${claimant.lastName}" }) { id } }`, {
    id: report.startReport.id,
  });
  return { ...created.createCase, claimNumber, claimant, reportId: report.startReport.id };
}

export async function createTenancyWorld(t: TestPlatform): Promise<TenancyWorld> {
  const tag = uniqueSuffix().toUpperCase();
  const [clientA, clientB] = [await createClient(t.gateway, `Tenant A ${tag}`), await createClient(t.gateway, `Tenant B ${tag}`)];
  const specialty = await createSpecialty(t.gateway);
  const examinerE = await createActiveExaminer(t.gateway, { specialtyCode: specialty.code });
  const examinerF = await createActiveExaminer(t.gateway, { specialtyCode: specialty.code });
  const caseA = await tenantCase(t, clientA.id, examinerE.id, `A${tag}`);
  const caseB = await tenantCase(t, clientB.id, examinerE.id, `B${tag}`);
  return {
    specialtyCode: specialty.code,
    clientA,
    clientB,
    examinerE,
    examinerF,
    caseA,
    caseB,
    asClientA: await t.as({ role: 'CLIENT', clientId: clientA.id }),
    asClientB: await t.as({ role: 'CLIENT', clientId: clientB.id }),
    asExaminerE: await t.as({ role: 'EXAMINER', examinerId: examinerE.id }),
    asExaminerF: await t.as({ role: 'EXAMINER', examinerId: examinerF.id }),
    asAnalyst: await t.as({ role: 'ANALYST' }),
  };
}

/** A platform started for one test file, with the tenancy world created in it: `({ t, w } = await startTenancyPlatform())`. */
export async function startTenancyPlatform(): Promise<{ t: TestPlatform; w: TenancyWorld }> {
  const t = await startTestPlatform();
  return { t, w: await createTenancyWorld(t) };
}

/** The whole GraphQL response (data and errors) of a request, without throwing on errors. */
export async function rawRequest(client: GraphQLClient, query: string, variables: Record<string, unknown> = {}) {
  try {
    return { data: (await client.rawRequest<Record<string, any>>(query, variables)).data, errors: [] as any[] };
  } catch (error) {
    const response = (error as { response?: { data?: Record<string, any>; errors?: any[] } }).response;
    if (!response) throw error;
    return { data: response.data ?? null, errors: response.errors ?? [] };
  }
}

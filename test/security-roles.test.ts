import { readFileSync } from 'node:fs';
import { issueClaimantToken, loadAuthConfig } from '@imepanel/runtime';
import { SUBGRAPH_NAMES, type SubgraphName } from '@imepanel/runtime';
import { Kind, parse } from 'graphql';
import { GraphQLClient } from 'graphql-request';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseInput, createClient, createExaminer, createSpecialty, uniqueNpi, uniqueSuffix, workingWeekInput } from './support/fixtures';
import type { TestPlatform } from './support/platform';
import { earliestSlot, examDateAhead } from './support/journey';
import { lifecycleStates } from './support/lifecycle-states';
import { markExamined, rawRequest, startTenancyPlatform, type TenancyWorld } from './support/security-fixtures';
import { samplePdf, transfer } from './support/documents';

/**
 * Role × operation, through the gateway, for every query and mutation of the API (the first test fails when
 * an operation has no row). Each role's cell lists calls and what the caller must see:
 *   ok        — an answer, no error;
 *   forbidden — FORBIDDEN naming the operation, and null where the answer would be;
 *   null      — null, no error: a record out of the caller's scope looks like a missing one;
 *   empty     — a page with nothing in it (a filter reaching outside the caller's scope);
 *   not-found — NOT_FOUND: a change to a record out of scope is refused as if it did not exist.
 * CLIENT acts for organisation A; EXAMINER is examiner E (assigned to A's and B's cases); case C (B's, assigned
 * to examiner F, with F's report) is out of scope for both.
 */
type Outcome = 'ok' | 'forbidden' | 'null' | 'empty' | 'not-found' | 'rule';
type Role = 'ADMIN' | 'CLIENT' | 'EXAMINER' | 'ANALYST';
/** The claimant portal's session (docs/claimant-portal.md), bound to one case of organisation A. */
type CellRole = Role | 'CLAIMANT';
type Vars = () => Promise<Record<string, unknown>> | Record<string, unknown>;
interface Row {
  operation: string;
  document: string;
  /**
   * CLAIMANT, when absent, is refused (FORBIDDEN) with the ANALYST's variables: a claimant session can call
   * nothing but the claimant operations, which list their own CLAIMANT cell ('rule': FAILED_PRECONDITION — the
   * role may call it and the rule of the step refuses it in this state).
   */
  cells: Record<Role, [Outcome, Vars][]> & { CLAIMANT?: [Outcome, Vars][] };
}

let t: TestPlatform;
let w: TenancyWorld;
let caseC: { id: string; referenceNumber: string; reportId: string };
let specialtyCode: string;
let practiceGroupId: string;
let credentialId: string;
let reputationEventId: string;
const clients = {} as Record<CellRole, GraphQLClient>;
/** The claimant session's case (organisation A's), its access link and token. */
let claimantWorld: { caseId: string; accessId: string; token: string };
let st: ReturnType<typeof lifecycleStates>;

/** The variables of a change to a versioned record: its id and the version the caller read. */
const idAndVersion = (record: { id: string; version: number }) => ({ id: record.id, v: record.version });
const version = async (table: string, where: string, value: unknown) =>
  (await t.sql.query(`select version from ${table} where ${where} = $1`, [value])).rows[0].version as number;

/** A fresh case of a client, examined by an examiner (admin-created), for calls that consume one. */
async function examinedCase(clientId: string, examinerId: string) {
  const created = await t.gateway.request<any>(`mutation ($input: CreateCaseInput!) { createCase(input: $input) { id referenceNumber } }`, { input: caseInput(clientId) });
  await markExamined(t, created.createCase.id, examinerId);
  return created.createCase as { id: string; referenceNumber: string };
}
async function draftReport(clientId: string, examinerId: string) {
  const kase = await examinedCase(clientId, examinerId);
  const started = await t.gateway.request<any>(`mutation ($id: ID!) { startReport(input: { caseId: $id }) { id version } }`, { id: kase.id });
  return started.startReport as { id: string; version: number };
}
async function conflictOf(examinerId: string) {
  // A client of its own: a conflict with a client of the tenancy world would take its examiners off that client's cases.
  const client = await createClient(t.gateway);
  const data = await t.gateway.request<any>(
    `mutation ($e: ID!, $client: String!) { declareConflict(examinerId: $e, input: { partyType: CLIENT, partyIdentity: $client, reason: "Consulted for them" }) { id version } }`,
    { e: examinerId, client: client.id },
  );
  return data.declareConflict as { id: string; version: number };
}
async function credentialOf(examinerId: string) {
  const data = await t.gateway.request<any>(
    `mutation ($e: ID!) { addCredential(examinerId: $e, input: { kind: BOARD_CERTIFICATION, issuer: "ABOS", number: "${uniqueSuffix()}" }) { id version } }`,
    { e: examinerId },
  );
  return data.addCredential as { id: string; version: number };
}

/** The administrator's token: the same user as `t.gateway`, so the document links it asks for are its own. */
const adminToken = () => t.token({ role: 'ADMIN', sub: 'test-admin', name: 'Test administrator' });

/** A stored document of a case, uploaded by the administrator through its link (docs/documents.md). */
async function storedDocument(caseId: string) {
  const data = await t.gateway.request<any>(
    `mutation ($input: RequestDocumentUploadInput!) { requestDocumentUpload(input: $input) { document { id } link { path } } }`,
    { input: { caseId, kind: 'MEDICAL_RECORD', fileName: 'records.pdf', declaredType: 'application/pdf', providedBy: 'CLIENT' } },
  );
  const answer = await transfer(new URL(t.gatewayUrl).origin + data.requestDocumentUpload.link.path, { method: 'POST', token: await adminToken(), source: await samplePdf(1) });
  expect(answer.status).toBe(201);
  const id = data.requestDocumentUpload.document.id as string;
  return { id, version: await version('cases.case_document', 'id', id) };
}

/** Stored evidence of a fresh credential of the examiner, uploaded by the administrator. */
async function storedEvidence(examinerId: string) {
  const credential = await credentialOf(examinerId);
  const data = await t.gateway.request<any>(
    `mutation ($id: ID!) { requestCredentialEvidenceUpload(credentialId: $id, input: { kind: CERTIFICATE, fileName: "board.pdf", declaredType: "application/pdf" }) { evidence { id } link { path } } }`,
    { id: credential.id },
  );
  const answer = await transfer(new URL(t.gatewayUrl).origin + data.requestCredentialEvidenceUpload.link.path, { method: 'POST', token: await adminToken(), source: await samplePdf(1) });
  expect(answer.status).toBe(201);
  return data.requestCredentialEvidenceUpload.evidence.id as string;
}

/** One open panel per client for the read-only auditPanelDraw calls (drawing one per call would only cost time). */
const auditedPanels = new Map<string, Promise<string>>();
const auditedPanel = (clientId: string) => {
  if (!auditedPanels.has(clientId)) auditedPanels.set(clientId, st.withPanel(clientId).then((p) => p.panelId));
  return auditedPanels.get(clientId)!;
};

/** Jurisdictions the migrations do not seed, one per createJurisdictionRule call. */
const unusedJurisdictions = ['US-TX', 'US-FL', 'US-GA', 'US-IL', 'US-PA', 'US-OH', 'US-MI', 'US-NC', 'US-AZ', 'US-CO', 'US-NJ', 'US-VA'];
const rule = (name: string) => ({ name, reportRecipients: ['CLIENT'], reportDueDays: 30 });
/** A fresh weekday from March 2030 on (no US federal holiday falls there until Memorial Day), one per holiday call. */
let holidayDay = Date.UTC(2030, 2, 3);
const unusedHolidayDate = () => {
  do holidayDay += 86_400_000;
  while ([0, 6].includes(new Date(holidayDay).getUTCDay()));
  return new Date(holidayDay).toISOString().slice(0, 10);
};
const all = (outcome: Outcome, vars: Vars = () => ({})): Record<Role, [Outcome, Vars][]> => ({
  ADMIN: [[outcome, vars]],
  CLIENT: [[outcome, vars]],
  EXAMINER: [[outcome, vars]],
  ANALYST: [[outcome, vars]],
});
const adminOnly = (vars: Vars): Record<Role, [Outcome, Vars][]> => ({
  ADMIN: [['ok', vars]],
  CLIENT: [['forbidden', vars]],
  EXAMINER: [['forbidden', vars]],
  ANALYST: [['forbidden', vars]],
});

/** Services only (cases asks examiners, reports asks cases); every user role but ADMIN is refused. */
const serviceOnly = adminOnly;
/** A client acts on its own organisation's cases; another organisation's look missing; others are refused. */
const clientSide = (vars: (clientId: string) => Promise<Record<string, unknown>>): Record<Role, [Outcome, Vars][]> => ({
  ADMIN: [['ok', () => vars(w.clientB.id)]],
  CLIENT: [
    ['ok', () => vars(w.clientA.id)],
    ['not-found', () => vars(w.clientB.id)],
  ],
  EXAMINER: [['forbidden', () => vars(w.clientA.id)]],
  ANALYST: [['forbidden', () => vars(w.clientA.id)]],
});
/** The assigned examiner acts on their own cases or reports; someone else's look missing. */
const examinerSide = (vars: (examinerId: string) => Promise<Record<string, unknown>>): Record<Role, [Outcome, Vars][]> => ({
  ADMIN: [['ok', () => vars(w.examinerF.id)]],
  CLIENT: [['forbidden', () => vars(w.examinerE.id)]],
  EXAMINER: [
    ['ok', () => vars(w.examinerE.id)],
    ['not-found', () => vars(w.examinerF.id)],
  ],
  ANALYST: [['forbidden', () => vars(w.examinerE.id)]],
});
/** A change to a fresh draft report: its examiner's own (E on organisation A's case) or, for the administrator, F's on B's. */
const draftAuthorSide = (): Record<Role, [Outcome, Vars][]> => ({
  ADMIN: [['ok', async () => idAndVersion(await draftReport(w.clientB.id, w.examinerF.id))]],
  CLIENT: [['forbidden', async () => idAndVersion(await draftReport(w.clientA.id, w.examinerE.id))]],
  EXAMINER: [
    ['ok', async () => idAndVersion(await draftReport(w.clientA.id, w.examinerE.id))],
    ['not-found', async () => idAndVersion(await draftReport(w.clientA.id, w.examinerF.id))],
  ],
  ANALYST: [['forbidden', async () => idAndVersion(await draftReport(w.clientA.id, w.examinerE.id))]],
});
/** Both the client of the case and its assigned examiner may act; each only on their own. */
const clientOrExaminer = (vars: (clientId: string, examinerId: string) => Promise<Record<string, unknown>>): Record<Role, [Outcome, Vars][]> => ({
  ADMIN: [['ok', () => vars(w.clientB.id, w.examinerF.id)]],
  CLIENT: [
    ['ok', () => vars(w.clientA.id, w.examinerF.id)],
    ['not-found', () => vars(w.clientB.id, w.examinerF.id)],
  ],
  EXAMINER: [
    ['ok', () => vars(w.clientB.id, w.examinerE.id)],
    ['not-found', () => vars(w.clientA.id, w.examinerF.id)],
  ],
  ANALYST: [['forbidden', () => vars(w.clientA.id, w.examinerE.id)]],
});

/** Claimant operations: only a claimant session; every staff role is refused (ADMIN by the command: no case of its own). */
const claimantOnly = (claimant: [Outcome, Vars][], vars: Vars = () => ({})): Row['cells'] => ({
  ADMIN: [['forbidden', vars]],
  CLIENT: [['forbidden', vars]],
  EXAMINER: [['forbidden', vars]],
  ANALYST: [['forbidden', vars]],
  CLAIMANT: claimant,
});

/** A case of the client with a claimant portal link (issued by the administrator), and a session token for it. */
async function claimantSessionOf(clientId: string) {
  const kase = await st.requested(clientId);
  const issued = await t.gateway.request<any>(`mutation ($id: ID!) { issueClaimantAccess(caseId: $id, party: CLAIMANT, sendByEmail: false) { access { id } } }`, { id: kase.id });
  const accessId = issued.issueClaimantAccess.access.id as string;
  const { token } = await issueClaimantToken(loadAuthConfig(), { accessId, caseId: kase.id, name: 'Claimant' }, { ttlSeconds: 3600 });
  return { caseId: kase.id, accessId, token };
}
const claimantClient = (token: string, url = t.gatewayUrl) => new GraphQLClient(url, { headers: { authorization: `Bearer ${token}` } });
/** A request the claimant of a fresh case of the client made in the portal. */
async function claimantRequestOf(clientId: string) {
  const session = await claimantSessionOf(clientId);
  const data = await claimantClient(session.token).request<any>(`mutation { makeClaimantRequest(input: { kind: INTERPRETER, details: "Spanish, please" }) { id } }`);
  return data.makeClaimantRequest.id as string;
}
const firstOfMonth = () => `${new Date().toISOString().slice(0, 7)}-01`;

const rows = (): Row[] => [
  // ── cases subgraph: queries
  {
    operation: 'case',
    document: `query ($id: ID!) { case(id: $id) { id } }`,
    cells: {
      ADMIN: [['ok', () => ({ id: caseC.id })]],
      CLIENT: [['ok', () => ({ id: w.caseA.id })], ['null', () => ({ id: w.caseB.id })]],
      EXAMINER: [['ok', () => ({ id: w.caseB.id })], ['null', () => ({ id: caseC.id })]],
      ANALYST: [['ok', () => ({ id: caseC.id })]],
    },
  },
  {
    operation: 'caseByReference',
    document: `query ($ref: String!) { caseByReference(referenceNumber: $ref) { id } }`,
    cells: {
      ADMIN: [['ok', () => ({ ref: caseC.referenceNumber })]],
      CLIENT: [['ok', () => ({ ref: w.caseA.referenceNumber })], ['null', () => ({ ref: caseC.referenceNumber })]],
      EXAMINER: [['ok', () => ({ ref: w.caseA.referenceNumber })], ['null', () => ({ ref: caseC.referenceNumber })]],
      ANALYST: [['ok', () => ({ ref: caseC.referenceNumber })]],
    },
  },
  {
    operation: 'cases',
    document: `query ($filter: CaseFilter) { cases(filter: $filter) { total items { id } } }`,
    cells: {
      ADMIN: [['ok', () => ({})]],
      CLIENT: [['ok', () => ({})], ['empty', () => ({ filter: { clientId: w.clientB.id } })]],
      EXAMINER: [['ok', () => ({})], ['empty', () => ({ filter: { examinerId: w.examinerF.id } })]],
      ANALYST: [['ok', () => ({})]],
    },
  },
  {
    operation: 'caseEligibleExaminers',
    document: `query ($id: ID!) { caseEligibleExaminers(caseId: $id) { examDate examiners { examinerId } } }`,
    cells: clientSide(async (clientId) => ({ id: clientId === w.clientA.id ? w.caseA.id : w.caseB.id })),
  },
  {
    operation: 'explainCaseEligibility',
    document: `query ($id: ID!, $e: ID!) { explainCaseEligibility(caseId: $id, examinerId: $e) { eligible rules { rule } } }`,
    cells: clientSide(async (clientId) => ({ id: clientId === w.clientA.id ? w.caseA.id : w.caseB.id, e: w.examinerE.id })),
  },
  {
    operation: 'client',
    document: `query ($id: ID!) { client(id: $id) { id } }`,
    cells: {
      ADMIN: [['ok', () => ({ id: w.clientB.id })]],
      CLIENT: [['ok', () => ({ id: w.clientA.id })], ['null', () => ({ id: w.clientB.id })]],
      EXAMINER: [['forbidden', () => ({ id: w.clientA.id })]],
      ANALYST: [['ok', () => ({ id: w.clientB.id })]],
    },
  },
  {
    operation: 'clients',
    document: `{ clients { total items { id } } }`,
    cells: { ...all('ok'), EXAMINER: [['forbidden', () => ({})]] },
  },
  { operation: 'jurisdictionRule', document: `{ jurisdictionRule(code: "US-NY") { code } }`, cells: all('ok') },
  { operation: 'jurisdictionRules', document: `{ jurisdictionRules { code } }`, cells: all('ok') },
  { operation: 'casesAuditLog', document: `{ casesAuditLog { total } }`, cells: adminOnly(() => ({})) },
  // ── examiners subgraph: queries
  { operation: 'credential', document: `query ($id: ID!) { credential(id: $id) { id } }`, cells: all('ok', () => ({ id: credentialId })) },
  { operation: 'credentials', document: `{ credentials { total } }`, cells: all('ok') },
  { operation: 'examiner', document: `query ($id: ID!) { examiner(id: $id) { id } }`, cells: all('ok', () => ({ id: w.examinerF.id })) },
  { operation: 'examiners', document: `{ examiners { total } }`, cells: all('ok') },
  { operation: 'practiceGroup', document: `query ($id: ID!) { practiceGroup(id: $id) { id } }`, cells: all('ok', () => ({ id: practiceGroupId })) },
  { operation: 'practiceGroups', document: `{ practiceGroups { total } }`, cells: all('ok') },
  {
    operation: 'reputationEvents',
    document: `query ($filter: ReputationEventFilter) { reputationEvents(filter: $filter) { total items { id } } }`,
    cells: {
      ADMIN: [['ok', () => ({})]],
      CLIENT: [['forbidden', () => ({})]],
      EXAMINER: [['ok', () => ({})], ['empty', () => ({ filter: { examinerId: w.examinerF.id } })]],
      ANALYST: [['ok', () => ({})]],
    },
  },
  { operation: 'reputationWeights', document: `{ reputationWeights { version } }`, cells: all('ok') },
  { operation: 'specialty', document: `query ($code: String!) { specialty(code: $code) { code } }`, cells: all('ok', () => ({ code: specialtyCode })) },
  { operation: 'specialties', document: `{ specialties { total } }`, cells: all('ok') },
  { operation: 'examinersAuditLog', document: `{ examinersAuditLog { total } }`, cells: adminOnly(() => ({})) },
  // ── reports subgraph: queries
  {
    operation: 'report',
    document: `query ($id: ID!) { report(id: $id) { id } }`,
    cells: {
      ADMIN: [['ok', () => ({ id: caseC.reportId })]],
      CLIENT: [['ok', () => ({ id: w.caseA.reportId })], ['null', () => ({ id: w.caseB.reportId })]],
      EXAMINER: [['ok', () => ({ id: w.caseB.reportId })], ['null', () => ({ id: caseC.reportId })]],
      ANALYST: [['ok', () => ({ id: caseC.reportId })]],
    },
  },
  {
    operation: 'reports',
    document: `query ($filter: ReportFilter) { reports(filter: $filter) { total items { id } } }`,
    cells: {
      ADMIN: [['ok', () => ({})]],
      CLIENT: [['ok', () => ({})], ['empty', () => ({ filter: { caseId: w.caseB.id } })]],
      EXAMINER: [['ok', () => ({})], ['empty', () => ({ filter: { caseId: caseC.id } })]],
      ANALYST: [['ok', () => ({})]],
    },
  },
  { operation: 'reportsAuditLog', document: `{ reportsAuditLog { total } }`, cells: adminOnly(() => ({})) },

  // ── cases subgraph: mutations
  {
    operation: 'createCase',
    document: `mutation ($input: CreateCaseInput!) { createCase(input: $input) { id } }`,
    cells: {
      ADMIN: [['ok', () => ({ input: caseInput(w.clientB.id) })]],
      CLIENT: [['ok', () => ({ input: caseInput(w.clientA.id) })], ['forbidden', () => ({ input: caseInput(w.clientB.id) })]],
      EXAMINER: [['forbidden', () => ({ input: caseInput(w.clientA.id) })]],
      ANALYST: [['forbidden', () => ({ input: caseInput(w.clientA.id) })]],
    },
  },
  {
    operation: 'updateCase',
    document: `mutation ($id: ID!, $v: Int!) { updateCase(id: $id, version: $v, input: { priority: URGENT }) { id } }`,
    cells: {
      ADMIN: [['ok', async () => ({ id: caseC.id, v: await version('cases.ime_case', 'id', caseC.id) })]],
      CLIENT: [
        ['ok', async () => ({ id: w.caseA.id, v: await version('cases.ime_case', 'id', w.caseA.id) })],
        ['not-found', async () => ({ id: w.caseB.id, v: await version('cases.ime_case', 'id', w.caseB.id) })],
      ],
      EXAMINER: [['forbidden', async () => ({ id: w.caseA.id, v: await version('cases.ime_case', 'id', w.caseA.id) })]],
      ANALYST: [['forbidden', async () => ({ id: w.caseA.id, v: await version('cases.ime_case', 'id', w.caseA.id) })]],
    },
  },
  {
    operation: 'createClient',
    document: `mutation ($name: String!) { createClient(input: { name: $name, kind: INSURER }) { id } }`,
    cells: adminOnly(() => ({ name: `Client ${uniqueSuffix()}` })),
  },
  {
    operation: 'updateClient',
    document: `mutation ($id: ID!, $v: Int!) { updateClient(id: $id, version: $v, input: { contactName: "Pat" }) { id } }`,
    cells: adminOnly(async () => ({ id: w.clientB.id, v: await version('cases.client', 'id', w.clientB.id) })),
  },
  {
    operation: 'createJurisdictionRule',
    document: `mutation ($input: CreateJurisdictionRuleInput!) { createJurisdictionRule(input: $input) { code } }`,
    cells: adminOnly(() => ({ input: { code: unusedJurisdictions.shift(), ...rule('Somewhere') } })),
  },
  {
    operation: 'updateJurisdictionRule',
    document: `mutation ($v: Int!, $input: JurisdictionRuleInput!) { updateJurisdictionRule(code: "US-OR", version: $v, input: $input) { code } }`,
    cells: adminOnly(async () => ({ v: await version('cases.jurisdiction_rule', 'code', 'US-OR'), input: rule('Oregon workers’ compensation') })),
  },
  {
    operation: 'addJurisdictionHoliday',
    document: `mutation ($date: LocalDate!) { addJurisdictionHoliday(code: "US-OR", input: { date: $date, name: "Test holiday" }) { code } }`,
    cells: adminOnly(() => ({ date: unusedHolidayDate() })),
  },
  {
    operation: 'removeJurisdictionHoliday',
    document: `mutation ($date: LocalDate!) { removeJurisdictionHoliday(code: "US-OR", date: $date) { code } }`,
    cells: adminOnly(async () => {
      const date = unusedHolidayDate();
      await t.gateway.request(`mutation ($date: LocalDate!) { addJurisdictionHoliday(code: "US-OR", input: { date: $date, name: "To remove" }) { code } }`, { date });
      return { date };
    }),
  },
  {
    operation: 'extendJurisdictionHolidays',
    document: `mutation ($year: Int!) { extendJurisdictionHolidays(code: "US-OR", throughYear: $year) { holidayYearsThrough } }`,
    cells: adminOnly(async () => ({ year: (await t.sql.query(`select holiday_years_through from cases.jurisdiction_rule where code = 'US-OR'`)).rows[0].holiday_years_through + 1 })),
  },
  // ── examiners subgraph: availability (docs/rules.md, "Scheduling")
  {
    operation: 'examinerAvailability',
    document: `query ($e: ID!) { examinerAvailability(examinerId: $e) { examinerId } }`,
    cells: {
      ADMIN: [['ok', () => ({ e: w.examinerF.id })]],
      CLIENT: [['forbidden', () => ({ e: w.examinerE.id })]],
      EXAMINER: [['ok', () => ({ e: w.examinerE.id })], ['forbidden', () => ({ e: w.examinerF.id })]],
      ANALYST: [['forbidden', () => ({ e: w.examinerE.id })]],
    },
  },
  {
    operation: 'examinerAvailabilities',
    document: `query ($ids: [ID!]!) { examinerAvailabilities(examinerIds: $ids) { examinerId } }`,
    cells: serviceOnly(() => ({ ids: [w.examinerE.id, w.examinerF.id] })),
  },
  {
    operation: 'setAvailability',
    document: `mutation ($e: ID!, $input: AvailabilityInput!) { setAvailability(examinerId: $e, input: $input) { version } }`,
    cells: {
      ADMIN: [['ok', async () => ({ e: w.examinerF.id, input: await workingWeekInput(t.gateway, w.examinerF.id) })]],
      CLIENT: [['forbidden', async () => ({ e: w.examinerE.id, input: await workingWeekInput(t.gateway, w.examinerE.id) })]],
      EXAMINER: [
        ['ok', async () => ({ e: w.examinerE.id, input: await workingWeekInput(t.gateway, w.examinerE.id) })],
        ['forbidden', async () => ({ e: w.examinerF.id, input: await workingWeekInput(t.gateway, w.examinerF.id) })],
      ],
      ANALYST: [['forbidden', async () => ({ e: w.examinerE.id, input: await workingWeekInput(t.gateway, w.examinerE.id) })]],
    },
  },
  // ── examiners subgraph: mutations
  {
    operation: 'declareConflict',
    document: `mutation ($e: ID!) { declareConflict(examinerId: $e, input: { partyType: EMPLOYER, partyIdentity: "Globex", reason: "Former employer" }) { id } }`,
    cells: {
      ADMIN: [['ok', () => ({ e: w.examinerF.id })]],
      CLIENT: [['forbidden', () => ({ e: w.examinerE.id })]],
      EXAMINER: [['ok', () => ({ e: w.examinerE.id })], ['forbidden', () => ({ e: w.examinerF.id })]],
      ANALYST: [['forbidden', () => ({ e: w.examinerE.id })]],
    },
  },
  {
    operation: 'updateConflict',
    document: `mutation ($id: ID!, $v: Int!) { updateConflict(id: $id, version: $v, input: { reason: "Updated reason" }) { id } }`,
    cells: examinerSide(async (examinerId) => idAndVersion(await conflictOf(examinerId))),
  },
  {
    operation: 'removeConflict',
    document: `mutation ($id: ID!, $v: Int!) { removeConflict(id: $id, version: $v) }`,
    cells: examinerSide(async (examinerId) => idAndVersion(await conflictOf(examinerId))),
  },
  {
    operation: 'addCredential',
    document: `mutation ($e: ID!, $n: String!) { addCredential(examinerId: $e, input: { kind: DEA_REGISTRATION, issuer: "DEA", number: $n, jurisdiction: "US-NY" }) { id } }`,
    cells: adminOnly(() => ({ e: w.examinerE.id, n: `AB${uniqueSuffix()}` })),
  },
  {
    operation: 'updateCredential',
    document: `mutation ($id: ID!, $v: Int!) { updateCredential(id: $id, version: $v, input: { issuer: "ABOS (renamed)" }) { id } }`,
    cells: adminOnly(async () => idAndVersion(await credentialOf(w.examinerE.id))),
  },
  {
    operation: 'verifyCredential',
    document: `mutation ($id: ID!, $v: Int!) { verifyCredential(id: $id, version: $v) { id } }`,
    cells: adminOnly(async () => idAndVersion(await credentialOf(w.examinerE.id))),
  },
  {
    operation: 'renewCredential',
    document: `mutation ($id: ID!, $v: Int!) { renewCredential(id: $id, version: $v, input: { expiresOn: "2099-12-31" }) { id } }`,
    cells: adminOnly(async () => idAndVersion(await credentialOf(w.examinerE.id))),
  },
  {
    operation: 'rejectCredential',
    document: `mutation ($id: ID!, $v: Int!) { rejectCredential(id: $id, version: $v, note: "Number does not match the board's register") { id } }`,
    cells: adminOnly(async () => idAndVersion(await credentialOf(w.examinerE.id))),
  },
  {
    operation: 'removeCredential',
    document: `mutation ($id: ID!, $v: Int!) { removeCredential(id: $id, version: $v) }`,
    cells: adminOnly(async () => idAndVersion(await credentialOf(w.examinerE.id))),
  },
  {
    operation: 'createExaminer',
    document: `mutation ($input: CreateExaminerInput!) { createExaminer(input: $input) { id } }`,
    cells: adminOnly(() => ({
      input: { npi: uniqueNpi(), firstName: 'New', lastName: `Examiner ${uniqueSuffix()}`, email: `new-${uniqueSuffix()}@example.org`, languages: ['en'] },
    })),
  },
  {
    operation: 'updateExaminer',
    document: `mutation ($id: ID!, $v: Int!) { updateExaminer(id: $id, version: $v, input: { bio: "Updated bio" }) { id } }`,
    cells: adminOnly(async () => ({ id: w.examinerF.id, v: await version('examiners.examiner', 'id', w.examinerF.id) })),
  },
  {
    operation: 'changeExaminerStatus',
    document: `mutation ($id: ID!, $v: Int!) { changeExaminerStatus(id: $id, version: $v, input: { status: SUSPENDED, reason: "Licence under review" }) { id } }`,
    cells: adminOnly(async () => idAndVersion(await createExaminer(t.gateway))),
  },
  {
    operation: 'createPracticeGroup',
    document: `mutation ($name: String!) { createPracticeGroup(input: { name: $name }) { id } }`,
    cells: adminOnly(() => ({ name: `Group ${uniqueSuffix()}` })),
  },
  {
    operation: 'updatePracticeGroup',
    document: `mutation ($id: ID!, $v: Int!, $name: String!) { updatePracticeGroup(id: $id, version: $v, input: { name: $name }) { id } }`,
    cells: adminOnly(async () => ({ id: practiceGroupId, v: await version('examiners.practice_group', 'id', practiceGroupId), name: `Group ${uniqueSuffix()}` })),
  },
  {
    operation: 'recordReputationEvent',
    document: `mutation ($e: ID!) { recordReputationEvent(examinerId: $e, input: { kind: COMMENDATION, note: "Thorough report" }) { id } }`,
    cells: adminOnly(() => ({ e: w.examinerE.id })),
  },
  {
    operation: 'removeReputationEvent',
    document: `mutation ($id: ID!) { removeReputationEvent(id: $id) }`,
    cells: adminOnly(async () => {
      const data = await t.gateway.request<any>(`mutation ($e: ID!) { recordReputationEvent(examinerId: $e, input: { kind: COMMENDATION }) { id } }`, { e: w.examinerE.id });
      return { id: data.recordReputationEvent.id };
    }),
  },
  {
    operation: 'updateReputationWeights',
    document: `mutation ($v: Int!, $input: ReputationWeightsInput!) { updateReputationWeights(version: $v, input: $input) { version } }`,
    cells: adminOnly(async () => {
      const { reputationWeights: { version: v, ...input } } = await t.gateway.request<any>(
        `{ reputationWeights { version timeliness turnaround completeness qa audit reliability conduct credentials } }`,
      );
      return { v, input };
    }),
  },
  {
    operation: 'createSpecialty',
    document: `mutation ($code: String!) { createSpecialty(input: { code: $code, name: "New specialty" }) { code } }`,
    cells: adminOnly(() => ({ code: `SP_${uniqueSuffix().toUpperCase()}` })),
  },
  {
    operation: 'updateSpecialty',
    document: `mutation ($code: String!, $v: Int!) { updateSpecialty(code: $code, version: $v, input: { description: "Updated" }) { code } }`,
    cells: adminOnly(async () => ({ code: specialtyCode, v: await version('examiners.specialty', 'code', specialtyCode) })),
  },
  // ── reports subgraph: mutations
  {
    operation: 'startReport',
    document: `mutation ($id: ID!) { startReport(input: { caseId: $id }) { id } }`,
    cells: {
      ADMIN: [['ok', async () => ({ id: (await examinedCase(w.clientB.id, w.examinerF.id)).id })]],
      CLIENT: [['forbidden', async () => ({ id: (await examinedCase(w.clientA.id, w.examinerE.id)).id })]],
      EXAMINER: [
        ['ok', async () => ({ id: (await examinedCase(w.clientA.id, w.examinerE.id)).id })],
        ['not-found', async () => ({ id: (await examinedCase(w.clientA.id, w.examinerF.id)).id })],
      ],
      ANALYST: [['forbidden', async () => ({ id: (await examinedCase(w.clientA.id, w.examinerE.id)).id })]],
    },
  },
  {
    operation: 'updateReport',
    document: `mutation ($id: ID!, $v: Int!) { updateReport(id: $id, version: $v, input: { findings: "Normal gait" }) { id } }`,
    cells: draftAuthorSide(),
  },
  {
    operation: 'deleteReportDraft',
    document: `mutation ($id: ID!, $v: Int!) { deleteReportDraft(id: $id, version: $v) }`,
    cells: draftAuthorSide(),
  },
  // ── IME workflow: queries
  {
    operation: 'eligibleExaminers',
    document: `query ($input: EligibilityInput!) { eligibleExaminers(input: $input) { examiner { id } } }`,
    cells: serviceOnly(() => ({ input: { specialtyCode: w.specialtyCode, jurisdiction: 'US-NY', examDate: '2030-01-15' } })),
  },
  {
    operation: 'explainEligibility',
    document: `query ($id: ID!, $input: EligibilityInput!) { explainEligibility(examinerId: $id, input: $input) { eligible } }`,
    cells: serviceOnly(() => ({ id: w.examinerE.id, input: { specialtyCode: w.specialtyCode, jurisdiction: 'US-NY', examDate: '2030-01-15' } })),
  },
  { operation: 'expiringCredentials', document: `{ expiringCredentials(withinDays: 60) { total } }`, cells: all('ok') },
  { operation: 'credentialsDueForVerification', document: `{ credentialsDueForVerification(withinDays: 30) { total } }`, cells: all('ok') },
  {
    operation: 'previewReputationWeights',
    document: `query ($input: ReputationWeightsInput!) { previewReputationWeights(input: $input) { total } }`,
    cells: adminOnly(() => ({ input: { timeliness: 1, turnaround: 1, completeness: 1, qa: 1, audit: 1, reliability: 1, conduct: 1, credentials: 1 } })),
  },
  {
    operation: 'overdueClaimantCopies',
    document: `{ overdueClaimantCopies { total items { id } } }`,
    cells: { ADMIN: [['ok', () => ({})]], CLIENT: [['ok', () => ({})]], EXAMINER: [['forbidden', () => ({})]], ANALYST: [['forbidden', () => ({})]] },
  },
  // ── statistics (de-identified; a client sees its own organisation's only)
  {
    operation: 'caseStats',
    document: `{ caseStats(groupBy: [STATUS]) { overall { count } groups { status } } }`,
    cells: { ADMIN: [['ok', () => ({})]], CLIENT: [['ok', () => ({})]], EXAMINER: [['forbidden', () => ({})]], ANALYST: [['ok', () => ({})]] },
  },
  {
    operation: 'reportStats',
    document: `{ reportStats(groupBy: [STATUS]) { overall { count } groups { status } } }`,
    cells: { ADMIN: [['ok', () => ({})]], CLIENT: [['ok', () => ({})]], EXAMINER: [['forbidden', () => ({})]], ANALYST: [['ok', () => ({})]] },
  },
  {
    operation: 'auditPanelDraw',
    document: `query ($panel: ID!) { auditPanelDraw(panelId: $panel) { matches } }`,
    cells: {
      ADMIN: [['ok', async () => ({ panel: await auditedPanel(w.clientB.id) })]],
      CLIENT: [
        ['ok', async () => ({ panel: await auditedPanel(w.clientA.id) })],
        ['null', async () => ({ panel: await auditedPanel(w.clientB.id) })],
      ],
      EXAMINER: [['forbidden', async () => ({ panel: await auditedPanel(w.clientA.id) })]],
      ANALYST: [['forbidden', async () => ({ panel: await auditedPanel(w.clientA.id) })]],
    },
  },
  // ── IME workflow: mutations
  { operation: 'refreshReputation', document: `mutation { refreshReputation { examinersScored } }`, cells: adminOnly(() => ({})) },
  {
    operation: 'proposePanel',
    document: `mutation ($id: ID!) { proposePanel(caseId: $id, input: { size: 2, allowSmallerPanel: true }) { id } }`,
    cells: clientSide(async (clientId) => ({ id: (await st.requested(clientId)).id })),
  },
  {
    operation: 'strikePanelMember',
    document: `mutation ($panel: ID!, $e: ID!, $by: CaseParty!) { strikePanelMember(panelId: $panel, input: { examinerId: $e, by: $by }) { id } }`,
    cells: clientSide(async (clientId) => {
      const panel = await st.withPanel(clientId);
      return { panel: panel.panelId, e: panel.members[0], by: 'CLIENT' };
    }),
  },
  {
    operation: 'selectPanelMember',
    document: `mutation ($panel: ID!, $e: ID!, $by: CaseParty!) { selectPanelMember(panelId: $panel, input: { examinerId: $e, by: $by }) { id } }`,
    cells: clientSide(async (clientId) => {
      const panel = await st.withPanel(clientId);
      return { panel: panel.panelId, e: panel.members[0], by: 'CLIENT' };
    }),
  },
  {
    operation: 'assignExaminer',
    document: `mutation ($id: ID!, $v: Int!, $e: ID!) { assignExaminer(caseId: $id, version: $v, examinerId: $e) { id } }`,
    cells: clientSide(async (clientId) => {
      const kase = await st.requested(clientId);
      return { id: kase.id, v: kase.version, e: w.examinerE.id };
    }),
  },
  {
    operation: 'availableSlots',
    document: `query ($id: ID!) { availableSlots(caseId: $id) { earliest { startsAt } } }`,
    cells: clientOrExaminer(async (clientId, examinerId) => ({ id: (await st.assigned(clientId, examinerId)).id })),
  },
  {
    operation: 'arrangeInterpreter',
    document: `mutation ($id: ID!, $v: Int!) { arrangeInterpreter(caseId: $id, version: $v, input: { agency: "Lingua Medical", confirmed: true }) { id } }`,
    cells: clientSide(async (clientId) => idAndVersion(await st.scheduled(clientId, w.examinerE.id))),
  },
  {
    operation: 'arrangeAccommodation',
    document: `mutation ($id: ID!, $v: Int!) {
      arrangeAccommodation(caseId: $id, version: $v, input: { accommodation: "Wheelchair-accessible room", arrangement: "Ground-floor room", arrangedBy: "Front desk", confirmed: true }) { id }
    }`,
    cells: clientSide(async (clientId) =>
      idAndVersion(await st.scheduled(clientId, w.examinerE.id, { claimant: { ...caseInput(clientId).claimant, accommodations: ['Wheelchair-accessible room'] } })),
    ),
  },
  {
    operation: 'rotateCalendarFeed',
    document: `mutation ($e: ID!) { rotateCalendarFeed(examinerId: $e) { path } }`,
    cells: {
      ADMIN: [['ok', () => ({ e: w.examinerF.id })]],
      CLIENT: [['forbidden', () => ({ e: w.examinerE.id })]],
      EXAMINER: [['ok', () => ({ e: w.examinerE.id })], ['forbidden', () => ({ e: w.examinerF.id })]],
      ANALYST: [['forbidden', () => ({ e: w.examinerE.id })]],
    },
  },
  {
    operation: 'revokeCalendarFeed',
    document: `mutation ($e: ID!) { revokeCalendarFeed(examinerId: $e) }`,
    cells: {
      ADMIN: [['ok', () => ({ e: w.examinerF.id })]],
      CLIENT: [['forbidden', () => ({ e: w.examinerE.id })]],
      EXAMINER: [['ok', () => ({ e: w.examinerE.id })], ['forbidden', () => ({ e: w.examinerF.id })]],
      ANALYST: [['forbidden', () => ({ e: w.examinerE.id })]],
    },
  },
  {
    operation: 'scheduleExam',
    document: `mutation ($id: ID!, $v: Int!, $at: DateTime!) { scheduleExam(caseId: $id, version: $v, input: { scheduledAt: $at }) { id } }`,
    cells: clientOrExaminer(async (clientId, examinerId) => {
      const kase = await st.assigned(clientId, examinerId);
      return { id: kase.id, v: kase.version, at: (await earliestSlot(t.gateway, kase.id, examDateAhead(28))).startsAt };
    }),
  },
  {
    operation: 'serveNotice',
    document: `mutation ($id: ID!, $v: Int!) { serveNotice(caseId: $id, version: $v, input: { method: MAIL }) { id } }`,
    cells: clientSide(async (clientId) => idAndVersion(await st.scheduled(clientId, w.examinerE.id))),
  },
  {
    operation: 'markExamined',
    document: `mutation ($id: ID!, $v: Int!) { markExamined(caseId: $id, version: $v) { id } }`,
    cells: examinerSide(async (examinerId) => idAndVersion(await st.examDue(w.clientA.id, examinerId))),
  },
  {
    operation: 'markNoShow',
    document: `mutation ($id: ID!, $v: Int!) { markNoShow(caseId: $id, version: $v, input: { party: CLAIMANT }) { id } }`,
    cells: clientOrExaminer(async (clientId, examinerId) => idAndVersion(await st.scheduled(clientId, examinerId))),
  },
  {
    operation: 'cancelCase',
    document: `mutation ($id: ID!, $v: Int!) { cancelCase(caseId: $id, version: $v, input: { reason: "Claim settled", party: CLIENT, chargeable: false }) { id } }`,
    cells: clientSide(async (clientId) => idAndVersion(await st.requested(clientId))),
  },
  {
    operation: 'markCaseReported',
    document: `mutation ($id: ID!) { markCaseReported(caseId: $id) { id } }`,
    cells: serviceOnly(async () => ({ id: (await st.final(w.clientA.id, w.examinerE.id)).caseId })),
  },
  {
    operation: 'closeCase',
    document: `mutation ($id: ID!, $v: Int!) { closeCase(caseId: $id, version: $v) { id } }`,
    cells: clientSide(async (clientId) => idAndVersion(await st.closable(clientId, w.examinerE.id))),
  },
  {
    operation: 'submitReport',
    document: `mutation ($id: ID!, $v: Int!) { submitReport(id: $id, version: $v) { id } }`,
    cells: examinerSide(async (examinerId) => idAndVersion(await st.completeDraft(w.clientA.id, examinerId))),
  },
  {
    operation: 'startReportQa',
    document: `mutation ($id: ID!, $v: Int!) { startReportQa(id: $id, version: $v) { id } }`,
    cells: adminOnly(async () => idAndVersion(await st.submitted(w.clientA.id, w.examinerE.id))),
  },
  {
    operation: 'requestReportChanges',
    document: `mutation ($id: ID!, $v: Int!) { requestReportChanges(id: $id, version: $v, input: { notes: "List the records by date" }) { id } }`,
    cells: adminOnly(async () => idAndVersion(await st.inQa(w.clientA.id, w.examinerE.id))),
  },
  {
    operation: 'finaliseReport',
    document: `mutation ($id: ID!, $v: Int!) { finaliseReport(id: $id, version: $v) { id } }`,
    cells: adminOnly(async () => idAndVersion(await st.inQa(w.clientA.id, w.examinerE.id))),
  },
  {
    operation: 'recordReportDeliveries',
    document: `mutation ($id: ID!) { recordReportDeliveries(id: $id, deliveries: [{ recipient: CLIENT, method: PORTAL }]) { id } }`,
    cells: adminOnly(async () => ({ id: (await st.final(w.clientA.id, w.examinerE.id)).id })),
  },
  // ── documents (docs/documents.md)
  {
    operation: 'requestDocumentUpload',
    document: `mutation ($input: RequestDocumentUploadInput!) { requestDocumentUpload(input: $input) { document { id } } }`,
    cells: clientSide(async (clientId) => ({
      input: { caseId: clientId === w.clientA.id ? w.caseA.id : w.caseB.id, kind: 'CORRESPONDENCE', fileName: 'letter.pdf', declaredType: 'application/pdf', providedBy: 'ATTORNEY' },
    })),
  },
  {
    operation: 'requestDocumentDownload',
    document: `mutation ($id: ID!) { requestDocumentDownload(documentId: $id) { path } }`,
    cells: {
      ADMIN: [['ok', async () => ({ id: (await storedDocument(caseC.id)).id })]],
      CLIENT: [['ok', async () => ({ id: (await storedDocument(w.caseA.id)).id })], ['not-found', async () => ({ id: (await storedDocument(w.caseB.id)).id })]],
      EXAMINER: [['ok', async () => ({ id: (await storedDocument(w.caseB.id)).id })], ['not-found', async () => ({ id: (await storedDocument(caseC.id)).id })]],
      ANALYST: [['forbidden', async () => ({ id: (await storedDocument(w.caseA.id)).id })]],
    },
  },
  {
    operation: 'markDocumentServed',
    document: `mutation ($id: ID!, $v: Int!, $on: LocalDate!) { markDocumentServed(documentId: $id, version: $v, servedOn: $on) { id } }`,
    cells: clientSide(async (clientId) => ({ ...idAndVersion(await storedDocument(clientId === w.clientA.id ? w.caseA.id : w.caseB.id)), on: '2026-01-05' })),
  },
  {
    operation: 'verifyCaseChain',
    document: `query ($id: ID!) { verifyCaseChain(caseId: $id) { verified } }`,
    cells: clientSide(async (clientId) => ({ id: clientId === w.clientA.id ? w.caseA.id : w.caseB.id })),
  },
  {
    operation: 'requestReportPdfDownload',
    document: `mutation ($id: ID!) { requestReportPdfDownload(reportId: $id) { path } }`,
    cells: clientOrExaminer(async (clientId, examinerId) => ({ id: (await st.final(clientId, examinerId)).id })),
  },
  {
    operation: 'reportVersionDiff',
    document: `query ($id: ID!) { reportVersionDiff(reportId: $id, from: 1, to: 1) { changes { field } } }`,
    cells: clientOrExaminer(async (clientId, examinerId) => ({ id: (await draftReport(clientId, examinerId)).id })),
  },
  {
    operation: 'requestCredentialEvidenceUpload',
    document: `mutation ($id: ID!) { requestCredentialEvidenceUpload(credentialId: $id, input: { kind: LICENCE_SCAN, fileName: "licence.pdf", declaredType: "application/pdf" }) { evidence { id } } }`,
    cells: {
      ADMIN: [['ok', async () => ({ id: (await credentialOf(w.examinerF.id)).id })]],
      CLIENT: [['forbidden', async () => ({ id: (await credentialOf(w.examinerE.id)).id })]],
      EXAMINER: [['ok', async () => ({ id: (await credentialOf(w.examinerE.id)).id })], ['forbidden', async () => ({ id: (await credentialOf(w.examinerF.id)).id })]],
      ANALYST: [['forbidden', async () => ({ id: (await credentialOf(w.examinerE.id)).id })]],
    },
  },
  {
    operation: 'requestCredentialEvidenceDownload',
    document: `mutation ($id: ID!) { requestCredentialEvidenceDownload(documentId: $id) { path } }`,
    cells: {
      ADMIN: [['ok', async () => ({ id: await storedEvidence(w.examinerF.id) })]],
      CLIENT: [['forbidden', async () => ({ id: await storedEvidence(w.examinerE.id) })]],
      EXAMINER: [['ok', async () => ({ id: await storedEvidence(w.examinerE.id) })], ['not-found', async () => ({ id: await storedEvidence(w.examinerF.id) })]],
      ANALYST: [['forbidden', async () => ({ id: await storedEvidence(w.examinerE.id) })]],
    },
  },
  // Messaging (docs/messaging.md): webhooks for a client's own organisation and administrators; the message outbox
  // and the dead letters for administrators only.
  { operation: 'webhookSubscriptions', document: `{ webhookSubscriptions { total } }`, cells: staffAndClients() },
  { operation: 'webhookDeliveries', document: `{ webhookDeliveries { total } }`, cells: staffAndClients() },
  { operation: 'messages', document: `{ messages { total } }`, cells: adminOnly(() => ({})) },
  { operation: 'deadLetters', document: `{ deadLetters { total } }`, cells: adminOnly(() => ({})) },
  {
    operation: 'createWebhookSubscription',
    document: `mutation ($c: ID) { createWebhookSubscription(input: { clientId: $c, url: "https://hooks.example.com/ime", eventTypes: [CASE_CREATED] }) { secret } }`,
    cells: {
      ADMIN: [['ok', () => ({ c: w.clientB.id })]],
      CLIENT: [['ok', () => ({ c: null })]],
      EXAMINER: [['forbidden', () => ({ c: null })]],
      ANALYST: [['forbidden', () => ({ c: null })]],
    },
  },
  {
    operation: 'updateWebhookSubscription',
    document: `mutation ($id: ID!, $v: Int!) { updateWebhookSubscription(id: $id, version: $v, input: { description: "Claims system" }) { id } }`,
    cells: clientSide(async (clientId) => idAndVersion(await webhookOf(clientId))),
  },
  {
    operation: 'rotateWebhookSecret',
    document: `mutation ($id: ID!, $v: Int!) { rotateWebhookSecret(id: $id, version: $v) { secret } }`,
    cells: clientSide(async (clientId) => idAndVersion(await webhookOf(clientId))),
  },
  {
    operation: 'deleteWebhookSubscription',
    document: `mutation ($id: ID!, $v: Int!) { deleteWebhookSubscription(id: $id, version: $v) }`,
    cells: clientSide(async (clientId) => idAndVersion(await webhookOf(clientId))),
  },
  {
    operation: 'replayWebhookDelivery',
    document: `mutation ($id: ID!) { replayWebhookDelivery(id: $id) { id } }`,
    cells: clientSide(async (clientId) => ({ id: await deliveryOf(clientId) })),
  },
  // ── the claimant portal (docs/claimant-portal.md)
  { operation: 'claimantCase', document: `{ claimantCase { caseId } }`, cells: claimantOnly([['ok', () => ({})]]) },
  { operation: 'claimantPanel', document: `{ claimantPanel { panelId } }`, cells: claimantOnly([['null', () => ({})]]) },
  { operation: 'myDataAccess', document: `{ myDataAccess { total } }`, cells: claimantOnly([['ok', () => ({})]]) },
  { operation: 'acknowledgeNotice', document: `mutation { acknowledgeNotice { acknowledgedAt } }`, cells: claimantOnly([['rule', () => ({})]]) },
  {
    operation: 'claimantStrikePanelMember',
    document: `mutation ($e: ID!) { claimantStrikePanelMember(examinerId: $e) }`,
    cells: claimantOnly([['rule', () => ({ e: w.examinerE.id })]], () => ({ e: w.examinerE.id })),
  },
  {
    operation: 'claimantChoosePanelMember',
    document: `mutation ($e: ID!) { claimantChoosePanelMember(examinerId: $e) }`,
    cells: claimantOnly([['rule', () => ({ e: w.examinerE.id })]], () => ({ e: w.examinerE.id })),
  },
  {
    operation: 'makeClaimantRequest',
    document: `mutation { makeClaimantRequest(input: { kind: INTERPRETER, details: "Spanish, please" }) { id status } }`,
    cells: claimantOnly([['ok', () => ({})]]),
  },
  {
    operation: 'giveExamFeedback',
    document: `mutation { giveExamFeedback(input: { durationMinutes: 30, explained: true, courtesy: 4, privacyRespected: true }) }`,
    cells: claimantOnly([['rule', () => ({})]]),
  },
  { operation: 'fileComplaint', document: `mutation { fileComplaint(details: "The exam was rushed and unkind.") { id } }`, cells: claimantOnly([['rule', () => ({})]]) },
  { operation: 'claimantReportStatus', document: `{ claimantReportStatus { available } }`, cells: claimantOnly([['ok', () => ({})]]) },
  { operation: 'myReportDataAccess', document: `{ myReportDataAccess { total } }`, cells: claimantOnly([['ok', () => ({})]]) },
  { operation: 'receiveClaimantReport', document: `mutation { receiveClaimantReport { reportId } }`, cells: claimantOnly([['rule', () => ({})]]) },
  {
    operation: 'startClaimantVerification',
    document: `mutation { startClaimantVerification(input: { token: "not-a-link-token-of-this-platform", dateOfBirth: "1980-01-01" }) { accepted } }`,
    cells: serviceOnly(() => ({})),
  },
  {
    operation: 'completeClaimantVerification',
    document: `mutation { completeClaimantVerification(input: { token: "not-a-link-token-of-this-platform", code: "123456" }) { accepted } }`,
    cells: serviceOnly(() => ({})),
  },
  {
    operation: 'claimantAccessParty',
    document: `query ($a: ID!, $c: ID!) { claimantAccessParty(accessId: $a, caseId: $c) }`,
    cells: serviceOnly(() => ({ a: claimantWorld.accessId, c: claimantWorld.caseId })),
  },
  {
    operation: 'recordClaimantReputationEvent',
    document: `mutation ($input: ClaimantReputationEventInput!) { recordClaimantReputationEvent(input: $input) { id } }`,
    cells: serviceOnly(() => ({ input: { examinerId: w.examinerF.id, kind: 'COMPLAINT', occurredOn: firstOfMonth(), sourceKey: `roles:${uniqueSuffix()}` } })),
  },
  {
    operation: 'issueClaimantAccess',
    document: `mutation ($id: ID!) { issueClaimantAccess(caseId: $id, party: CLAIMANT, sendByEmail: false) { access { id } } }`,
    cells: clientSide(async (clientId) => ({ id: (await st.requested(clientId)).id })),
  },
  {
    operation: 'revokeClaimantAccess',
    document: `mutation ($id: ID!) { revokeClaimantAccess(accessId: $id) { id } }`,
    cells: clientSide(async (clientId) => ({ id: (await claimantSessionOf(clientId)).accessId })),
  },
  {
    operation: 'answerClaimantRequest',
    document: `mutation ($id: ID!) { answerClaimantRequest(requestId: $id, input: { granted: true, answer: "An interpreter will be there." }) { status } }`,
    cells: clientSide(async (clientId) => ({ id: await claimantRequestOf(clientId) })),
  },
];

/** Administrators and client users (their own organisation's); examiners and analysts are refused. */
function staffAndClients(): Record<Role, [Outcome, Vars][]> {
  return { ADMIN: [['ok', () => ({})]], CLIENT: [['ok', () => ({})]], EXAMINER: [['forbidden', () => ({})]], ANALYST: [['forbidden', () => ({})]] };
}

/** A fresh webhook subscription of a client, made by the administrator. */
async function webhookOf(clientId: string) {
  const data = await t.gateway.request<any>(
    `mutation ($c: ID!) { createWebhookSubscription(input: { clientId: $c, url: "https://hooks.example.com/roles", eventTypes: [CASE_CREATED] }) { subscription { id version } } }`,
    { c: clientId },
  );
  return data.createWebhookSubscription.subscription as { id: string; version: number };
}

/** A delivery in a client's webhook log (written as the intake would: a failed one, to replay). */
async function deliveryOf(clientId: string) {
  const subscription = await webhookOf(clientId);
  const { rows } = await t.sql.query(
    `insert into cases.webhook_delivery (id, subscription_id, event_id, event_type, case_id, order_key, case_sequence, body, status, attempts, created_at)
     values (gen_random_uuid(), $1, gen_random_uuid(), 'CASE_CREATED', null, gen_random_uuid(), 1, '{}', 'FAILED', 1, now()) returning id`,
    [subscription.id],
  );
  return rows[0].id as string;
}

beforeAll(async () => {
  ({ t, w } = await startTenancyPlatform());
  const c = await examinedCase(w.clientB.id, w.examinerF.id);
  const report = await t.gateway.request<any>(`mutation ($id: ID!) { startReport(input: { caseId: $id }) { id } }`, { id: c.id });
  caseC = { ...c, reportId: report.startReport.id };
  specialtyCode = (await createSpecialty(t.gateway)).code;
  practiceGroupId = (await t.gateway.request<any>(`mutation { createPracticeGroup(input: { name: "Roles Group ${uniqueSuffix()}" }) { id } }`)).createPracticeGroup.id;
  credentialId = (await credentialOf(w.examinerF.id)).id;
  reputationEventId = (await t.gateway.request<any>(`mutation ($e: ID!) { recordReputationEvent(examinerId: $e, input: { kind: COMMENDATION }) { id } }`, { e: w.examinerF.id }))
    .recordReputationEvent.id;
  st = lifecycleStates(t.gateway, t.sql, w.specialtyCode);
  clients.ADMIN = t.gateway;
  clients.CLIENT = w.asClientA;
  clients.EXAMINER = w.asExaminerE;
  clients.ANALYST = w.asAnalyst;
  claimantWorld = await claimantSessionOf(w.clientA.id);
  clients.CLAIMANT = claimantClient(claimantWorld.token);
});
afterAll(async () => {
  await t?.close();
});

async function checkCells(row: Row, clientFor: (role: CellRole) => GraphQLClient) {
  const cells = { ...row.cells, CLAIMANT: row.cells.CLAIMANT ?? [['forbidden', row.cells.ANALYST[0]![1]]] };
  for (const [role, calls] of Object.entries(cells) as [CellRole, [Outcome, Vars][]][]) {
    for (const [outcome, vars] of calls) {
      const variables = await vars();
      const response = await rawRequest(clientFor(role), row.document, variables);
      const where = `${role} ${outcome} ${row.operation} ${JSON.stringify(variables).slice(0, 120)}`;
      const answer = response.data?.[row.operation] ?? null;
      switch (outcome) {
        case 'ok':
          expect(response.errors, where).toEqual([]);
          expect(answer, where).not.toBeNull();
          break;
        case 'forbidden':
          expect(response.errors.map((e: any) => e.extensions.code), where).toEqual(['FORBIDDEN']);
          expect(response.errors[0].message, where).toMatch(/may not|Only an administrator|may create cases only/);
          expect(answer, where).toBeNull();
          break;
        case 'null':
          expect(response.errors, where).toEqual([]);
          expect(answer, where).toBeNull();
          break;
        case 'empty':
          expect(response.errors, where).toEqual([]);
          expect(answer.total, where).toBe(0);
          expect(answer.items, where).toEqual([]);
          break;
        case 'not-found':
          expect(response.errors.map((e: any) => e.extensions.code), where).toEqual(['NOT_FOUND']);
          expect(answer, where).toBeNull();
          break;
        case 'rule':
          expect(response.errors.map((e: any) => e.extensions.code), where).toEqual(['FAILED_PRECONDITION']);
          expect(answer, where).toBeNull();
          break;
      }
    }
  }
}

describe('role × operation through the gateway', () => {
  it('has a row for every query and mutation of the API', async () => {
    const schema = await t.gateway.request<any>(`{ __schema { queryType { fields { name } } mutationType { fields { name } } } }`);
    const api = [...schema.__schema.queryType.fields, ...schema.__schema.mutationType.fields].map((f: { name: string }) => f.name).sort();
    expect(rows().map((r) => r.operation).sort()).toEqual(api);
    expect(reputationEventId).toBeTruthy();
  });

  for (const row of rows()) {
    it(row.operation, () => checkCells(row, (role) => clients[role]));
  }
});

/** The queries and mutations a subgraph's committed schema declares (schema/<name>.graphql). */
function committedOperations(name: SubgraphName): Set<string> {
  const document = parse(readFileSync(new URL(`../schema/${name}.graphql`, import.meta.url), 'utf8'));
  return new Set(
    document.definitions.flatMap((definition) =>
      (definition.kind === Kind.OBJECT_TYPE_DEFINITION || definition.kind === Kind.OBJECT_TYPE_EXTENSION) && ['Query', 'Mutation'].includes(definition.name.value)
        ? (definition.fields ?? []).map((field) => field.name.value)
        : [],
    ),
  );
}

// One test per subgraph and operation, as through the gateway: the whole table as one test outlasts a per-test
// timeout on a loaded machine. Which rows a subgraph owns is known before the platform starts, from its committed
// schema; the first test of each subgraph checks that its live schema owns exactly those.
describe('role × operation directly against the subgraph that owns each operation', () => {
  const direct = {} as Record<SubgraphName, Record<CellRole, GraphQLClient>>;
  beforeAll(async () => {
    for (const name of SUBGRAPH_NAMES) {
      const url = t.subgraphUrls[name];
      direct[name] = {
        ADMIN: await t.as({ role: 'ADMIN' }, url),
        CLIENT: await t.as({ role: 'CLIENT', clientId: w.clientA.id }, url),
        EXAMINER: await t.as({ role: 'EXAMINER', examinerId: w.examinerE.id }, url),
        ANALYST: await t.as({ role: 'ANALYST' }, url),
        CLAIMANT: claimantClient(claimantWorld.token, url),
      };
    }
  });

  for (const name of SUBGRAPH_NAMES) {
    const committed = committedOperations(name);
    const mine = rows().filter((row) => committed.has(row.operation));
    describe(name, () => {
      it('owns the operations of its committed schema', async () => {
        const schema = await direct[name].ADMIN.request<any>(`{ __schema { queryType { fields { name } } mutationType { fields { name } } } }`);
        const owned = new Set([...schema.__schema.queryType.fields, ...schema.__schema.mutationType.fields].map((f: { name: string }) => f.name));
        expect(rows().filter((row) => owned.has(row.operation)).map((row) => row.operation), name).toEqual(mine.map((row) => row.operation));
        expect(mine.length, name).toBeGreaterThan(5);
      });
      for (const row of mine) {
        it(row.operation, () => checkCells(row, (role) => direct[name][role]));
      }
    });
  }
});

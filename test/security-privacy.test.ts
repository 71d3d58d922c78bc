import { GraphQLClient } from 'graphql-request';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphqlError } from './support/fixtures';
import { startTestPlatform, type TestPlatform } from './support/platform';
import { createTenancyWorld, rawRequest, type TenancyWorld } from './support/security-fixtures';

let t: TestPlatform;
let w: TenancyWorld;
beforeAll(async () => {
  t = await startTestPlatform();
  w = await createTenancyWorld(t);
});
afterAll(async () => {
  await t?.close();
});

/** Every piece of claimant PII (and clinical text) the world holds. */
const pii = () =>
  [w.caseA, w.caseB].flatMap((c) => [c.claimant.firstName, c.claimant.lastName, c.claimant.email, c.claimant.dateOfBirth, c.claimant.city, c.claimNumber, `Findings ${c.claimNumber.slice(4)}`]);

const expectNoPii = (response: unknown) => {
  const text = JSON.stringify(response);
  for (const value of pii()) expect(text, `response contains ${value}`).not.toContain(value);
};

const EVERY_CASE_FIELD = `
  id referenceNumber claimNumber lineOfBusiness reasons requiredSpecialtyCode jurisdictionCode bodyParts injuryDate
  treatingProviderNpis employerName examFormat telehealthAllowed dueDate priority status examinerId assignedAt examinedAt
  cancellationReason idempotencyKey createdBy createdAt updatedAt version
  claimant { firstName lastName dateOfBirth email phone addressLine1 city region postalCode latitude longitude language interpreterNeeded representative { name email } }
  client { id name } referralQuestions { text } panels { id } appointments { location } notices { purpose } timeline { type note actor }
  reports { id findings history diagnoses { icd10 } answers { answer } causationOpinion recordsReviewed questions { text } status impairmentPercent }
  currentReportStatus
`;

describe('an ANALYST', () => {
  it('gets de-identified rows: no claimant PII anywhere, FORBIDDEN on each identifying field', async () => {
    const response = await rawRequest(w.asAnalyst, `query { cases(page: { limit: 10 }) { total items { ${EVERY_CASE_FIELD} } } }`);
    expectNoPii(response);
    const mine = response.data!.cases.items.filter((c: any) => c.id === w.caseA.id || c.id === w.caseB.id);
    expect(mine).toHaveLength(2);
    for (const kase of mine) {
      expect(kase).toMatchObject({ claimant: null, claimNumber: null, injuryDate: null, referralQuestions: null, timeline: null, notices: null });
      expect(kase.reports[0]).toMatchObject({ findings: null, history: null, diagnoses: null, status: 'DRAFT' });
      expect(kase.status).toBe('EXAMINED');
    }
    const forbiddenPaths = new Set(response.errors.map((e: any) => e.path.slice(3).join('.')));
    expect(response.errors.every((e: any) => e.extensions.code === 'FORBIDDEN')).toBe(true);
    expect(forbiddenPaths).toEqual(
      new Set([
        'claimNumber', 'injuryDate', 'treatingProviderNpis', 'employerName', 'cancellationReason', 'idempotencyKey', 'claimant', 'referralQuestions',
        'notices', 'timeline', 'reports.0.findings', 'reports.0.history', 'reports.0.diagnoses', 'reports.0.answers', 'reports.0.causationOpinion',
        'reports.0.recordsReviewed', 'reports.0.questions',
      ]),
    );
    expect(response.errors[0].message).toMatch(/^An ANALYST may not read (Case|Report)\.\w+; allowed roles: ADMIN, /);
  });

  it('gets no PII through federation hops, reports, searches or direct subgraph calls', async () => {
    const hops = await rawRequest(
      w.asAnalyst,
      `query ($e: ID!) {
        examiner(id: $e) { cases(page: { limit: 5 }) { ${EVERY_CASE_FIELD} } reports(page: { limit: 20 }) { findings history case { claimant { lastName } claimNumber } } }
        reports(page: { limit: 50 }) { items { id findings answers { answer } case { claimant { lastName } } qaReviews { notes } } }
      }`,
      { e: w.examinerE.id },
    );
    expectNoPii(hops);
    expect(hops.data!.examiner.cases.length).toBe(2);

    for (const search of [w.caseA.claimant.lastName, w.caseA.claimNumber, w.caseA.claimant.email]) {
      const found = await w.asAnalyst.request<any>(`query ($s: String) { cases(filter: { search: $s }) { total } }`, { s: search });
      expect(found.cases.total, `a search for ${search} must not match claimant identity`).toBe(0);
    }
    const byReference = await w.asAnalyst.request<any>(`query ($s: String) { cases(filter: { search: $s }) { items { id } } }`, { s: w.caseA.referenceNumber });
    expect(byReference.cases.items).toEqual([{ id: w.caseA.id }]);

    const token = await t.token({ role: 'ANALYST' });
    const direct = await rawRequest(
      new GraphQLClient(t.subgraphUrls.cases, { headers: { authorization: `Bearer ${token}` } }),
      `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Case { claimant { lastName email } claimNumber } } }`,
      { reps: [{ __typename: 'Case', id: w.caseA.id }] },
    );
    expectNoPii(direct);
    expect(direct.errors[0].extensions.code).toBe('FORBIDDEN');
  });
});

const auditLog = (service: string) => `query ($filter: AuditLogFilter, $page: PageInput) {
  ${service}AuditLog(filter: $filter, page: $page) { total items { id at service actorId actorName actorRole clientId examinerId action operation operationName recordType recordIds requestId } }
}`;

describe('the audit log', () => {
  it('holds one entry per claimant PII read: who, role, operation, record, time, request id', async () => {
    const admin = new GraphQLClient(t.gatewayUrl, { headers: { authorization: `Bearer ${await t.token({ role: 'ADMIN', sub: 'auditor-1', name: 'Ada Auditor' })}` } });
    const started = new Date(Date.now() - 1000);
    const read = await admin.rawRequest<any>(
      `query ReadClaimants($ids: [ID!]!) {
        a: case(id: $ids[0]) { claimant { lastName } again: claimant { email } }
      }`.replace('$ids[0]', `"${w.caseA.id}"`).replace('($ids: [ID!]!)', ''),
    );
    expect(read.data.a.claimant.lastName).toBe(w.caseA.claimant.lastName);
    const requestId = read.headers.get('x-request-id');
    const list = await admin.rawRequest<any>(`query ListClaimants { cases(page: { limit: 100 }) { items { id claimant { lastName } } } }`);
    const listed = list.data.cases.items.length;
    const listRequestId = list.headers.get('x-request-id');

    const entries = await t.gateway.request<any>(auditLog('cases'), { filter: { actorId: 'auditor-1', action: 'READ', from: started.toISOString() }, page: { limit: 200 } });
    const items = entries.casesAuditLog.items;
    expect(items.filter((e: any) => e.requestId === requestId)).toEqual([
      expect.objectContaining({
        service: 'cases',
        actorId: 'auditor-1',
        actorName: 'Ada Auditor',
        actorRole: 'ADMIN',
        action: 'READ',
        operation: 'Case.claimant',
        operationName: 'ReadClaimants',
        recordType: 'Case',
        recordIds: [w.caseA.id],
      }),
    ]);
    expect(items.filter((e: any) => e.requestId === listRequestId)).toHaveLength(listed);
    expect(new Set(items.filter((e: any) => e.requestId === listRequestId).map((e: any) => e.recordIds[0])).size).toBe(listed);
    expect(entries.casesAuditLog.total).toBe(1 + listed);
  });

  it('records reads of clinical report content, but no refused read and no read that selected no PII', async () => {
    const examinerId = w.examinerE.id;
    const asExaminer = await t.as({ role: 'EXAMINER', examinerId, sub: 'auditor-examiner' });
    await asExaminer.request(`query ($id: ID!) { report(id: $id) { findings history diagnoses { icd10 } } }`, { id: w.caseA.reportId });
    await asExaminer.request(`{ cases { items { id status } } }`);
    const analyst = await t.as({ role: 'ANALYST', sub: 'auditor-analyst' });
    await rawRequest(analyst, `query ($id: ID!) { case(id: $id) { claimant { lastName } } report(id: "${w.caseA.reportId}") { findings } }`, { id: w.caseA.id });

    const reports = await t.gateway.request<any>(auditLog('reports'), { filter: { actorId: 'auditor-examiner' } });
    expect(reports.reportsAuditLog.items).toEqual([
      expect.objectContaining({ action: 'READ', operation: 'Report.content', recordIds: [w.caseA.reportId], actorRole: 'EXAMINER', examinerId }),
    ]);
    const cases = await t.gateway.request<any>(auditLog('cases'), { filter: { actorId: 'auditor-examiner' } });
    expect(cases.casesAuditLog.total).toBe(0);
    for (const service of ['cases', 'reports']) {
      const none = await t.gateway.request<any>(auditLog(service), { filter: { actorId: 'auditor-analyst' } });
      expect(none[`${service}AuditLog`].total).toBe(0);
    }
  });

  it('records every mutation with the records it touched, never the values it was given', async () => {
    const client = await t.as({ role: 'CLIENT', clientId: w.clientA.id, sub: 'auditor-client' });
    const current = await client.request<any>(`query ($id: ID!) { case(id: $id) { version } }`, { id: w.caseA.id });
    await client.request(`mutation Fix($id: ID!, $v: Int!) { updateCase(id: $id, version: $v, input: { claimNumber: "CLM-SECRET-VALUE" }) { id } }`, {
      id: w.caseA.id,
      v: current.case.version,
    });
    const entries = await t.gateway.request<any>(auditLog('cases'), { filter: { actorId: 'auditor-client', action: 'MUTATION' } });
    expect(entries.casesAuditLog.items).toEqual([
      expect.objectContaining({ operation: 'updateCase', operationName: 'Fix', recordType: 'Case', recordIds: [w.caseA.id], actorRole: 'CLIENT', clientId: w.clientA.id }),
    ]);
    const stored = await t.sql.query(`select details::text from cases.audit_entry where actor_id = 'auditor-client'`);
    expect(stored.rows[0].details).toContain('claimNumber');
    expect(stored.rows[0].details).not.toContain('CLM-SECRET-VALUE');

    const failed = await graphqlError(client.request(`mutation { updateCase(id: "${w.caseA.id}", version: 1, input: { claimNumber: "X" }) { id } }`));
    expect(failed.extensions.code).toBe('CONFLICT');
    const after = await t.gateway.request<any>(auditLog('cases'), { filter: { actorId: 'auditor-client', action: 'MUTATION' } });
    expect(after.casesAuditLog.total).toBe(1);

    const examiners = await t.gateway.request<any>(auditLog('examiners'), { filter: { operation: 'createExaminer' } });
    expect(examiners.examinersAuditLog.items.map((e: any) => e.recordIds[0])).toEqual(expect.arrayContaining([w.examinerE.id, w.examinerF.id]));
  });

  it('filters by record, role and time, and is for ADMIN only', async () => {
    const byRecord = await t.gateway.request<any>(auditLog('reports'), { filter: { recordId: w.caseB.reportId } });
    expect(byRecord.reportsAuditLog.items.length).toBeGreaterThan(0);
    expect(byRecord.reportsAuditLog.items.every((e: any) => e.recordIds.includes(w.caseB.reportId))).toBe(true);
    const future = await t.gateway.request<any>(auditLog('cases'), { filter: { from: new Date(Date.now() + 60_000).toISOString() } });
    expect(future.casesAuditLog.total).toBe(0);
    const clients = await t.gateway.request<any>(auditLog('cases'), { filter: { actorRole: ['CLIENT'] }, page: { limit: 200 } });
    expect(clients.casesAuditLog.items.every((e: any) => e.actorRole === 'CLIENT')).toBe(true);

    for (const who of [w.asClientA, w.asExaminerE, w.asAnalyst]) {
      for (const service of ['examiners', 'cases', 'reports']) {
        const error = await graphqlError(who.request(auditLog(service)));
        expect(error.extensions.code).toBe('FORBIDDEN');
      }
    }
  });

  it('is append-only: the database refuses UPDATE, DELETE and TRUNCATE', async () => {
    for (const schema of ['examiners', 'cases', 'reports']) {
      await expect(t.sql.query(`update ${schema}.audit_entry set actor_id = 'someone-else'`)).rejects.toThrow(/append-only/);
      await expect(t.sql.query(`delete from ${schema}.audit_entry`)).rejects.toThrow(/append-only/);
      await expect(t.sql.query(`truncate ${schema}.audit_entry`)).rejects.toThrow(/append-only/);
    }
  });
});

import { GraphQLClient } from 'graphql-request';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphqlError } from './support/fixtures';
import type { TestPlatform } from './support/platform';
import { rawRequest, startTenancyPlatform, type TenancyWorld } from './support/security-fixtures';

let t: TestPlatform;
let w: TenancyWorld;
beforeAll(async () => {
  ({ t, w } = await startTenancyPlatform());
});
afterAll(() => t?.close());

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
        // Exact dates and names of people (docs/security.md, "De-identified rows").
        'dueDate', 'assignedAt', 'examinedAt', 'createdBy', 'createdAt', 'updatedAt',
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

describe('de-identified rows for an ANALYST', () => {
  const DELIVERED_TO = 'Dewey Cheatham & Howe LLP';
  const NOTE = 'Dr. Treating Physician to be copied';
  beforeAll(async () => {
    // A reviewed and delivered report: the representative's firm as recipient, a checklist note, a reviewer.
    await t.sql.query(
      `insert into reports.qa_review (id, report_id, outcome, checklist, notes, reviewer, reviewed_at)
       values (gen_random_uuid(), $1, 'PASSED', $2, 'QA notes', 'Quinn Reviewer', '2026-11-25T10:00:00Z')`,
      [w.caseA.reportId, JSON.stringify([{ item: 'All questions answered', passed: true, note: NOTE }])],
    );
    await t.sql.query(
      `insert into reports.report_delivery (id, report_id, recipient, method, recipient_name, delivered_at, delivered_by)
       values (gen_random_uuid(), $1, 'CLAIMANT_REPRESENTATIVE', 'EMAIL', $2, '2026-11-26T09:30:00Z', 'Dana Deliverer')`,
      [w.caseA.reportId, DELIVERED_TO],
    );
    await t.sql.query(
      `insert into cases.appointment (id, case_id, examiner_id, scheduled_at, status, created_at, version, duration_minutes, format)
       values (gen_random_uuid(), $1, $2, '2026-11-20T15:00:00Z', 'COMPLETED', now(), 1, 60, 'IN_PERSON')`,
      [w.caseA.id, w.examinerE.id],
    );
    await t.sql.query(
      `insert into cases.panel (id, case_id, strategy, seed, size, status, candidate_pool, pool_size, proposed_at, proposed_by)
       values (gen_random_uuid(), $1, 'RANDOM', 'seed', 3, 'SUPERSEDED', '[]', 0, '2026-11-02T08:00:00Z', 'Paula Proposer')`,
      [w.caseA.id],
    );
  });

  it('withholds who a report went to, who delivered and reviewed it, every note and every exact date; months stand in', async () => {
    const fields = `id examDate examMonth dueDate dueMonth createdAt createdMonth finalisedAt finalisedMonth
      deliveries { recipient method recipientName deliveredAt deliveredBy deliveredMonth }
      qaReviews { outcome notes reviewer reviewedAt reviewedMonth checklist { item passed note } }`;
    for (const query of [
      `query ($id: ID!) { report(id: $id) { ${fields} } }`,
      `query ($e: ID!) { examiner(id: $e) { reports(page: { limit: 20 }) { ${fields} } } }`,
      `query ($c: ID!) { case(id: $c) { createdMonth reports { ${fields} } } }`,
    ]) {
      const response = await rawRequest(w.asAnalyst, query, { id: w.caseA.reportId, e: w.examinerE.id, c: w.caseA.id });
      const text = JSON.stringify(response.data);
      for (const secret of [DELIVERED_TO, NOTE, 'Quinn Reviewer', 'Dana Deliverer', 'QA notes', '2026-11-26', '2026-11-25']) expect(text, query).not.toContain(secret);
      const report = [response.data!.report, ...(response.data!.examiner?.reports ?? []), ...(response.data!.case?.reports ?? [])].find((r: any) => r?.id === w.caseA.reportId);
      expect(report.deliveries).toEqual([{ recipient: 'CLAIMANT_REPRESENTATIVE', method: 'EMAIL', recipientName: null, deliveredAt: null, deliveredBy: null, deliveredMonth: '2026-11' }]);
      expect(report.qaReviews).toEqual([{ outcome: 'PASSED', notes: null, reviewer: null, reviewedAt: null, reviewedMonth: '2026-11', checklist: [{ item: 'All questions answered', passed: true, note: null }] }]);
      expect(report).toMatchObject({ examDate: null, dueDate: null, createdAt: null, createdMonth: expect.stringMatching(/^\d{4}-\d{2}$/) });
      const refused = new Set(response.errors!.map((e: any) => e.path.filter((p: unknown) => typeof p === 'string').at(-1)));
      expect(response.errors!.every((e: any) => e.extensions.code === 'FORBIDDEN')).toBe(true);
      expect(refused).toEqual(new Set(['examDate', 'dueDate', 'createdAt', 'finalisedAt', 'recipientName', 'deliveredAt', 'deliveredBy', 'notes', 'reviewer', 'reviewedAt', 'note']));
    }
    // The owning client still reads all of it.
    const asClient = await w.asClientA.request<any>(`query ($id: ID!) { report(id: $id) { deliveries { recipientName deliveredAt } qaReviews { reviewer checklist { note } } } }`, { id: w.caseA.reportId });
    expect(asClient.report.deliveries[0]).toEqual({ recipientName: DELIVERED_TO, deliveredAt: '2026-11-26T09:30:00.000Z' });
    expect(asClient.report.qaReviews[0]).toEqual({ reviewer: 'Quinn Reviewer', checklist: [{ note: NOTE }] });
  });

  it('answers months for the case, its appointments and panels, and refuses date filters that are not whole months', async () => {
    const response = await rawRequest(w.asAnalyst, `query ($id: ID!) { case(id: $id) { createdMonth examinedMonth appointments { scheduledAt scheduledMonth } panels { proposedAt proposedMonth proposedBy } } }`, { id: w.caseA.id });
    const kase = response.data!.case;
    expect(kase.createdMonth).toMatch(/^\d{4}-\d{2}$/);
    expect(kase.appointments.length).toBeGreaterThan(0);
    for (const a of kase.appointments) expect(a).toEqual({ scheduledAt: null, scheduledMonth: expect.stringMatching(/^\d{4}-\d{2}$/) });
    expect(kase.panels).toContainEqual({ proposedAt: null, proposedBy: null, proposedMonth: '2026-11' });
    expect(JSON.stringify(response.data)).not.toContain('Paula Proposer');

    const byDay = await graphqlError(w.asAnalyst.request(`{ cases(filter: { createdFrom: "2026-11-25", createdTo: "2026-11-25", dueBefore: "2026-12-31" }) { total } }`));
    expect(byDay.extensions.code).toBe('BAD_USER_INPUT');
    expect(byDay.extensions.fields.map((f: any) => f.field)).toEqual(['filter.createdFrom', 'filter.createdTo']);
    const reportsByDay = await graphqlError(w.asAnalyst.request(`{ reports(filter: { dueBefore: "2026-11-25" }) { total } }`));
    expect(reportsByDay.extensions.fields).toEqual([{ field: 'filter.dueBefore', message: expect.stringContaining('last day of a month') }]);
    const byMonth = await w.asAnalyst.request<any>(`{ cases(filter: { createdFrom: "2026-11-01", createdTo: "2026-11-30" }) { total } }`);
    expect(byMonth.cases.total).toBeGreaterThanOrEqual(0);
    // Other roles keep filtering by day.
    expect((await w.asClientA.request<any>(`{ cases(filter: { createdFrom: "2026-11-25", createdTo: "2026-11-25" }) { total } }`)).cases.total).toBeGreaterThanOrEqual(0);
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

import { GraphQLClient } from 'graphql-request';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseInput, graphqlError } from './support/fixtures';
import type { TestPlatform } from './support/platform';
import { rawRequest, startTenancyPlatform, type TenancyWorld } from './support/security-fixtures';

let t: TestPlatform;
let w: TenancyWorld;
beforeAll(async () => {
  ({ t, w } = await startTenancyPlatform());
});
afterAll(() => t?.close());

/** Everything about B a response could betray: ids, reference, claim number, claimant identity, report text. */
const traces = (world: TenancyWorld) => [
  world.caseB.id,
  world.caseB.referenceNumber,
  world.caseB.claimNumber,
  world.caseB.claimant.lastName,
  world.caseB.claimant.email,
  world.caseB.reportId,
  world.clientB.id,
  world.clientB.name,
];
const expectNothingOfB = (response: unknown) => {
  const text = JSON.stringify(response);
  for (const trace of traces(w)) expect(text, `response mentions ${trace}`).not.toContain(trace);
};

const CASE_FIELDS = `id referenceNumber claimNumber claimant { lastName email } client { id name } reports { id findings }`;

describe('a CLIENT of organisation A and organisation B', () => {
  it('sees its own case by id, by reference and in lists', async () => {
    const own = await w.asClientA.request<any>(`query ($id: ID!, $ref: String!) { case(id: $id) { id claimant { lastName } } caseByReference(referenceNumber: $ref) { id } }`, {
      id: w.caseA.id,
      ref: w.caseA.referenceNumber,
    });
    expect(own.case).toEqual({ id: w.caseA.id, claimant: { lastName: w.caseA.claimant.lastName } });
    expect(own.caseByReference.id).toBe(w.caseA.id);
    const list = await w.asClientA.request<any>(`{ cases(page: { limit: 200 }) { total items { id } } }`);
    expect(list.cases.items.map((c: any) => c.id)).toEqual([w.caseA.id]);
  });

  it("gets nothing of B's case by id or by reference number", async () => {
    const response = await rawRequest(w.asClientA, `query ($id: ID!, $ref: String!) { case(id: $id) { ${CASE_FIELDS} } caseByReference(referenceNumber: $ref) { id } }`, {
      id: w.caseB.id,
      ref: w.caseB.referenceNumber,
    });
    expect(response.data).toEqual({ case: null, caseByReference: null });
    expectNothingOfB(response);
  });

  it("gets nothing of B's cases by filter: client id, examiner, search by claim number or claimant name", async () => {
    for (const filter of [
      { clientId: w.clientB.id },
      { examinerId: w.examinerE.id },
      { search: w.caseB.claimNumber },
      { search: w.caseB.claimant.lastName },
      { search: w.caseB.referenceNumber },
    ]) {
      const response = await rawRequest(w.asClientA, `query ($filter: CaseFilter) { cases(filter: $filter, page: { limit: 200 }) { total items { ${CASE_FIELDS} } } }`, { filter });
      expect(response.errors).toEqual([]);
      expectNothingOfB(response);
    }
  });

  it("cannot update B's case (NOT_FOUND, as if it did not exist) and B's case is unchanged", async () => {
    const before = await t.sql.query('select claim_number, version from cases.ime_case where id = $1', [w.caseB.id]);
    const error = await graphqlError(
      w.asClientA.request(`mutation ($id: ID!) { updateCase(id: $id, version: 1, input: { claimNumber: "HIJACKED" }) { id } }`, { id: w.caseB.id }),
    );
    expect(error.extensions.code).toBe('NOT_FOUND');
    expect(error.message).toBe(`Case ${w.caseB.id} does not exist`);
    const after = await t.sql.query('select claim_number, version from cases.ime_case where id = $1', [w.caseB.id]);
    expect(after.rows).toEqual(before.rows);
  });

  it('creates cases only for its own organisation', async () => {
    const forB = await graphqlError(w.asClientA.request(`mutation ($input: CreateCaseInput!) { createCase(input: $input) { id } }`, { input: caseInput(w.clientB.id) }));
    expect(forB.extensions.code).toBe('FORBIDDEN');
    const own = await w.asClientA.request<any>(`mutation ($input: CreateCaseInput!) { createCase(input: $input) { id client { id } } }`, { input: caseInput(w.clientA.id) });
    expect(own.createCase.client.id).toBe(w.clientA.id);
  });

  it("sees only its own client record and reports", async () => {
    const response = await rawRequest(
      w.asClientA,
      `query ($b: ID!, $rb: ID!) { client(id: $b) { id } clients(page: { limit: 200 }) { items { id name } } report(id: $rb) { id } reports(page: { limit: 200 }) { items { id caseId clientId } } other: reports(filter: { clientId: $b }) { total } }`,
      { b: w.clientB.id, rb: w.caseB.reportId },
    );
    expect(response.errors).toEqual([]);
    expect(response.data!.client).toBeNull();
    expect(response.data!.clients.items).toEqual([{ id: w.clientA.id, name: w.clientA.name }]);
    expect(response.data!.report).toBeNull();
    expect(response.data!.reports.items.map((r: any) => r.id)).toEqual([w.caseA.reportId]);
    expect(response.data!.other.total).toBe(0);
    expectNothingOfB(response);
  });

  it('gets nothing of B through federation hops: Examiner.cases, Examiner.reports, Report.case, Case.reports', async () => {
    const response = await rawRequest(
      w.asClientA,
      `query ($e: ID!) {
        examiner(id: $e) { id cases(page: { limit: 20 }) { ${CASE_FIELDS} } reports(page: { limit: 20 }) { id case { ${CASE_FIELDS} } } }
        reports(page: { limit: 20 }) { items { id case { ${CASE_FIELDS} } examiner { cases(page: { limit: 10 }) { id reports { id } } } } }
      }`,
      { e: w.examinerE.id },
    );
    expect(response.errors).toEqual([]);
    expect(response.data!.examiner.cases.map((c: any) => c.id)).toEqual([w.caseA.id]);
    expect(response.data!.examiner.reports.map((r: any) => r.id)).toEqual([w.caseA.reportId]);
    expect(response.data!.reports.items[0].case.id).toBe(w.caseA.id);
    expectNothingOfB(response);
  });

  it("gets nothing of B calling a subgraph directly, entity references included", async () => {
    const token = await t.token({ role: 'CLIENT', clientId: w.clientA.id });
    const direct = (name: string) => new GraphQLClient(t.subgraphUrls[name], { headers: { authorization: `Bearer ${token}` } });
    const cases = await rawRequest(
      direct('cases'),
      `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Case { ${CASE_FIELDS.replace(' reports { id findings }', '')} } ... on Examiner { cases { id claimNumber } } } }`,
      { reps: [{ __typename: 'Case', id: w.caseB.id }, { __typename: 'Examiner', id: w.examinerE.id }] },
    );
    expect(cases.data!._entities[0]).toBeNull();
    expect(cases.data!._entities[1].cases.map((c: any) => c.id)).toEqual([w.caseA.id]);
    expectNothingOfB(cases);
    const reports = await rawRequest(
      direct('reports'),
      `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Report { id findings } ... on Case { reports { id findings } currentReportStatus } ... on Examiner { reports { id } } } }`,
      { reps: [{ __typename: 'Report', id: w.caseB.reportId }, { __typename: 'Case', id: w.caseB.id }, { __typename: 'Examiner', id: w.examinerE.id }] },
    );
    expect(reports.data!._entities[0]).toBeNull();
    expect(reports.data!._entities[1]).toEqual({ reports: [], currentReportStatus: null });
    expect(reports.data!._entities[2].reports.map((r: any) => r.id)).toEqual([w.caseA.reportId]);
    expectNothingOfB(reports);
  });
});

describe('an EXAMINER', () => {
  it('sees the cases assigned to them and their own reports, with claimant identity', async () => {
    const data = await w.asExaminerE.request<any>(`{ cases(page: { limit: 200 }) { items { id claimant { lastName } } } reports(page: { limit: 200 }) { items { id findings } } }`);
    expect(data.cases.items.map((c: any) => c.id).sort()).toEqual([w.caseA.id, w.caseB.id].sort());
    expect(data.cases.items.every((c: any) => c.claimant.lastName)).toBe(true);
    expect(data.reports.items.map((r: any) => r.id).sort()).toEqual([w.caseA.reportId, w.caseB.reportId].sort());
  });

  it("sees nothing of cases or reports that are not theirs, and cannot change another examiner's report", async () => {
    const response = await rawRequest(
      w.asExaminerF,
      `query ($a: ID!, $r: ID!, $e: ID!) { case(id: $a) { id } cases { total } report(id: $r) { id } reports { total } examiner(id: $e) { cases { id } reports { id } } }`,
      { a: w.caseA.id, r: w.caseA.reportId, e: w.examinerE.id },
    );
    expect(response.data).toEqual({ case: null, cases: { total: 0 }, report: null, reports: { total: 0 }, examiner: { cases: [], reports: [] } });
    const update = await graphqlError(
      w.asExaminerF.request(`mutation ($id: ID!) { updateReport(id: $id, version: 2, input: { findings: "tampered" }) { id } }`, { id: w.caseA.reportId }),
    );
    expect(update.extensions.code).toBe('NOT_FOUND');
    const start = await graphqlError(
      w.asExaminerF.request(`mutation ($id: ID!) { startReport(input: { caseId: $id, kind: SUPPLEMENTAL, parentReportId: $id }) { id } }`, { id: w.caseA.id }),
    );
    expect(start.extensions.code).toBe('NOT_FOUND');
    const findings = await t.sql.query('select findings from reports.report where id = $1', [w.caseA.reportId]);
    expect(findings.rows[0].findings).not.toContain('tampered');
  });
});

describe('row scoping and authorisation', () => {
  it('keep hops batched: a page of cases with their client, examiner, claimant and reports costs a fixed number of statements', async () => {
    for (let i = 0; i < 12; i++) {
      await t.gateway.request(`mutation ($input: CreateCaseInput!) { createCase(input: $input) { id } }`, { input: caseInput(w.clientA.id) });
    }
    const query = `{ cases(page: { limit: 10 }) { items { id client { name } examiner { id openCaseCount } claimant { lastName } referralQuestions { text } reports { id status } } } }`;
    const { result, statements } = await t.countStatements(() => w.asClientA.request<any>(query));
    expect(result.cases.items.length).toBe(10);
    // rows + count, clients, questions, open counts, audit insert, reports: independent of the page size
    expect(statements).toBeLessThanOrEqual(12);
  });
});

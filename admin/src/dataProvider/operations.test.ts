import { readFileSync } from 'node:fs';
import { composeServices } from '@apollo/composition';
import { parse, validate, type GraphQLSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { cases, choosePanelMember, getCaseClaimant, getUpcomingExams, referralInput } from './cases';
import { declareConflict, getConflicts, removeConflict, updateConflict } from './conflicts';
import { credentials, getCredentialTerms, rejectCredential, renewCredential, verifyCredential } from './credentials';
import { clients, getJurisdictions, practiceGroups } from './directory';
import { changeExaminerStatus, examiners } from './examiners';
import { withRefusedFieldsAsNull, type Operation, type ResourceAdapter } from './operations';
import { getReportContent, reportContentInput, reports, startReport, submitReport } from './reports';
import { getReputationWeights, previewReputationWeights, refreshReputation, reputationEvents, updateReputationWeights } from './reputation';
import { specialties } from './specialties';
import { getStats } from './stats';
import { getCaseHistory, getCredentialTermHistory, getExaminerHistory, getExaminersAuditOf, getReportHistory, getReputationWeightsHistory } from './history';
import { explainCaseEligibility } from './eligibility';
import { DIMENSIONS, MEASURES } from '../statistics/measures';
import { getTotals } from './totals';

/** The public API as clients see it: the committed subgraph SDLs composed, federation machinery removed. */
let api: GraphQLSchema;
beforeAll(() => {
  const sdl = (name: string) => readFileSync(new URL(`../../../schema/${name}.graphql`, import.meta.url), 'utf8');
  const composed = composeServices(['examiners', 'cases', 'reports'].map((name) => ({ name, url: `http://${name}`, typeDefs: parse(sdl(name)) })));
  if (!composed.schema) throw new Error(`composition failed: ${composed.errors?.map((e) => e.message).join('; ')}`);
  api = composed.schema.toAPISchema().toGraphQLJSSchema();
});

const listParams = { filter: { q: 'smith' }, sort: { field: 'createdAt', order: 'DESC' as const }, pagination: { page: 2, perPage: 10 } };
const record = { id: 'e1', version: 3 };

function everyOperation(adapter: ResourceAdapter): [string, Operation][] {
  const calls: [string, (() => Operation) | undefined][] = [
    ['getList', adapter.getList && (() => adapter.getList!(listParams))],
    ['getOne', adapter.getOne && (() => adapter.getOne!({ id: 'e1' }))],
    ['getMany', adapter.getMany && (() => adapter.getMany!({ ids: ['a', 'b'] }))],
    ['getManyReference', adapter.getManyReference && (() => adapter.getManyReference!({ target: 'examinerId', id: 'e1', ...listParams }))],
    ['create', adapter.create && (() => adapter.create!({ data: { examinerId: 'e1', kind: 'QA_AUDIT', name: 'x', code: 'X' } }))],
    ['update', adapter.update && (() => adapter.update!({ id: 'e1', data: { ...record, name: 'changed' }, previousData: record }))],
    ['delete', adapter.delete && (() => adapter.delete!({ id: 'e1', previousData: record }))],
  ];
  return calls.filter((c): c is [string, () => Operation] => Boolean(c[1])).map(([name, build]) => [name, build()]);
}

describe('the data provider speaks the API as published in schema/', () => {
  const adapters = { examiners, credentials, specialties, reputationEvents, cases, reports, clients, practiceGroups };
  for (const [resource, adapter] of Object.entries(adapters)) {
    it(`${resource}: every react-admin call is a valid operation`, () => {
      for (const [method, operation] of everyOperation(adapter)) {
        expect(validate(api, operation.query).map((e) => e.message), `${resource}.${method}`).toEqual([]);
      }
    });
  }

  it('the console-specific calls are valid operations', () => {
    const weights = { timeliness: 1, turnaround: 1, completeness: 1, qa: 1, audit: 1, reliability: 1, conduct: 1, credentials: 1 };
    const operations = [
      changeExaminerStatus({ id: 'e1', version: 1, status: 'SUSPENDED', reason: 'Licence under review' }),
      verifyCredential({ id: 'c1', version: 1 }),
      rejectCredential({ id: 'c1', version: 1, note: 'Number not found at the board' }),
      getReputationWeights(),
      updateReputationWeights({ weights, version: 1 }),
      previewReputationWeights({ weights }),
      refreshReputation(),
      getCaseClaimant({ id: 'k1' }),
      getReportContent({ id: 'r1' }),
      getJurisdictions(),
      declareConflict({ examinerId: 'e1', input: { partyType: 'CLIENT', partyIdentity: 'c1', partyLabel: 'Acme', reason: 'Consults for them' } }),
      updateConflict({ id: 'x1', version: 2, data: { reason: 'r', endsOn: '2026-12-31' }, previous: { reason: 'r', endsOn: null } }),
      removeConflict({ id: 'x1', version: 2 }),
      getConflicts({ examinerId: 'e1' }),
      getExaminerHistory({ id: 'e1' }),
      getCaseHistory({ id: 'k1' }),
      getReportHistory({ id: 'r1' }),
      getCredentialTermHistory({ id: 'c1' }),
      getExaminersAuditOf({ ids: ['c1', 'c0'] }),
      getExaminersAuditOf({ ids: [] }),
      getReputationWeightsHistory(),
      explainCaseEligibility({ caseId: 'k1', examinerId: 'e1' }),
      explainCaseEligibility({ caseId: 'k1', examinerId: 'e1', examDate: '2026-06-01' }),
      renewCredential({ id: 'c1', version: 1, expiresOn: '2028-01-31', number: 'N2' }),
      getCredentialTerms({ id: 'c1', examinerId: 'e1' }),
      choosePanelMember({ choice: 'strike', panelId: 'p1', examinerId: 'e1' }),
      choosePanelMember({ choice: 'select', panelId: 'p1', examinerId: 'e2' }),
      startReport({ caseId: 'k1' }),
      startReport({ caseId: 'k1', kind: 'ADDENDUM', parentReportId: 'r1', addendumReason: 'CLIENT_REQUEST' }),
      submitReport({ id: 'r1', version: 3 }),
      getUpcomingExams(),
      ...['examiners', 'credentials', 'cases', 'reports'].map((resource) => getTotals({ resource, filters: { all: {}, some: { status: ['ACTIVE'] } } })),
      ...(['cases', 'reports'] as const).flatMap((kind) =>
        [MEASURES[kind].map((m) => m.field)].flatMap((measures) => [
          getStats({ kind, groupBy: ['MONTH'], keySelection: '', measures, filter: {} }),
          ...DIMENSIONS.map((d) => getStats({ kind, groupBy: ['MONTH', d.name], keySelection: d.selection, measures, filter: { from: '2026-01-01', jurisdiction: ['US-NY'] } })),
        ]),
      ),
    ];
    for (const operation of operations) expect(validate(api, operation.query).map((e) => e.message)).toEqual([]);
  });
});

describe('react-admin calls become the API arguments', () => {
  it('list: full-text search, filters, sort and offset page', () => {
    const op = examiners.getList!({
      filter: { q: ' smith ', status: 'ACTIVE', credentialExpiringWithinDays: '60', reputationMin: '40.5', unknownFilter: 'x', jurisdiction: '' },
      sort: { field: 'reputationScore', order: 'DESC' },
      pagination: { page: 3, perPage: 25 },
    });
    expect(op.variables).toEqual({
      filter: { search: 'smith', status: ['ACTIVE'], credentialExpiringWithinDays: 60, reputationMin: 40.5 },
      sort: { field: 'REPUTATION', direction: 'DESC' },
      page: { limit: 25, offset: 50 },
    });
  });

  it('list: a column the API cannot sort by leaves the API default order', () => {
    const op = examiners.getList!({ filter: {}, sort: { field: 'email', order: 'ASC' }, pagination: { page: 1, perPage: 500 } });
    expect(op.variables).toEqual({ filter: undefined, sort: undefined, page: { limit: 200, offset: 0 } });
  });

  it('update: sends the version the form was opened with and only the fields that changed', () => {
    const previous = {
      id: 'e1', version: 4, npi: '1234567893', firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.org', suffix: null, phone: null,
      languages: ['en'], telehealth: false, yearsInPractice: 12, bio: null, practiceGroupId: null,
      specialties: [{ code: 'ORTHO', name: 'Orthopaedics', boardCertified: true, primary: true }],
      offices: [{ label: null, addressLine1: '1 Main St', addressLine2: null, city: 'Albany', region: 'NY', postalCode: '12207', country: 'US', latitude: 42.6, longitude: -73.7, primary: true }],
    };
    const op = examiners.update!({ id: 'e1', previousData: previous, data: { ...previous, phone: ' 555-0100 ', yearsInPractice: '13', suffix: '' } });
    expect(op.variables).toEqual({ id: 'e1', version: 4, input: { phone: '555-0100', yearsInPractice: 13 } });
  });

  it('update: a list edit sends the whole list, shaped as the API input', () => {
    const previous = { id: 's', version: 1, specialties: [{ code: 'ORTHO', name: 'Orthopaedics', boardCertified: true, primary: true }] };
    const op = examiners.update!({ id: 's', previousData: previous, data: { ...previous, specialties: [...previous.specialties, { code: 'ORTHO_SPINE' }] } });
    expect((op.variables.input as any).specialties).toEqual([
      { code: 'ORTHO', boardCertified: true, primary: true },
      { code: 'ORTHO_SPINE', boardCertified: false, primary: false },
    ]);
  });

  it('specialties are addressed by code', () => {
    const op = specialties.update!({ id: 'ORTHO_SPINE', previousData: { id: 'ORTHO_SPINE', version: 2, name: 'Spine', active: true }, data: { id: 'ORTHO_SPINE', version: 2, name: 'Spine', active: false } });
    expect(op.variables).toEqual({ code: 'ORTHO_SPINE', version: 2, input: { active: false } });
    const read = specialties.getOne!({ id: 'ORTHO' }).parseResponse({ data: { specialty: { id: 'uuid-1', code: 'ORTHO', parent: null } } });
    expect(read.data).toMatchObject({ id: 'ORTHO', uuid: 'uuid-1', parentCode: null });
  });

  it('conflicts: declared with the identity as typed, changed by the fields that changed', () => {
    const declared = declareConflict({ examinerId: 'e1', input: { partyType: 'CLAIMANT', partyIdentity: ' Doe|Jane|1980-04-02 ', partyLabel: '', reason: ' Treated her ', startsOn: '' } });
    expect(declared.variables).toEqual({
      examinerId: 'e1',
      input: { partyType: 'CLAIMANT', partyIdentity: 'Doe|Jane|1980-04-02', partyLabel: null, reason: 'Treated her', startsOn: null, endsOn: null },
    });
    const previous = { reason: 'Consults for them', startsOn: '2025-01-01', endsOn: null };
    const ended = updateConflict({ id: 'x1', version: 3, previous, data: { ...previous, endsOn: '2026-06-30' } });
    expect(ended.variables).toEqual({ id: 'x1', version: 3, input: { endsOn: '2026-06-30' } });
  });

  it('reads: a field refused to the role comes back null and the rest is shown; any other error fails the call', () => {
    const read = withRefusedFieldsAsNull(cases.getOne!({ id: 'k1' }));
    const forbidden = (path: (string | number)[]) => ({ message: 'Not for analysts', path, extensions: { code: 'FORBIDDEN' } });
    const data = { case: { id: 'k1', referenceNumber: 'IME-1', claimNumber: null } };
    expect(read.parseResponse({ data, errors: [forbidden(['case', 'claimNumber'])] } as never).data).toMatchObject({ id: 'k1', claimNumber: null, _refused: ['claimNumber'] });
    expect(read.parseResponse({ data, errors: [] } as never).data._refused).toBeUndefined();
    const nested = read.parseResponse({ data: { case: { ...data.case, appointments: [{ id: 'a1', location: null }] } }, errors: [forbidden(['case', 'appointments', 0, 'location'])] } as never);
    expect(nested.data._refused).toEqual(['appointments.0.location']);
    // On a page of records, each row says which of its fields were refused.
    const page = withRefusedFieldsAsNull(cases.getList!({ pagination: { page: 1, perPage: 2 }, sort: { field: 'createdAt', order: 'DESC' }, filter: {} }));
    const rows = page.parseResponse({ data: { cases: { total: 2, items: [{ id: 'k1', claimNumber: null }, { id: 'k2', claimNumber: null }] } }, errors: [forbidden(['cases', 'items', 1, 'claimNumber'])] } as never).data;
    expect(rows.map((r: any) => r._refused)).toEqual([undefined, ['claimNumber']]);
    expect(() => read.parseResponse({ data: { case: null }, errors: [forbidden(['case'])] } as never)).toThrow();
    expect(() => read.parseResponse({ data, errors: [{ message: 'boom', path: ['case', 'timeline'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }] } as never)).toThrow();
  });

  it('getOne of a record that is gone is a 404, not an empty page', () => {
    expect(() => examiners.getOne!({ id: 'gone' }).parseResponse({ data: { examiner: null } })).toThrow(/does not exist/);
  });

  it('dashboard totals: one request, one aliased count per filter', () => {
    const op = getTotals({ resource: 'examiners', filters: { active: { status: ['ACTIVE'] }, suspended: { status: ['SUSPENDED'] } } });
    expect(op.variables).toEqual({ f0: { status: ['ACTIVE'] }, f1: { status: ['SUSPENDED'] } });
    expect(op.parseResponse({ data: { t0: { total: 41 }, t1: { total: 2 } } }).data).toEqual({ active: 41, suspended: 2 });
  });
});

describe('the workspaces’ forms become the API inputs', () => {
  it('the referral form: lists without blanks, the representative only when the claimant has one, the client of the session', () => {
    const input = referralInput({
      clientId: 'c1',
      claimNumber: ' CLM-1 ',
      lineOfBusiness: 'WORKERS_COMP',
      reasons: ['CAUSATION'],
      referralQuestions: [{ text: ' What caused it? ' }, { text: '' }],
      requiredSpecialtyCode: 'ORTHO',
      jurisdiction: 'US-NY',
      bodyParts: ['lumbar spine', ' '],
      treatingProviderNpis: [' 1234567893 '],
      employerName: '',
      claimant: { firstName: 'Jo', lastName: 'Doe', dateOfBirth: '1980-01-02', city: 'Albany', email: '', represented: false, representative: { name: 'ignored' } },
    });
    expect(input).toEqual({
      clientId: 'c1',
      claimNumber: 'CLM-1',
      lineOfBusiness: 'WORKERS_COMP',
      reasons: ['CAUSATION'],
      referralQuestions: ['What caused it?'],
      requiredSpecialtyCode: 'ORTHO',
      jurisdiction: 'US-NY',
      bodyParts: ['lumbar spine'],
      treatingProviderNpis: ['1234567893'],
      telehealthAllowed: false,
      claimant: { firstName: 'Jo', lastName: 'Doe', dateOfBirth: '1980-01-02', city: 'Albany', language: 'en', interpreterNeeded: false },
    });
    const represented = referralInput({ claimant: { represented: true, representative: { name: ' Sam Law ', firm: '' } } });
    expect((represented.claimant as any).representative).toEqual({ name: 'Sam Law' });
  });

  it('the report editor: sends only what changed, codes upper-cased, MMI as a yes/no', () => {
    const previous = { id: 'r1', version: 2, answers: [{ questionId: 'q1', answer: '' }], recordsReviewed: [], diagnoses: [], mmiReached: null };
    const op = reports.update!({
      id: 'r1',
      previousData: previous,
      data: { ...previous, answers: [{ questionId: 'q1', answer: 'The fall at work.' }], recordsReviewed: ['MRI 2026-03-01', ''], diagnoses: [{ icd10: ' s83.241a ' }], mmiReached: 'true' },
    });
    expect(op.variables).toEqual({
      id: 'r1',
      version: 2,
      input: {
        answers: [{ questionId: 'q1', answer: 'The fall at work.' }],
        recordsReviewed: ['MRI 2026-03-01'],
        diagnoses: [{ icd10: 'S83.241A', description: null }],
        mmiReached: true,
      },
    });
    expect(reportContentInput({ impairmentPercent: '12' }).impairmentPercent).toBe(12);
  });
});

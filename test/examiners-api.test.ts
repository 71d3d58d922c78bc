import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { TestClock } from './support/clock';
import { addVerifiedCredential, createCase, createClient, createExaminer, createSpecialty, graphqlError, isoDate, uniqueNpi } from './support/fixtures';
import { startTestPlatform, type TestPlatform } from './support/platform';

/** The platform's clock: the real time unless a test sets it (and puts it back). */
const clock = new TestClock();
let t: TestPlatform;
beforeAll(async () => {
  t = await startTestPlatform({}, { clock });
});
afterAll(async () => {
  await t?.close();
});

const EXAMINERS = /* GraphQL */ `
  query ($filter: ExaminerFilter, $sort: ExaminerSort, $page: PageInput) {
    examiners(filter: $filter, sort: $sort, page: $page) {
      total limit offset hasMore
      items { id lastName status yearsInPractice specialties { specialty { code } } }
    }
  }
`;

describe('examiners through the gateway', () => {
  it('lists with pagination, filters and sorting, with a total count', async () => {
    const specialty = await createSpecialty(t.gateway);
    const tag = `Pg${Date.now()}`;
    for (let i = 0; i < 7; i++) {
      await createExaminer(t.gateway, {
        lastName: `${tag}-${String.fromCharCode(71 - i)}`,
        yearsInPractice: 10 + i,
        specialties: i < 5 ? [{ code: specialty.code, primary: true }] : [],
      });
    }
    const page1 = await t.gateway.request<any>(EXAMINERS, {
      filter: { search: tag },
      sort: { field: 'NAME', direction: 'ASC' },
      page: { limit: 3, offset: 0 },
    });
    expect(page1.examiners.total).toBe(7);
    expect(page1.examiners.hasMore).toBe(true);
    expect(page1.examiners.items.map((e: any) => e.lastName)).toEqual([`${tag}-A`, `${tag}-B`, `${tag}-C`]);

    const page3 = await t.gateway.request<any>(EXAMINERS, { filter: { search: tag }, sort: { field: 'NAME' }, page: { limit: 3, offset: 6 } });
    expect(page3.examiners.items.map((e: any) => e.lastName)).toEqual([`${tag}-G`]);
    expect(page3.examiners.hasMore).toBe(false);

    const bySpecialty = await t.gateway.request<any>(EXAMINERS, {
      filter: { search: tag, specialtyCode: specialty.code },
      sort: { field: 'YEARS_IN_PRACTICE', direction: 'DESC' },
    });
    expect(bySpecialty.examiners.total).toBe(5);
    expect(bySpecialty.examiners.items.map((e: any) => e.yearsInPractice)).toEqual([14, 13, 12, 11, 10]);
    expect(bySpecialty.examiners.items.every((e: any) => e.specialties[0].specialty.code === specialty.code)).toBe(true);
  });

  it('includes sub-specialties when filtering by a parent specialty', async () => {
    const parent = await createSpecialty(t.gateway);
    const child = await createSpecialty(t.gateway, undefined, parent.code);
    const examiner = await createExaminer(t.gateway, { specialties: [{ code: child.code }] });
    const data = await t.gateway.request<any>(EXAMINERS, { filter: { specialtyCode: parent.code } });
    expect(data.examiners.items.map((e: any) => e.id)).toEqual([examiner.id]);
  });

  it('filters by licence jurisdiction and by credentials expiring soon', async () => {
    const tag = `Exp${Date.now()}`;
    const soon = await createExaminer(t.gateway, { lastName: `${tag}-soon` });
    const later = await createExaminer(t.gateway, { lastName: `${tag}-later` });
    await addVerifiedCredential(t.gateway, soon.id, { jurisdiction: 'US-WA', expiresOn: isoDate(20) });
    await addVerifiedCredential(t.gateway, later.id, { jurisdiction: 'US-OR', expiresOn: isoDate(400) });
    const expiring = await t.gateway.request<any>(EXAMINERS, { filter: { search: tag, credentialExpiringWithinDays: 60 } });
    expect(expiring.examiners.items.map((e: any) => e.lastName)).toEqual([`${tag}-soon`]);
    const oregon = await t.gateway.request<any>(EXAMINERS, { filter: { search: tag, jurisdiction: 'US-OR' } });
    expect(oregon.examiners.items.map((e: any) => e.lastName)).toEqual([`${tag}-later`]);
  });

  it('refuses invalid input with BAD_USER_INPUT listing every field, and writes nothing', async () => {
    const before = await t.sql.query('select count(*)::int as n from examiners.examiner');
    const error = await graphqlError(
      t.gateway.request(`mutation ($input: CreateExaminerInput!) { createExaminer(input: $input) { id } }`, {
        input: {
          npi: '1234567890',
          firstName: ' ',
          lastName: 'Valid',
          email: 'not-an-email',
          languages: ['english'],
          offices: [{ addressLine1: 'x', city: 'y', region: 'NY', postalCode: '1', latitude: 123, longitude: 0 }],
        },
      }),
    );
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    const fields = error.extensions.fields.map((f: { field: string }) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['input.npi', 'input.firstName', 'input.email', 'input.languages', 'input.offices.0.latitude']));
    expect(error.message).toContain('check digit');
    const after = await t.sql.query('select count(*)::int as n from examiners.examiner');
    expect(after.rows[0].n).toBe(before.rows[0].n);
  });

  it('refuses a duplicate NPI on the npi field', async () => {
    const npi = uniqueNpi();
    await createExaminer(t.gateway, { npi });
    const error = await graphqlError(createExaminer(t.gateway, { npi }));
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.extensions.fields).toEqual([{ field: 'input.npi', message: `An examiner with NPI ${npi} already exists` }]);
  });

  it('refuses an update sent against a stale version with CONFLICT and keeps the newer change', async () => {
    const examiner = await createExaminer(t.gateway, { firstName: 'Original' });
    const UPDATE = `mutation ($id: ID!, $version: Int!, $input: UpdateExaminerInput!) { updateExaminer(id: $id, version: $version, input: $input) { firstName version } }`;
    const first = await t.gateway.request<any>(UPDATE, { id: examiner.id, version: examiner.version, input: { firstName: 'First' } });
    expect(first.updateExaminer.version).toBe(examiner.version + 1);
    const error = await graphqlError(t.gateway.request(UPDATE, { id: examiner.id, version: examiner.version, input: { firstName: 'Stale' } }));
    expect(error.extensions.code).toBe('CONFLICT');
    expect(error.extensions.currentVersion).toBe(examiner.version + 1);
    const row = await t.sql.query('select first_name, version from examiners.examiner where id = $1', [examiner.id]);
    expect(row.rows[0]).toEqual({ first_name: 'First', version: examiner.version + 1 });
  });

  it('answers null for an unknown id and NOT_FOUND when updating one', async () => {
    const id = '00000000-0000-4000-8000-000000000000';
    const data = await t.gateway.request<any>(`query ($id: ID!) { examiner(id: $id) { id } }`, { id });
    expect(data.examiner).toBeNull();
    const error = await graphqlError(
      t.gateway.request(`mutation ($id: ID!) { updateExaminer(id: $id, version: 1, input: { firstName: "X" }) { id } }`, { id }),
    );
    expect(error.extensions.code).toBe('NOT_FOUND');
  });
});

describe("references to the cases subgraph's records, checked when written", () => {
  const DECLARE = `mutation ($e: ID!, $identity: String!) { declareConflict(examinerId: $e, input: { partyType: CLIENT, partyIdentity: $identity, reason: "Consults for them" }) { id partyType } }`;
  const conflictCount = async (examinerId: string) =>
    (await t.sql.query('select count(*)::int as n from examiners.conflict_declaration where examiner_id = $1', [examinerId])).rows[0].n;

  it('takes a conflict with a CLIENT only for an existing client id, the identity its case keys are computed from', async () => {
    const examiner = await createExaminer(t.gateway);
    const byName = await graphqlError(t.gateway.request(DECLARE, { e: examiner.id, identity: 'Acme Insurance' }));
    expect(byName.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.partyIdentity', message: expect.stringContaining('client id') }] });
    const missing = '7d0c4c1e-5d1a-4a57-9a4e-1c2b3d4e5f60';
    const unknown = await graphqlError(t.gateway.request(DECLARE, { e: examiner.id, identity: missing }));
    expect(unknown.extensions.fields).toEqual([{ field: 'input.partyIdentity', message: `Client ${missing} does not exist` }]);
    expect(await conflictCount(examiner.id)).toBe(0);

    const client = await createClient(t.gateway);
    const declared = await t.gateway.request<any>(DECLARE, { e: examiner.id, identity: client.id });
    expect(declared.declareConflict.partyType).toBe('CLIENT');
    expect(await conflictCount(examiner.id)).toBe(1);
  });

  it('takes a reputation event about a case only for an existing case', async () => {
    const examiner = await createExaminer(t.gateway);
    const RECORD = `mutation ($e: ID!, $c: ID!) { recordReputationEvent(examinerId: $e, input: { kind: COMPLAINT, caseId: $c }) { id caseId } }`;
    const missing = '7d0c4c1e-5d1a-4a57-9a4e-1c2b3d4e5f60';
    const error = await graphqlError(t.gateway.request(RECORD, { e: examiner.id, c: missing }));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.caseId', message: `Case ${missing} does not exist` }] });
    expect((await t.sql.query('select count(*)::int as n from examiners.reputation_event where examiner_id = $1', [examiner.id])).rows[0].n).toBe(0);

    const kase = await createCase(t.gateway, (await createClient(t.gateway)).id);
    const recorded = await t.gateway.request<any>(RECORD, { e: examiner.id, c: kase.id });
    expect(recorded.recordReputationEvent.caseId).toBe(kase.id);
  });
});

describe('time, read from the platform clock (test/support/clock.ts)', () => {
  afterEach(() => clock.reset());
  const CREDENTIAL = `query ($id: ID!) { credential(id: $id) { expiryState verifiedAt nextVerificationDue } }`;
  const EXPIRING = `query { expiringCredentials(withinDays: 30, page: { limit: 200 }) { items { id } } }`;
  const EXAMINERS_EXPIRING = `query ($npi: String!) { examiners(filter: { search: $npi, credentialExpiringWithinDays: 30 }) { total } }`;

  it("judges expiry, the expiring lists, verification, reputation events and activation on the clock's day", async () => {
    clock.set('2031-06-01T12:00:00Z');
    const examiner = await createExaminer(t.gateway, { specialties: [{ code: 'ORTHO', boardCertified: true, primary: true }] });
    const added = await t.gateway.request<any>(
      `mutation ($examinerId: ID!, $input: AddCredentialInput!) { addCredential(examinerId: $examinerId, input: $input) { id version } }`,
      { examinerId: examiner.id, input: { kind: 'MEDICAL_LICENSE', issuer: 'NYSED', number: `LIC-${examiner.npi}`, jurisdiction: 'US-NY', issuedOn: '2020-01-01', expiresOn: '2031-06-30' } },
    );
    // Years from the real today, 29 days from the clock's.
    expect((await t.gateway.request<any>(CREDENTIAL, { id: added.addCredential.id })).credential.expiryState).toBe('EXPIRING');
    expect((await t.gateway.request<any>(EXPIRING)).expiringCredentials.items).toContainEqual({ id: added.addCredential.id });
    expect((await t.gateway.request<any>(EXAMINERS_EXPIRING, { npi: examiner.npi })).examiners.total).toBe(1);

    await t.gateway.request(`mutation ($id: ID!, $version: Int!) { verifyCredential(id: $id, version: $version) { id } }`, added.addCredential);
    const verified = (await t.gateway.request<any>(CREDENTIAL, { id: added.addCredential.id })).credential;
    expect(verified.verifiedAt).toMatch(/^2031-06-01T/);
    expect(verified.nextVerificationDue).toBe('2032-05-31');

    const RECORD = `mutation ($examinerId: ID!, $input: RecordReputationEventInput!) { recordReputationEvent(examinerId: $examinerId, input: $input) { occurredOn } }`;
    const recorded = await t.gateway.request<any>(RECORD, { examinerId: examiner.id, input: { kind: 'COMMENDATION' } });
    expect(recorded.recordReputationEvent.occurredOn).toBe('2031-06-01');
    const earlier = await t.gateway.request<any>(RECORD, { examinerId: examiner.id, input: { kind: 'COMMENDATION', occurredOn: '2031-05-15' } });
    expect(earlier.recordReputationEvent.occurredOn).toBe('2031-05-15');

    clock.set('2031-07-01T12:00:00Z');
    expect((await t.gateway.request<any>(CREDENTIAL, { id: added.addCredential.id })).credential.expiryState).toBe('EXPIRED');
    const version = (await t.sql.query('select version from examiners.examiner where id = $1', [examiner.id])).rows[0].version;
    const refused = await graphqlError(
      t.gateway.request(`mutation ($id: ID!, $version: Int!) { changeExaminerStatus(id: $id, version: $version, input: { status: ACTIVE }) { status } }`, {
        id: examiner.id,
        version,
      }),
    );
    expect(refused.extensions).toMatchObject({ code: 'FAILED_PRECONDITION', rule: 'ACTIVATION_NEEDS_LICENCE' });
  });
});

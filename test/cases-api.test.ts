import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { casesSubgraph } from '@imepanel/cases';
import { createLogger, createSubgraphOrm } from '@imepanel/runtime';
import { CASE_EVENT_TYPES } from '../subgraphs/cases/src/domain/case-lifecycle';
import { caseInput, createCase, createClient, createSpecialty, graphqlError, isoDate } from './support/fixtures';
import { panelWorld, scheduledCase } from './support/journey';
import { startTestPlatform, type TestPlatform } from './support/platform';

let t: TestPlatform;
beforeAll(async () => {
  t = await startTestPlatform();
});
afterAll(async () => {
  await t?.close();
});

const CREATE = `mutation ($input: CreateCaseInput!) { createCase(input: $input) { id referenceNumber status version } }`;
const CASES = `query ($filter: CaseFilter, $sort: CaseSort, $page: PageInput) {
  cases(filter: $filter, sort: $sort, page: $page) { total hasMore items { id claimNumber status priority } }
}`;

describe('cases through the gateway', () => {
  it('creates a case with a reference number, its questions and a CREATED timeline entry', async () => {
    const client = await createClient(t.gateway);
    const created = await createCase(t.gateway, client.id);
    expect(created.referenceNumber).toMatch(/^IME-\d{4}-\d{6}$/);
    expect(created.status).toBe('REQUESTED');
    const data = await t.gateway.request<any>(
      `query ($id: ID!) { case(id: $id) { referralQuestions { position text } timeline { type actor toStatus } client { id } jurisdictionRule { code noticeLeadDays } } }`,
      { id: created.id },
    );
    expect(data.case.referralQuestions.map((q: any) => q.position)).toEqual([1, 2]);
    expect(data.case.timeline).toEqual([{ type: 'CREATED', actor: 'Test administrator', toStatus: 'REQUESTED' }]);
    expect(data.case.jurisdictionRule).toEqual({ code: 'US-NY', noticeLeadDays: 7 });
  });

  it('pages, filters and sorts, with a total', async () => {
    const client = await createClient(t.gateway);
    for (const [i, priority] of ['ROUTINE', 'URGENT', 'ROUTINE', 'EXPEDITED', 'URGENT'].entries()) {
      await createCase(t.gateway, client.id, { claimNumber: `SORT-${i}`, priority });
    }
    const page = await t.gateway.request<any>(CASES, {
      filter: { clientId: client.id },
      sort: { field: 'REFERENCE_NUMBER', direction: 'ASC' },
      page: { limit: 2, offset: 2 },
    });
    expect(page.cases.total).toBe(5);
    expect(page.cases.hasMore).toBe(true);
    expect(page.cases.items.map((c: any) => c.claimNumber)).toEqual(['SORT-2', 'SORT-3']);
    const urgent = await t.gateway.request<any>(CASES, { filter: { clientId: client.id, priority: ['URGENT'] } });
    expect(urgent.cases.items.map((c: any) => c.claimNumber).sort()).toEqual(['SORT-1', 'SORT-4']);
    const search = await t.gateway.request<any>(CASES, { filter: { search: 'sort-3' } });
    expect(search.cases.items.map((c: any) => c.claimNumber)).toEqual(['SORT-3']);
  });

  it('returns the same case for a repeated idempotency key, and refuses the key for a different request', async () => {
    const client = await createClient(t.gateway);
    const input = caseInput(client.id, { idempotencyKey: 'intake-42' });
    const first = await t.gateway.request<any>(CREATE, { input });
    const second = await t.gateway.request<any>(CREATE, { input });
    expect(second.createCase.id).toBe(first.createCase.id);
    const reused = await graphqlError(t.gateway.request(CREATE, { input: { ...input, claimNumber: 'OTHER' } }));
    expect(reused.extensions.code).toBe('CONFLICT');
    const count = await t.sql.query(`select count(*)::int as n from cases.ime_case where idempotency_key = 'intake-42'`);
    expect(count.rows[0].n).toBe(1);
  });

  it('creates one case for concurrent submissions with one idempotency key', async () => {
    const client = await createClient(t.gateway);
    const input = caseInput(client.id, { idempotencyKey: 'burst-1' });
    const results = await Promise.all(Array.from({ length: 10 }, () => t.gateway.request<any>(CREATE, { input })));
    expect(new Set(results.map((r) => r.createCase.id)).size).toBe(1);
    const count = await t.sql.query(`select count(*)::int as n from cases.ime_case where client_id = $1`, [client.id]);
    expect(count.rows[0].n).toBe(1);
  });

  it('refuses invalid input field by field and leaves no row behind', async () => {
    const client = await createClient(t.gateway);
    const before = await t.sql.query('select (select count(*) from cases.ime_case)::int as cases, (select count(*) from cases.referral_question)::int as questions');
    const error = await graphqlError(
      t.gateway.request(CREATE, {
        input: caseInput(client.id, {
          reasons: [],
          referralQuestions: ['  '],
          jurisdiction: 'New York',
          treatingProviderNpis: ['12'],
          claimant: { firstName: 'A', lastName: 'B', dateOfBirth: '1990-01-01', email: 'nope', language: 'english' },
        }),
      }),
    );
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.extensions.fields.map((f: any) => f.field)).toEqual(
      expect.arrayContaining(['input.reasons', 'input.referralQuestions', 'input.jurisdiction', 'input.treatingProviderNpis.0', 'input.claimant.email', 'input.claimant.language']),
    );
    const unknownRule = await graphqlError(t.gateway.request(CREATE, { input: caseInput(client.id, { jurisdiction: 'US-ZZ' }) }));
    expect(unknownRule.extensions.fields).toEqual([expect.objectContaining({ field: 'input.jurisdiction' })]);
    const after = await t.sql.query('select (select count(*) from cases.ime_case)::int as cases, (select count(*) from cases.referral_question)::int as questions');
    expect(after.rows[0]).toEqual(before.rows[0]);
  });

  it('refuses a stale version with CONFLICT and keeps the newer change', async () => {
    const client = await createClient(t.gateway);
    const created = await createCase(t.gateway, client.id);
    const UPDATE = `mutation ($id: ID!, $v: Int!, $input: UpdateCaseInput!) { updateCase(id: $id, version: $v, input: $input) { version claimNumber } }`;
    await t.gateway.request(UPDATE, { id: created.id, v: created.version, input: { claimNumber: 'NEWER' } });
    const stale = await graphqlError(t.gateway.request(UPDATE, { id: created.id, v: created.version, input: { claimNumber: 'STALE' } }));
    expect(stale.extensions.code).toBe('CONFLICT');
    const row = await t.sql.query('select claim_number from cases.ime_case where id = $1', [created.id]);
    expect(row.rows[0].claim_number).toBe('NEWER');
  });
});

describe('treating-provider NPIs', () => {
  const UPDATE = `mutation ($id: ID!, $v: Int!, $input: UpdateCaseInput!) { updateCase(id: $id, version: $v, input: $input) { version treatingProviderNpis } }`;

  it('refuses an NPI with a wrong check digit on create and update, naming the item, and changes nothing', async () => {
    const client = await createClient(t.gateway);
    const before = await t.sql.query('select count(*)::int as n from cases.ime_case where client_id = $1', [client.id]);
    // 1234567890 is ten digits, but its check digit would be 3: a typo that would silently disable the treating-provider rule.
    const created = await graphqlError(t.gateway.request(CREATE, { input: caseInput(client.id, { treatingProviderNpis: ['1245319599', '1234567890'] }) }));
    expect(created.extensions.code).toBe('BAD_USER_INPUT');
    expect(created.extensions.fields).toEqual([
      { field: 'input.treatingProviderNpis.1', message: 'treatingProviderNpis.1 must be 10 digits with a valid check digit (e.g. 1234567893)' },
    ]);
    const after = await t.sql.query('select count(*)::int as n from cases.ime_case where client_id = $1', [client.id]);
    expect(after.rows[0].n).toBe(before.rows[0].n);

    const kase = await createCase(t.gateway, client.id, { treatingProviderNpis: ['1245319599'] });
    const updated = await graphqlError(t.gateway.request(UPDATE, { id: kase.id, v: kase.version, input: { treatingProviderNpis: ['1234567890', '1003000126'] } }));
    expect(updated.extensions.code).toBe('BAD_USER_INPUT');
    expect(updated.extensions.fields.map((f: any) => f.field)).toEqual(['input.treatingProviderNpis.0']);
    const row = await t.sql.query('select treating_provider_npis, version from cases.ime_case where id = $1', [kase.id]);
    expect(row.rows[0]).toEqual({ treating_provider_npis: ['1245319599'], version: kase.version });

    const fixed = await t.gateway.request<any>(UPDATE, { id: kase.id, v: kase.version, input: { treatingProviderNpis: ['1234567893', '1003000126'] } });
    expect(fixed.updateCase.treatingProviderNpis).toEqual(['1234567893', '1003000126']);
  });
});

describe("references to another subgraph's records, checked when written", () => {
  const UPDATE = `mutation ($id: ID!, $v: Int!, $input: UpdateCaseInput!) { updateCase(id: $id, version: $v, input: $input) { version requiredSpecialtyCode } }`;

  it('refuses a specialty code the taxonomy does not hold, on create and update, at the caller\'s field', async () => {
    const client = await createClient(t.gateway);
    const created = await graphqlError(t.gateway.request(CREATE, { input: caseInput(client.id, { requiredSpecialtyCode: 'NO_SUCH_SPECIALTY' }) }));
    expect(created.extensions.code).toBe('BAD_USER_INPUT');
    expect(created.extensions.fields).toEqual([{ field: 'input.requiredSpecialtyCode', message: expect.stringContaining('NO_SUCH_SPECIALTY does not exist') }]);
    expect((await t.sql.query('select count(*)::int as n from cases.ime_case where client_id = $1', [client.id])).rows[0].n).toBe(0);

    const kase = await createCase(t.gateway, client.id);
    const updated = await graphqlError(t.gateway.request(UPDATE, { id: kase.id, v: kase.version, input: { requiredSpecialtyCode: 'NO_SUCH_SPECIALTY' } }));
    expect(updated.extensions.fields).toEqual([{ field: 'input.requiredSpecialtyCode', message: expect.stringContaining('does not exist') }]);
    const row = await t.sql.query('select required_specialty_code, version from cases.ime_case where id = $1', [kase.id]);
    expect(row.rows[0]).toEqual({ required_specialty_code: 'ORTHO', version: kase.version });
    const read = await t.gateway.request<any>(`query ($id: ID!) { case(id: $id) { requiredSpecialty { code name } } }`, { id: kase.id });
    expect(read.case.requiredSpecialty.code).toBe('ORTHO');
  });

  it('refuses an inactive specialty for a new requirement, but keeps one a case already has', async () => {
    const client = await createClient(t.gateway);
    const specialty = await createSpecialty(t.gateway);
    const kase = await createCase(t.gateway, client.id, { requiredSpecialtyCode: specialty.code });
    await t.gateway.request(`mutation ($code: String!, $v: Int!) { updateSpecialty(code: $code, version: $v, input: { active: false }) { id } }`, {
      code: specialty.code,
      v: specialty.version,
    });
    const refused = await graphqlError(t.gateway.request(CREATE, { input: caseInput(client.id, { requiredSpecialtyCode: specialty.code }) }));
    expect(refused.extensions.fields).toEqual([{ field: 'input.requiredSpecialtyCode', message: `Specialty ${specialty.code} is inactive and cannot be newly required` }]);
    const kept = await t.gateway.request<any>(UPDATE, { id: kase.id, v: kase.version, input: { requiredSpecialtyCode: specialty.code, claimNumber: 'KEPT-1' } });
    expect(kept.updateCase.requiredSpecialtyCode).toBe(specialty.code);
  });

  it('refuses an examiner the panel directory does not hold at examinerId, and leaves the case as it was', async () => {
    const client = await createClient(t.gateway);
    const kase = await createCase(t.gateway, client.id);
    const missing = '7d0c4c1e-5d1a-4a57-9a4e-1c2b3d4e5f60';
    const error = await graphqlError(
      t.gateway.request(`mutation ($id: ID!, $v: Int!, $e: ID!) { assignExaminer(caseId: $id, version: $v, examinerId: $e) { id } }`, { id: kase.id, v: kase.version, e: missing }),
    );
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'examinerId', message: `Examiner ${missing} does not exist` }] });
    const row = await t.sql.query('select status, examiner_id, version from cases.ime_case where id = $1', [kase.id]);
    expect(row.rows[0]).toEqual({ status: 'REQUESTED', examiner_id: null, version: kase.version });
  });

  it("answers a case stored with an unknown specialty with the case's precondition, not a field the caller never sent", async () => {
    const client = await createClient(t.gateway);
    const kase = await createCase(t.gateway, client.id);
    // As a case stored before codes were checked on write would be.
    await t.sql.query(`update cases.ime_case set required_specialty_code = 'GONE_SPECIALTY' where id = $1`, [kase.id]);
    const error = await graphqlError(t.gateway.request(`mutation ($id: ID!) { proposePanel(caseId: $id) { id } }`, { id: kase.id }));
    expect(error.extensions).toMatchObject({ code: 'FAILED_PRECONDITION', rule: 'CASE_SPECIALTY_UNKNOWN', specialtyCode: 'GONE_SPECIALTY' });
    expect(error.extensions.fields).toBeUndefined();
  });
});

describe('jurisdiction rules', () => {
  const CREATE_RULE = `mutation ($input: CreateJurisdictionRuleInput!) { createJurisdictionRule(input: $input) { code requiredCredentialKinds } }`;
  const rule = (code: string, requiredCredentialKinds: string[]) => ({ code, name: `Rule ${code}`, reportRecipients: ['CLIENT', 'CLAIMANT'], reportDueDays: 30, requiredCredentialKinds });

  // The medical licence is always required (docs/rules.md, eligibility): a rule that listed it would be refused by
  // jurisdictionRuleProblems, and the resolver accepted it because it kept its own list of kinds.
  it('refuses MEDICAL_LICENSE as a required credential, at the item, and stores no rule', async () => {
    const error = await graphqlError(t.gateway.request(CREATE_RULE, { input: rule('US-TX', ['QME_CERTIFICATION', 'MEDICAL_LICENSE']) }));
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.extensions.fields).toEqual([{ field: 'input.requiredCredentialKinds.1', message: expect.stringContaining('MEDICAL_LICENSE is not a credential kind a jurisdiction can require') }]);
    expect((await t.sql.query(`select count(*)::int as n from cases.jurisdiction_rule where code = 'US-TX'`)).rows[0].n).toBe(0);
  });

  // The write path kept its own, looser checks; now it asks the domain's jurisdictionRuleFieldProblems.
  it('refuses a required panel of one examiner at its field, and stores no rule', async () => {
    const error = await graphqlError(t.gateway.request(CREATE_RULE, { input: { ...rule('US-NV', []), panelRequired: true, panelSize: 1 } }));
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.extensions.fields).toEqual([{ field: 'input.panelSize', message: expect.stringContaining('at least 2 examiners') }]);
    expect((await t.sql.query(`select count(*)::int as n from cases.jurisdiction_rule where code = 'US-NV'`)).rows[0].n).toBe(0);
  });

  it('accepts the kinds a jurisdiction can require besides the licence', async () => {
    const created = await t.gateway.request<any>(CREATE_RULE, { input: rule('US-FL', ['BOARD_CERTIFICATION', 'MALPRACTICE_INSURANCE']) });
    expect(created.createJurisdictionRule).toEqual({ code: 'US-FL', requiredCredentialKinds: ['BOARD_CERTIFICATION', 'MALPRACTICE_INSURANCE'] });
  });
});

describe('eligibility asked about a case', () => {
  const POOL = `query ($id: ID!, $date: LocalDate) { caseEligibleExaminers(caseId: $id, examDate: $date) { caseId examDate examiners { examinerId distanceKm examiner { id displayName } } } }`;
  const EXPLAIN = `query ($id: ID!, $e: ID!) { explainCaseEligibility(caseId: $id, examinerId: $e) { caseId examDate eligible distanceKm examiner { id } rules { rule passed reason } } }`;
  const DECLARE = `mutation ($e: ID!, $input: DeclareConflictInput!) { declareConflict(examinerId: $e, input: $input) { id partyKey } }`;

  it("lets the case's client see who is eligible and why not, computing the party keys itself and never revealing the party", async () => {
    const world = await panelWorld(t.gateway, { examiners: 3 });
    const [claimantConflict, clientConflict, free] = world.examiners;
    const input = caseInput(world.client.id, { requiredSpecialtyCode: world.specialty.code });
    const kase = (await t.gateway.request<any>(CREATE, { input })).createCase;
    const { lastName, firstName, dateOfBirth } = input.claimant as { lastName: string; firstName: string; dateOfBirth: string };
    const secretReason = `Treated ${firstName} ${lastName} for a back injury in 2019`;
    const declared = await t.gateway.request<any>(DECLARE, {
      e: claimantConflict.id,
      input: { partyType: 'CLAIMANT', partyIdentity: `${lastName}|${firstName}|${dateOfBirth}`, reason: secretReason },
    });
    await t.gateway.request(DECLARE, { e: clientConflict.id, input: { partyType: 'CLIENT', partyIdentity: world.client.id, reason: 'Consults for their claims unit' } });

    const asClient = await t.as({ role: 'CLIENT', clientId: world.client.id });
    const pool = await asClient.request<any>(POOL, { id: kase.id });
    expect(pool.caseEligibleExaminers).toMatchObject({ caseId: kase.id, examDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    expect(pool.caseEligibleExaminers.examiners.map((e: any) => e.examinerId)).toEqual([free.id]);
    expect(pool.caseEligibleExaminers.examiners[0].examiner.displayName).toEqual(expect.any(String));
    const onDate = await asClient.request<any>(POOL, { id: kase.id, date: isoDate(40) });
    expect(onDate.caseEligibleExaminers.examDate).toBe(isoDate(40));

    const why = await asClient.rawRequest<any>(EXPLAIN, { id: kase.id, e: claimantConflict.id });
    const explained = why.data.explainCaseEligibility;
    expect(explained).toMatchObject({ caseId: kase.id, eligible: false, examiner: { id: claimantConflict.id } });
    const conflictRule = explained.rules.find((r: any) => r.rule === 'NO_DECLARED_CONFLICT');
    expect(conflictRule).toEqual({ rule: 'NO_DECLARED_CONFLICT', passed: false, reason: expect.stringContaining('declared conflict with the CLAIMANT') });
    const answer = JSON.stringify(why.data);
    for (const secret of [declared.declareConflict.partyKey, secretReason, lastName, dateOfBirth]) expect(answer).not.toContain(secret);

    const byClient = await asClient.request<any>(EXPLAIN, { id: kase.id, e: clientConflict.id });
    expect(byClient.explainCaseEligibility.rules.find((r: any) => r.rule === 'NO_DECLARED_CONFLICT').reason).toContain('declared conflict with the CLIENT');
    const eligible = await asClient.request<any>(EXPLAIN, { id: kase.id, e: free.id });
    expect(eligible.explainCaseEligibility.eligible).toBe(true);
    expect(eligible.explainCaseEligibility.rules.every((r: any) => r.passed)).toBe(true);
  });

  it("answers another organisation's case as missing, refuses examiners and analysts, and names an unknown examiner", async () => {
    const world = await panelWorld(t.gateway, { examiners: 1 });
    const kase = await createCase(t.gateway, world.client.id, { requiredSpecialtyCode: world.specialty.code });
    const other = await t.as({ role: 'CLIENT', clientId: (await createClient(t.gateway)).id });
    for (const document of [POOL, EXPLAIN]) {
      const missing = await graphqlError(other.request(document, { id: kase.id, e: world.examiners[0].id }));
      expect(missing.extensions.code).toBe('NOT_FOUND');
      for (const who of [await t.as({ role: 'EXAMINER', examinerId: world.examiners[0].id }), await t.as({ role: 'ANALYST' })]) {
        expect((await graphqlError(who.request(document, { id: kase.id, e: world.examiners[0].id }))).extensions.code).toBe('FORBIDDEN');
      }
    }
    const asClient = await t.as({ role: 'CLIENT', clientId: world.client.id });
    const unknown = await graphqlError(asClient.request(EXPLAIN, { id: kase.id, e: '7d0c4c1e-5d1a-4a57-9a4e-1c2b3d4e5f60' }));
    expect(unknown.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'examinerId', message: expect.stringContaining('does not exist') }] });
  });
});

describe('timeline event types', () => {
  const TIMELINE = `query ($id: ID!) { case(id: $id) { timeline { type fromStatus toStatus } } }`;
  const MIGRATION = 'Migration20261201093246_case_event_types';
  /** The types that migration knows (the claimant portal's came later: Migration20261201192416_claimant_portal). */
  const OLD_TYPES: readonly string[] = ['CREATED', 'UPDATED', 'PANEL_PROPOSED', 'PANEL_MEMBER_STRUCK', 'ASSIGNED', 'SCHEDULED', 'NOTICE_SERVED', 'EXAMINED', 'NO_SHOW', 'REPORTED', 'CLOSED', 'CANCELLED'];

  it('names every entry with a documented CaseEventType, the past-tense event of its step', async () => {
    const world = await panelWorld(t.gateway, { examiners: 1 });
    const kase = await scheduledCase(t.gateway, world, world.examiners[0].id);
    await t.gateway.request(`mutation ($id: ID!, $v: Int!) { cancelCase(caseId: $id, version: $v, input: { reason: "Claim settled", party: CLIENT, chargeable: false }) { id } }`, {
      id: kase.id,
      v: kase.version,
    });
    const { case: read } = await t.gateway.request<any>(TIMELINE, { id: kase.id });
    expect(read.timeline.map((e: any) => e.type)).toEqual(['CREATED', 'ASSIGNED', 'SCHEDULED', 'CLAIMANT_ACCESS_ISSUED', 'NOTICE_SERVED', 'CANCELLED']);
    expect(read.timeline[1]).toEqual({ type: 'ASSIGNED', fromStatus: 'REQUESTED', toStatus: 'ASSIGNED' });

    const { __type } = await t.gateway.request<any>(`{ __type(name: "CaseEventType") { enumValues { name description } } }`);
    expect(__type.enumValues.map((v: any) => v.name)).toEqual(expect.arrayContaining(['CREATED', 'PANEL_PROPOSED', 'ASSIGNED', 'SCHEDULED', 'NOTICE_SERVED', 'CANCELLED']));
    expect(__type.enumValues.every((v: any) => v.description?.length > 10)).toBe(true);
  });

  it('moves entries stored under the transition names to the documented ones, and refuses any other name', async () => {
    const client = await createClient(t.gateway);
    const kase = await createCase(t.gateway, client.id);
    const orm = await createSubgraphOrm(casesSubgraph, { databaseUrl: t.databaseUrl, poolMax: 1, slowQueryMs: 10_000 }, createLogger('migration-test', 'warn'));
    try {
      // Entries of types later migrations added (the claimant portal's, written by serveNotice earlier in this file)
      // are not the old migration's to know: set aside while it runs again, and the current rule put back after.
      const later = CASE_EVENT_TYPES.filter((type) => !OLD_TYPES.includes(type));
      await t.sql.query(`delete from cases.case_event where type = any($1)`, [later]);
      await orm.migrator.down({ migrations: [MIGRATION] });
      // As the earlier code wrote them: named after the transition.
      for (const legacy of ['PROPOSE_PANEL', 'ASSIGN', 'SCHEDULE', 'MARK_NO_SHOW', 'CANCEL']) {
        await t.sql.query(`insert into cases.case_event (id, case_id, at, type, actor) values (gen_random_uuid(), $1, now(), $2, 'legacy')`, [kase.id, legacy]);
      }
      await orm.migrator.up({ migrations: [MIGRATION] });
      await t.sql.query(
        `alter table cases.case_event drop constraint case_event_type_check, add constraint case_event_type_check check (type in (${CASE_EVENT_TYPES.map((type) => `'${type}'`).join(', ')}))`,
      );
    } finally {
      await orm.close(true);
    }
    const rows = await t.sql.query(`select type from cases.case_event where case_id = $1 and actor = 'legacy' order by type`, [kase.id]);
    expect(rows.rows.map((r) => r.type)).toEqual(['ASSIGNED', 'CANCELLED', 'NO_SHOW', 'PANEL_PROPOSED', 'SCHEDULED']);
    await expect(t.sql.query(`insert into cases.case_event (id, case_id, at, type, actor) values (gen_random_uuid(), $1, now(), 'ASSIGN', 'legacy')`, [kase.id])).rejects.toThrow(
      /case_event_type_check/,
    );
    const { case: read } = await t.gateway.request<any>(TIMELINE, { id: kase.id });
    expect(read.timeline.map((e: any) => e.type)).toEqual(expect.arrayContaining(['CREATED', 'PANEL_PROPOSED', 'NO_SHOW']));
  });
});

describe('batching', () => {
  it('costs the same number of SQL statements for a page of 10 and a page of 100 cases across three subgraphs', async () => {
    const world = await panelWorld(t.gateway, { examiners: 2 });
    // A few cases with an examiner and a report trail, the rest plain: every hop must be exercised.
    for (const examiner of world.examiners) await scheduledCase(t.gateway, world, examiner.id);
    for (let i = 0; i < 100; i++) await createCase(t.gateway, world.client.id, { requiredSpecialtyCode: world.specialty.code });
    const PAGE = `query ($limit: Int!, $clientId: ID!) { cases(filter: { clientId: $clientId }, sort: { field: CREATED_AT, direction: ASC }, page: { limit: $limit }) { total items {
      referenceNumber status client { name } jurisdictionRule { code }
      requiredSpecialty { name }
      examiner { displayName specialties { specialty { code } } }
      reports { status } currentReportStatus
      referralQuestions { text }
    } } }`;
    const small = await t.countStatements(() => t.gateway.request<any>(PAGE, { limit: 10, clientId: world.client.id }));
    const large = await t.countStatements(() => t.gateway.request<any>(PAGE, { limit: 100, clientId: world.client.id }));
    expect(small.result.cases.items).toHaveLength(10);
    expect(large.result.cases.items).toHaveLength(100);
    expect(small.result.cases.items.filter((c: any) => c.examiner).length).toBe(2);
    expect(large.statements).toBe(small.statements);
  });
});

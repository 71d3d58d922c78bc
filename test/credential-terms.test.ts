import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addVerifiedCredential, createActiveExaminer, createSpecialty, graphqlError, isoDate } from './support/fixtures';
import { startTestPlatform, type TestPlatform } from './support/platform';

/**
 * Credential terms (docs/rules.md, "Credential terms"): a renewal is a new term, the previous one kept as it was
 * and marked as replaced; worklists show current terms only; a replaced term cannot be changed; a lapse's impact
 * says where the examiner stops being eligible.
 */
let t: TestPlatform;
let specialtyCode: string;

beforeAll(async () => {
  t = await startTestPlatform();
  specialtyCode = (await createSpecialty(t.gateway)).code;
}, 120_000);

afterAll(async () => {
  await t?.close();
});

const TERM = `id version kind number issuedOn expiresOn verificationStatus verifiedBy current supersededAt supersededBy { id }
  previousTerms { id number expiresOn verificationStatus current } lapseImpact { lapsesOn jurisdictions }`;
const credential = async (id: string) => (await t.gateway.request<{ credential: any }>(`query ($id: ID!) { credential(id: $id) { ${TERM} } }`, { id })).credential;
const renew = (id: string, version: number, input: Record<string, unknown>) =>
  t.gateway.request<{ renewCredential: any }>(`mutation ($id: ID!, $v: Int!, $input: RenewCredentialInput!) { renewCredential(id: $id, version: $v, input: $input) { ${TERM} } }`, {
    id,
    v: version,
    input,
  });
const row = async (id: string) => (await t.sql.query('select * from examiners.credential where id = $1', [id])).rows[0];

describe('credential terms', () => {
  it('renews a licence as a new term, keeps the old one as it was, and clears it from the worklists', async () => {
    const examiner = await createActiveExaminer(t.gateway, { specialtyCode, jurisdiction: 'US-NJ' });
    const expiring = await addVerifiedCredential(t.gateway, examiner.id, { jurisdiction: 'US-NY', expiresOn: isoDate(20), issuedOn: isoDate(-700) });
    const before = await credential(expiring.id);
    expect(before).toMatchObject({ current: true, supersededAt: null, previousTerms: [], lapseImpact: { lapsesOn: isoDate(21), jurisdictions: ['US-NY'] } });
    const worklist = async () =>
      (await t.gateway.request<any>(`{ expiringCredentials(withinDays: 60, page: { limit: 200 }) { items { id } } }`)).expiringCredentials.items.map((c: any) => c.id);
    expect(await worklist()).toContain(expiring.id);

    const { renewCredential: renewal } = await renew(expiring.id, before.version, { expiresOn: isoDate(750) });
    expect(renewal).toMatchObject({
      kind: 'MEDICAL_LICENSE',
      number: before.number,
      issuedOn: isoDate(21),
      expiresOn: isoDate(750),
      verificationStatus: 'UNVERIFIED',
      current: true,
      previousTerms: [{ id: expiring.id, number: before.number, expiresOn: isoDate(20), verificationStatus: 'VERIFIED', current: false }],
    });
    const old = await credential(expiring.id);
    // The old term is history: the same dates and verification, replaced by the renewal.
    expect(old).toMatchObject({ current: false, expiresOn: isoDate(20), verificationStatus: 'VERIFIED', verifiedBy: before.verifiedBy, supersededBy: { id: renewal.id } });
    expect(old.supersededAt).not.toBeNull();
    expect(await worklist()).not.toContain(expiring.id);
    const due = (await t.gateway.request<any>(`{ credentialsDueForVerification(withinDays: 0, page: { limit: 200 }) { items { id } } }`)).credentialsDueForVerification.items.map((c: any) => c.id);
    expect(due).toContain(renewal.id);
    expect(due).not.toContain(expiring.id);
    const list = async (current: boolean | null) =>
      (await t.gateway.request<any>(`query ($f: CredentialFilter) { credentials(filter: $f) { items { id } } }`, { f: { examinerId: examiner.id, kind: ['MEDICAL_LICENSE'], jurisdiction: 'US-NY', ...(current === null ? {} : { current }) } }))
        .credentials.items.map((c: any) => c.id)
        .sort();
    expect(await list(true)).toEqual([renewal.id]);
    expect(await list(false)).toEqual([expiring.id]);
    expect(await list(null)).toEqual([expiring.id, renewal.id].sort());

    // Unverified, the renewal does not yet cover the old term's lapse (nor can it lapse itself); verified, it does.
    expect((await credential(expiring.id)).lapseImpact.jurisdictions).toEqual(['US-NY']);
    expect((await credential(renewal.id)).lapseImpact.jurisdictions).toEqual([]);
    const verified = await t.gateway.request<any>(`mutation ($id: ID!, $v: Int!) { verifyCredential(id: $id, version: $v) { id version } }`, { id: renewal.id, v: renewal.version });
    expect(verified.verifyCredential.id).toBe(renewal.id);
    expect((await credential(expiring.id)).lapseImpact.jurisdictions).toEqual([]);
    expect((await credential(renewal.id)).lapseImpact).toEqual({ lapsesOn: isoDate(751), jurisdictions: ['US-NY'] });

    // Both are named in the audit log under the examiner.
    const audit = await t.gateway.request<any>(`query ($r: ID!) { examinersAuditLog(filter: { recordId: $r, operation: "renewCredential" }) { items { recordIds } } }`, { r: expiring.id });
    expect(audit.examinersAuditLog.items[0].recordIds).toEqual(expect.arrayContaining([expiring.id, renewal.id, examiner.id]));
  });

  it('refuses a renewal that ends before the term it renews, and any change to a replaced term, changing nothing', async () => {
    const examiner = await createActiveExaminer(t.gateway, { specialtyCode });
    const term = await addVerifiedCredential(t.gateway, examiner.id, { jurisdiction: 'US-CT', expiresOn: isoDate(30) });
    const early = await graphqlError(renew(term.id, term.version, { expiresOn: isoDate(10) }));
    expect(early.extensions.code).toBe('BAD_USER_INPUT');
    expect(early.extensions.fields).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'input.expiresOn' })]));
    expect((await credential(term.id)).current).toBe(true);

    const { renewCredential: renewal } = await renew(term.id, term.version, { expiresOn: isoDate(400), number: 'CT-RENEWED-1' });
    expect(renewal.number).toBe('CT-RENEWED-1');
    const replaced = await row(term.id);
    const credentialsOf = async () => (await t.sql.query('select id, version from examiners.credential where examiner_id = $1 order by id', [examiner.id])).rows;
    const stored = await credentialsOf();
    // Each attempt is started only when it is checked, so none is left rejected unobserved.
    const attempts = [
      () => renew(term.id, replaced.version, { expiresOn: isoDate(900) }),
      () => t.gateway.request(`mutation ($id: ID!, $v: Int!) { updateCredential(id: $id, version: $v, input: { expiresOn: "${isoDate(45)}" }) { id } }`, { id: term.id, v: replaced.version }),
      () => t.gateway.request(`mutation ($id: ID!, $v: Int!) { verifyCredential(id: $id, version: $v) { id } }`, { id: term.id, v: replaced.version }),
      () => t.gateway.request(`mutation ($id: ID!, $v: Int!) { rejectCredential(id: $id, version: $v, note: "no") { id } }`, { id: term.id, v: replaced.version }),
    ];
    for (const attempt of attempts) {
      const error = await graphqlError(attempt());
      expect(error.extensions).toMatchObject({ code: 'FAILED_PRECONDITION', rule: 'CREDENTIAL_SUPERSEDED', currentId: renewal.id });
    }
    expect(await row(term.id)).toEqual(replaced);
    expect(await credentialsOf()).toEqual(stored);
  });

  it('removing a renewal recorded in error makes the previous term current again', async () => {
    const examiner = await createActiveExaminer(t.gateway, { specialtyCode });
    const term = await addVerifiedCredential(t.gateway, examiner.id, { jurisdiction: 'US-PA', expiresOn: isoDate(30) });
    const { renewCredential: renewal } = await renew(term.id, term.version, { expiresOn: isoDate(400) });
    await t.gateway.request(`mutation ($id: ID!, $v: Int!) { removeCredential(id: $id, version: $v) }`, { id: renewal.id, v: renewal.version });
    expect(await credential(term.id)).toMatchObject({ current: true, supersededAt: null, supersededBy: null });
    // The same number again is a duplicate only of a current term.
    const duplicate = await graphqlError(
      t.gateway.request(`mutation ($e: ID!, $n: String!) { addCredential(examinerId: $e, input: { kind: MEDICAL_LICENSE, issuer: "Board", number: $n, jurisdiction: "US-PA" }) { id } }`, {
        e: examiner.id,
        n: (await credential(term.id)).number,
      }),
    );
    expect(duplicate.extensions.code).toBe('BAD_USER_INPUT');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addVerifiedCredential, createClient, createExaminer, createSpecialty, isoDate, uniqueSuffix } from './support/fixtures';
import { startTestPlatform, type TestPlatform } from './support/platform';

/**
 * eligibleExaminers narrows the pool in SQL before the domain rules judge it (eligibility-pool.ts). The
 * narrowing must never be stricter than the rules: for every request, the examiners it returns are exactly
 * those explainEligibility calls eligible. Each examiner here sits on one edge of one rule.
 */

let t: TestPlatform;
beforeAll(async () => {
  t = await startTestPlatform();
});
afterAll(async () => {
  await t?.close();
});

const EXAM_DATE = isoDate(30);
const dayOffset = (days: number) => isoDate(days, new Date(`${EXAM_DATE}T00:00:00Z`));
/** Lower Manhattan. */
const CLAIMANT = { latitude: 40.7128, longitude: -74.006 };
const office = (latitude: number, longitude: number, city: string) => ({
  addressLine1: '1 Main St',
  city,
  region: 'NY',
  postalCode: '10001',
  latitude,
  longitude,
  primary: true,
});
/** Midtown, about 5 km from the claimant. */
const NEAR = office(40.7527, -73.9772, 'New York');
/** Albany, about 216 km away. */
const FAR = office(42.6526, -73.7562, 'Albany');
/** Inside the 80 km bounding box (0.6° north, 0.75° east) but about 92 km away: the circle, not the box, decides. */
const BOX_CORNER = office(CLAIMANT.latitude + 0.6, CLAIMANT.longitude + 0.75, 'Danbury');
/** About 78 km due north and due west: inside the circle, near the edge of the box. */
const EDGE_NORTH = office(CLAIMANT.latitude + 0.7, CLAIMANT.longitude, 'Poughkeepsie');
const EDGE_WEST = office(CLAIMANT.latitude, CLAIMANT.longitude - 0.92, 'Easton');

interface Setup {
  /** Licences to add; defaults to one verified US-NY licence valid well past the exam date. */
  licences?: { jurisdiction?: string; issuedOn?: string | null; expiresOn?: string | null; verified?: boolean }[];
  specialty?: 'parent' | 'child';
  /**
   * ACTIVE by default. Activation itself needs a licence valid today, so an examiner whose only licence is not
   * (yet) valid is made ACTIVE in the table, as one activated before the licence record changed would be.
   */
  status?: 'ACTIVE' | 'PENDING' | 'ACTIVE_IN_TABLE';
  input?: Record<string, unknown>;
}

let parentCode: string;
let childCode: string;
const mine = new Map<string, string>();
const npiOf = new Map<string, string>();
let conflictKey: string;

async function addLicence(examinerId: string, licence: NonNullable<Setup['licences']>[number]) {
  if (licence.verified === false) {
    await t.gateway.request(
      `mutation ($e: ID!, $input: AddCredentialInput!) { addCredential(examinerId: $e, input: $input) { id } }`,
      {
        e: examinerId,
        input: { kind: 'MEDICAL_LICENSE', issuer: 'NY Board', number: `LIC-${uniqueSuffix()}`, jurisdiction: licence.jurisdiction ?? 'US-NY', expiresOn: dayOffset(365) },
      },
    );
    return;
  }
  await addVerifiedCredential(t.gateway, examinerId, {
    jurisdiction: licence.jurisdiction ?? 'US-NY',
    issuedOn: licence.issuedOn,
    expiresOn: licence.expiresOn === undefined ? dayOffset(365) : licence.expiresOn,
  });
}

async function examiner(name: string, setup: Setup = {}) {
  const code = setup.specialty === 'child' ? childCode : parentCode;
  const created = await createExaminer(t.gateway, {
    specialties: [{ code, boardCertified: true, primary: true }],
    offices: [NEAR],
    ...setup.input,
  });
  for (const licence of setup.licences ?? [{}]) await addLicence(created.id, licence);
  if (setup.status === 'ACTIVE_IN_TABLE') {
    await t.sql.query(`update examiners.examiner set status = 'ACTIVE' where id = $1`, [created.id]);
  } else if ((setup.status ?? 'ACTIVE') === 'ACTIVE') {
    await t.gateway.request(`mutation ($id: ID!, $v: Int!) { changeExaminerStatus(id: $id, version: $v, input: { status: ACTIVE }) { id } }`, {
      id: created.id,
      v: created.version,
    });
  }
  mine.set(name, created.id);
  npiOf.set(name, created.npi);
  return created.id;
}

const names = (ids: Iterable<string>) => {
  const byId = new Map([...mine].map(([name, id]) => [id, name]));
  return [...ids].flatMap((id) => byId.get(id) ?? []).sort();
};

async function eligibleNames(input: Record<string, unknown>) {
  const data = await t.gateway.request<{ eligibleExaminers: { examinerId: string; distanceKm: number | null }[] }>(
    `query ($input: EligibilityInput!) { eligibleExaminers(input: $input) { examinerId distanceKm } }`,
    { input },
  );
  return names(data.eligibleExaminers.map((e) => e.examinerId));
}

/** What explainEligibility says of each of this file's examiners, asked in one request. */
async function explainedNames(input: Record<string, unknown>) {
  const entries = [...mine];
  const fields = entries.map((_, i) => `e${i}: explainEligibility(examinerId: $id${i}, input: $input) { eligible }`).join('\n');
  const params = entries.map((_, i) => `$id${i}: ID!`).join(', ');
  const variables = Object.fromEntries(entries.map(([, id], i) => [`id${i}`, id]));
  const data = await t.gateway.request<Record<string, { eligible: boolean }>>(`query (${params}, $input: EligibilityInput!) { ${fields} }`, {
    ...variables,
    input,
  });
  return names(entries.filter((_, i) => data[`e${i}`].eligible).map(([, id]) => id));
}

beforeAll(async () => {
  parentCode = (await createSpecialty(t.gateway)).code;
  childCode = (await createSpecialty(t.gateway, `${parentCode}_SUB`, parentCode)).code;

  await examiner('near');
  await examiner('far', { input: { offices: [FAR] } });
  await examiner('farTelehealth', { input: { offices: [FAR], telehealth: true } });
  await examiner('noOfficeTelehealth', { input: { offices: [], telehealth: true } });
  await examiner('noOffice', { input: { offices: [] } });
  await examiner('edgeNorth', { input: { offices: [EDGE_NORTH] } });
  await examiner('edgeWest', { input: { offices: [EDGE_WEST] } });
  await examiner('boxCorner', { input: { offices: [BOX_CORNER] } });
  await examiner('nearAndFar', { input: { offices: [FAR, { ...NEAR, primary: false }] } });
  await examiner('expiresDayBefore', { licences: [{ expiresOn: dayOffset(-1) }] });
  await examiner('expiresOnExamDay', { licences: [{ expiresOn: EXAM_DATE }] });
  await examiner('noExpiry', { licences: [{ expiresOn: null }] });
  await examiner('issuedDayAfter', { licences: [{ issuedOn: dayOffset(1), expiresOn: dayOffset(800) }], status: 'ACTIVE_IN_TABLE' });
  await examiner('renewed', { licences: [{ expiresOn: dayOffset(-10) }, { issuedOn: dayOffset(-9), expiresOn: dayOffset(700) }] });
  await examiner('unverified', { licences: [{ verified: false }], status: 'ACTIVE_IN_TABLE' });
  await examiner('newJersey', { licences: [{ jurisdiction: 'US-NJ' }] });
  await examiner('spanish', { input: { languages: ['en', 'es'] } });
  await examiner('spanishOnly', { input: { languages: ['es'] } });
  await examiner('subSpecialist', { specialty: 'child' });
  await examiner('pending', { status: 'PENDING' });
  await examiner('treating');
  const conflicted = await examiner('conflicted');

  const globex = await createClient(t.gateway, `Globex ${uniqueSuffix()}`);
  const { declareConflict } = await t.gateway.request<{ declareConflict: { id: string } }>(
    `mutation ($e: ID!, $client: String!) { declareConflict(examinerId: $e, input: { partyType: CLIENT, partyIdentity: $client, reason: "Consulted for them" }) { id } }`,
    { e: conflicted, client: globex.id },
  );
  const { rows } = await t.sql.query<{ party_key: string }>(`select party_key from examiners.conflict_declaration where id = $1`, [declareConflict.id]);
  conflictKey = rows[0].party_key;
});

const base = () => ({ specialtyCode: parentCode, jurisdiction: 'US-NY', examDate: EXAM_DATE, claimantLocation: CLAIMANT });

describe('eligibleExaminers', () => {
  it('returns exactly the examiners whose rules all pass, on every edge of every rule', async () => {
    expect(await eligibleNames(base())).toEqual(
      ['near', 'nearAndFar', 'edgeNorth', 'edgeWest', 'expiresOnExamDay', 'noExpiry', 'renewed', 'spanish', 'spanishOnly', 'subSpecialist', 'treating', 'conflicted'].sort(),
    );
  });

  const requests: [string, () => Record<string, unknown>][] = [
    ['the base request', base],
    ['telehealth allowed', () => ({ ...base(), telehealthAllowed: true })],
    ['a 100 km travel limit', () => ({ ...base(), maxTravelKm: 100 })],
    ['a 1 km travel limit with telehealth', () => ({ ...base(), maxTravelKm: 1, telehealthAllowed: true })],
    ['a Spanish-speaking claimant', () => ({ ...base(), claimantLanguage: 'es' })],
    ['a Spanish-speaking claimant with an interpreter', () => ({ ...base(), claimantLanguage: 'es', interpreterArranged: true })],
    ['an English-speaking claimant', () => ({ ...base(), claimantLanguage: 'en' })],
    ['New Jersey', () => ({ ...base(), jurisdiction: 'US-NJ' })],
    ['the sub-specialty only', () => ({ ...base(), specialtyCode: childCode })],
    ['no claimant location', () => ({ specialtyCode: parentCode, jurisdiction: 'US-NY', examDate: EXAM_DATE })],
    ['an exam ten days earlier', () => ({ ...base(), examDate: dayOffset(-10) })],
    ['an exam on the day a licence starts', () => ({ ...base(), examDate: dayOffset(1) })],
    ['a treating provider and a conflicted client', () => ({
      ...base(),
      treatingProviderNpis: [npiOf.get('treating')],
      partyKeys: [{ partyType: 'CLIENT', partyKey: conflictKey }],
    })],
  ];

  it.each(requests)('agrees with explainEligibility for %s', async (_, request) => {
    const input = request();
    const [listed, explained] = await Promise.all([eligibleNames(input), explainedNames(input)]);
    expect(listed).toEqual(explained);
    expect(listed.length).toBeGreaterThan(0);
  });

  it('widens with the case: telehealth, a longer limit, an interpreter, the sub-specialty', async () => {
    expect(await eligibleNames({ ...base(), telehealthAllowed: true })).toEqual(expect.arrayContaining(['farTelehealth', 'noOfficeTelehealth']));
    expect(await eligibleNames({ ...base(), maxTravelKm: 100 })).toContain('boxCorner');
    expect(await eligibleNames({ ...base(), claimantLanguage: 'es' })).toEqual(['spanish', 'spanishOnly']);
    expect(await eligibleNames({ ...base(), specialtyCode: childCode })).toEqual(['subSpecialist']);
    expect(await eligibleNames({ ...base(), jurisdiction: 'US-NJ' })).toEqual(['newJersey']);
    expect(await eligibleNames({ ...base(), examDate: dayOffset(1) })).toContain('issuedDayAfter');
    const excluded = await eligibleNames({
      ...base(),
      treatingProviderNpis: [npiOf.get('treating')],
      partyKeys: [{ partyType: 'CLIENT', partyKey: conflictKey }],
    });
    expect(excluded).not.toContain('treating');
    expect(excluded).not.toContain('conflicted');
    expect(excluded).toContain('near');
  });

  it('orders by distance, gives the nearest office, and loads the examiner only when asked', async () => {
    const data = await t.gateway.request<{ eligibleExaminers: { examinerId: string; distanceKm: number | null; examiner: { id: string; npi: string } }[] }>(
      `query ($input: EligibilityInput!) { eligibleExaminers(input: $input) { examinerId distanceKm examiner { id npi } } }`,
      { input: { ...base(), maxTravelKm: 100, telehealthAllowed: true } },
    );
    const listed = data.eligibleExaminers.filter((e) => names([e.examinerId]).length > 0);
    const distances = listed.map((e) => e.distanceKm ?? Infinity);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    for (const e of listed) expect(e.examiner.id).toBe(e.examinerId);
    const byName = new Map(listed.map((e) => [names([e.examinerId])[0], e]));
    expect(byName.get('near')!.distanceKm).toBeCloseTo(5.06, 1);
    expect(byName.get('nearAndFar')!.distanceKm).toBeCloseTo(byName.get('near')!.distanceKm!, 6);
    expect(byName.get('boxCorner')!.distanceKm).toBeGreaterThan(80);
    expect(byName.get('noOfficeTelehealth')!.distanceKm).toBeNull();
    expect(byName.get('treating')!.examiner.npi).toBe(npiOf.get('treating'));
  });
});

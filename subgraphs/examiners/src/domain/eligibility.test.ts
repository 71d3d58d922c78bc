import { describe, expect, it } from 'vitest';
import {
  ELIGIBILITY_RULES,
  conflictCoversDate,
  credentialStandingOn,
  explainEligibility,
  isEligible,
  requiredCredentialKindsFor,
  type EligibilityCredential,
  type EligibilityExaminer,
  type EligibilityRequest,
  type EligibilityRule,
} from './eligibility';

const manhattan = { latitude: 40.7831, longitude: -73.9712 };
const brooklyn = { latitude: 40.6782, longitude: -73.9442 }; // about 11.9 km from Manhattan
const albany = { latitude: 42.6526, longitude: -73.7562 }; // about 209 km from Manhattan

const nyLicence: EligibilityCredential = {
  kind: 'MEDICAL_LICENSE',
  jurisdiction: 'US-NY',
  status: 'VERIFIED',
  issuedOn: '2010-01-01',
  expiresOn: '2027-06-30',
  number: 'NY-123456',
};

const examiner: EligibilityExaminer = {
  id: 'ex-1',
  status: 'ACTIVE',
  practiceGroup: 'Hudson Ortho',
  languages: ['en', 'es'],
  telehealth: false,
  specialties: [{ code: 'ORTHO', boardCertified: true }],
  credentials: [nyLicence],
  offices: [{ ...manhattan, label: 'Midtown' }],
  npi: '1234567893',
  conflicts: [{ partyType: 'CLIENT', partyKey: 'key-other-client', startsOn: null, endsOn: null }],
};

const request: EligibilityRequest = {
  specialtyCode: 'ORTHO',
  jurisdiction: 'US-NY',
  examDate: '2026-12-15',
  claimantLanguage: 'es',
  interpreterArranged: false,
  claimantLocation: brooklyn,
  treatingProviderNpis: ['1245319599'],
  partyKeys: [
    { partyType: 'CLIENT', partyKey: 'key-client' },
    { partyType: 'CLAIMANT', partyKey: 'key-claimant' },
  ],
};

function failingRules(e: EligibilityExaminer, r: EligibilityRequest): EligibilityRule[] {
  return explainEligibility(e, r)
    .rules.filter((rule) => !rule.passed)
    .map((rule) => rule.rule);
}

function reasonOf(e: EligibilityExaminer, r: EligibilityRequest, rule: EligibilityRule): string {
  return explainEligibility(e, r).rules.find((x) => x.rule === rule)!.reason;
}

describe('explainEligibility — baseline', () => {
  it('finds the baseline examiner eligible, every rule passing, in order', () => {
    const result = explainEligibility(examiner, request);
    expect(result.eligible).toBe(true);
    expect(result.rules.map((r) => r.rule)).toEqual([...ELIGIBILITY_RULES]);
    expect(result.rules.every((r) => r.passed)).toBe(true);
    expect(result.distanceKm).toBeGreaterThan(11);
    expect(result.distanceKm).toBeLessThan(13);
    expect(isEligible(examiner, request)).toBe(true);
  });

  it('explains each passing rule with specifics', () => {
    const reasons = Object.fromEntries(explainEligibility(examiner, request).rules.map((r) => [r.rule, r.reason]));
    expect(reasons).toMatchObject({
      STATUS_ACTIVE: 'status is ACTIVE',
      SPECIALTY: 'holds ORTHO, board certified',
      MEDICAL_LICENSE: 'verified medical licence in US-NY (no. NY-123456), valid through 2027-06-30',
      REQUIRED_CREDENTIALS: 'no further credentials required in US-NY',
      NOT_TREATING_PROVIDER: "not among the claimant's 1 treating provider",
      NO_DECLARED_CONFLICT: 'no declared conflict with the parties of the case',
      LANGUAGE: 'speaks es',
    });
    expect(reasons.LOCATION).toMatch(/^\d+\.\d km from the claimant, within 80 km$/);
  });
});

describe('explainEligibility — each rule failing alone', () => {
  const cases: [EligibilityRule, Partial<EligibilityExaminer>, Partial<EligibilityRequest>, string | RegExp][] = [
    ['STATUS_ACTIVE', { status: 'SUSPENDED' }, {}, 'status is SUSPENDED; only ACTIVE examiners take cases'],
    ['STATUS_ACTIVE', { status: 'PENDING_REVIEW' }, {}, /PENDING_REVIEW/],
    ['STATUS_ACTIVE', { status: 'RETIRED' }, {}, /RETIRED/],
    ['SPECIALTY', { specialties: [{ code: 'NEURO', boardCertified: true }] }, {}, 'does not hold ORTHO'],
    [
      'SPECIALTY',
      { specialties: [{ code: 'NEURO', boardCertified: true }] },
      { acceptedSpecialtyCodes: ['ORTHO_SPINE', 'ORTHO_HAND'] },
      'does not hold ORTHO (or any of ORTHO_SPINE, ORTHO_HAND)',
    ],
    ['MEDICAL_LICENSE', { credentials: [] }, {}, 'no medical licence in US-NY'],
    ['MEDICAL_LICENSE', { credentials: [{ ...nyLicence, jurisdiction: 'US-NJ' }] }, {}, 'no medical licence in US-NY'],
    ['MEDICAL_LICENSE', { credentials: [{ ...nyLicence, jurisdiction: null }] }, {}, 'no medical licence in US-NY'],
    ['MEDICAL_LICENSE', { credentials: [{ ...nyLicence, status: 'UNVERIFIED' }] }, {}, 'medical licence in US-NY is UNVERIFIED'],
    ['MEDICAL_LICENSE', { credentials: [{ ...nyLicence, status: 'REJECTED' }] }, {}, 'medical licence in US-NY is REJECTED'],
    ['MEDICAL_LICENSE', { credentials: [{ ...nyLicence, expiresOn: '2026-03-01' }] }, {}, 'medical licence in US-NY expired 2026-03-01'],
    [
      'MEDICAL_LICENSE',
      { credentials: [{ ...nyLicence, issuedOn: '2026-12-16' }] },
      {},
      'medical licence in US-NY is not yet valid: issued 2026-12-16',
    ],
    [
      'MEDICAL_LICENSE',
      { credentials: [{ ...nyLicence, expiresOn: '2026-03-01' }, { ...nyLicence, status: 'UNVERIFIED', expiresOn: '2028-06-30' }] },
      {},
      'medical licence in US-NY expired 2026-03-01; medical licence in US-NY is UNVERIFIED',
    ],
    ['REQUIRED_CREDENTIALS', {}, { requiredCredentialKinds: ['IME_CERTIFICATION'] }, 'no IME certification in US-NY'],
    [
      'REQUIRED_CREDENTIALS',
      {
        credentials: [
          nyLicence,
          { kind: 'MALPRACTICE_INSURANCE', jurisdiction: null, status: 'VERIFIED', issuedOn: null, expiresOn: null, number: 'P-1' },
        ],
      },
      { requiredCredentialKinds: ['MALPRACTICE_INSURANCE'] },
      'malpractice insurance has no expiry date recorded',
    ],
    ['NOT_TREATING_PROVIDER', {}, { treatingProviderNpis: ['1245319599', ' 1234567893 '] }, "is one of the claimant's treating providers (NPI 1234567893)"],
    [
      'NO_DECLARED_CONFLICT',
      { conflicts: [{ partyType: 'CLIENT', partyKey: 'key-client', startsOn: '2025-01-01', endsOn: null }] },
      {},
      'declared conflict with the CLIENT (2025-01-01 – open)',
    ],
    [
      'NO_DECLARED_CONFLICT',
      {
        conflicts: [
          { partyType: 'CLAIMANT', partyKey: 'key-claimant' },
          { partyType: 'CLIENT', partyKey: 'key-client', startsOn: null, endsOn: '2027-01-01' },
        ],
      },
      {},
      'declared conflict with the CLAIMANT (open – open); declared conflict with the CLIENT (open – 2027-01-01)',
    ],
    ['LANGUAGE', { languages: ['en', 'fr'] }, {}, 'does not speak es and no interpreter is arranged'],
    ['LANGUAGE', { languages: [] }, { claimantLanguage: 'zh' }, 'does not speak zh and no interpreter is arranged'],
    ['LOCATION', {}, { claimantLocation: albany }, /^2\d\d\.\d km from the claimant, beyond 80 km; the case is in person only$/],
    ['LOCATION', {}, { claimantLocation: albany, telehealthAllowed: true }, /beyond 80 km; does not offer telehealth$/],
    ['LOCATION', { telehealth: true }, { claimantLocation: albany }, /the case is in person only$/],
    ['LOCATION', { offices: [] }, {}, 'no office location on file; the case is in person only'],
    ['LOCATION', {}, { maxTravelKm: 5 }, /beyond 5 km/],
  ];

  it.each(cases)('%s fails alone (%#)', (rule, examinerChange, requestChange, reason) => {
    const e = { ...examiner, ...examinerChange };
    const r = { ...request, ...requestChange };
    expect(failingRules(e, r)).toEqual([rule]);
    expect(isEligible(e, r)).toBe(false);
    const actual = reasonOf(e, r, rule);
    if (typeof reason === 'string') expect(actual).toBe(reason);
    else expect(actual).toMatch(reason);
  });

  it('reports every failing rule at once', () => {
    const e: EligibilityExaminer = { ...examiner, status: 'SUSPENDED', credentials: [], languages: [] };
    expect(failingRules(e, request)).toEqual(['STATUS_ACTIVE', 'MEDICAL_LICENSE', 'LANGUAGE']);
  });
});

describe('specialty', () => {
  it('accepts a child specialty named by the request', () => {
    const e = { ...examiner, specialties: [{ code: 'ORTHO_SPINE', boardCertified: false }] };
    const r = { ...request, acceptedSpecialtyCodes: ['ORTHO_SPINE'] };
    expect(reasonOf(e, r, 'SPECIALTY')).toBe('holds ORTHO_SPINE, accepted for ORTHO');
    expect(isEligible(e, r)).toBe(true);
  });

  it('compares codes without regard to case or spacing', () => {
    expect(isEligible({ ...examiner, specialties: [{ code: ' ortho ', boardCertified: false }] }, request)).toBe(true);
  });
});

describe('medical licence dates', () => {
  const withLicence = (change: Partial<EligibilityCredential>) => ({ ...examiner, credentials: [{ ...nyLicence, ...change }] });

  it('counts a licence expiring on the exam date, not one that expired the day before', () => {
    expect(isEligible(withLicence({ expiresOn: '2026-12-15' }), request)).toBe(true);
    expect(isEligible(withLicence({ expiresOn: '2026-12-14' }), request)).toBe(false);
  });

  it('counts a licence issued on the exam date, not one issued the day after', () => {
    expect(isEligible(withLicence({ issuedOn: '2026-12-15' }), request)).toBe(true);
    expect(isEligible(withLicence({ issuedOn: '2026-12-16' }), request)).toBe(false);
  });

  it('accepts a licence with no issue or expiry date', () => {
    const e = withLicence({ issuedOn: null, expiresOn: null });
    expect(isEligible(e, request)).toBe(true);
    expect(reasonOf(e, request, 'MEDICAL_LICENSE')).toBe('verified medical licence in US-NY (no. NY-123456), without expiry');
  });

  it('judges on the exam date, not today: a licence lapsing before a future exam fails', () => {
    expect(isEligible(withLicence({ expiresOn: '2026-12-01' }), { ...request, examDate: '2026-11-30' })).toBe(true);
    expect(isEligible(withLicence({ expiresOn: '2026-12-01' }), { ...request, examDate: '2026-12-02' })).toBe(false);
  });

  it('passes when one of several licences counts (a renewal next to the expired one)', () => {
    const e = { ...examiner, credentials: [{ ...nyLicence, expiresOn: '2025-06-30' }, { ...nyLicence, issuedOn: '2025-07-01', number: 'NY-2' }] };
    expect(reasonOf(e, request, 'MEDICAL_LICENSE')).toMatch(/no\. NY-2/);
    expect(isEligible(e, request)).toBe(true);
  });

  it('matches the jurisdiction code without regard to case', () => {
    expect(isEligible(withLicence({ jurisdiction: 'us-ny' }), request)).toBe(true);
  });
});

describe('required credentials', () => {
  const caLicence: EligibilityCredential = { ...nyLicence, jurisdiction: 'US-CA', number: 'CA-A12345' };
  const qme: EligibilityCredential = {
    kind: 'QME_CERTIFICATION',
    jurisdiction: 'US-CA',
    status: 'VERIFIED',
    issuedOn: '2025-01-01',
    expiresOn: '2026-12-31',
    number: 'QME-777',
  };
  const caRequest: EligibilityRequest = { ...request, jurisdiction: 'US-CA', claimantLocation: null };

  it('requires a QME certification in California by default', () => {
    expect(requiredCredentialKindsFor({ jurisdiction: 'US-CA' })).toEqual(['QME_CERTIFICATION']);
    expect(failingRules({ ...examiner, credentials: [caLicence] }, caRequest)).toEqual(['REQUIRED_CREDENTIALS']);
    expect(reasonOf({ ...examiner, credentials: [caLicence] }, caRequest, 'REQUIRED_CREDENTIALS')).toBe('no QME certification in US-CA');
  });

  it('passes with a verified, valid QME certification', () => {
    const e = { ...examiner, credentials: [caLicence, qme] };
    expect(isEligible(e, caRequest)).toBe(true);
    expect(reasonOf(e, caRequest, 'REQUIRED_CREDENTIALS')).toBe('verified QME certification in US-CA (no. QME-777), valid through 2026-12-31');
  });

  it('applies the exam-date boundaries to required credentials too', () => {
    const e = { ...examiner, credentials: [caLicence, qme] };
    expect(isEligible(e, { ...caRequest, examDate: '2026-12-31' })).toBe(true);
    expect(isEligible(e, { ...caRequest, examDate: '2027-01-01' })).toBe(false);
    expect(reasonOf(e, { ...caRequest, examDate: '2027-01-01' }, 'REQUIRED_CREDENTIALS')).toBe('QME certification in US-CA expired 2026-12-31');
  });

  it('does not accept a QME certification without a jurisdiction, nor without an expiry', () => {
    expect(isEligible({ ...examiner, credentials: [caLicence, { ...qme, jurisdiction: null }] }, caRequest)).toBe(false);
    expect(isEligible({ ...examiner, credentials: [caLicence, { ...qme, expiresOn: null }] }, caRequest)).toBe(false);
  });

  it('lets the case override the jurisdiction default, ignoring MEDICAL_LICENSE there', () => {
    expect(isEligible({ ...examiner, credentials: [caLicence] }, { ...caRequest, requiredCredentialKinds: [] })).toBe(true);
    expect(requiredCredentialKindsFor({ jurisdiction: 'US-NY', requiredCredentialKinds: ['MEDICAL_LICENSE', 'IME_CERTIFICATION', 'IME_CERTIFICATION'] })).toEqual([
      'IME_CERTIFICATION',
    ]);
  });

  it('accepts an unscoped board certification anywhere and lists all missing kinds', () => {
    const board: EligibilityCredential = { kind: 'BOARD_CERTIFICATION', jurisdiction: null, status: 'VERIFIED', issuedOn: null, expiresOn: null, number: 'ABOS-1' };
    const r = { ...request, requiredCredentialKinds: ['BOARD_CERTIFICATION', 'IME_CERTIFICATION'] as EligibilityRequest['requiredCredentialKinds'] };
    expect(reasonOf({ ...examiner, credentials: [nyLicence, board] }, r, 'REQUIRED_CREDENTIALS')).toBe('no IME certification in US-NY');
    expect(reasonOf(examiner, r, 'REQUIRED_CREDENTIALS')).toBe('no board certification in US-NY; no IME certification in US-NY');
  });
});

describe('treating providers', () => {
  it('passes with no treating providers listed', () => {
    expect(reasonOf(examiner, { ...request, treatingProviderNpis: [] }, 'NOT_TREATING_PROVIDER')).toBe('no treating providers listed for the claimant');
    expect(reasonOf(examiner, { ...request, treatingProviderNpis: undefined }, 'NOT_TREATING_PROVIDER')).toBe('no treating providers listed for the claimant');
  });
});

describe('declared conflicts', () => {
  const withConflict = (startsOn: string | null, endsOn: string | null) => ({
    ...examiner,
    conflicts: [{ partyType: 'CLIENT' as const, partyKey: 'key-client', startsOn, endsOn }],
  });

  it('counts a conflict whose period covers the exam date, inclusive at both ends', () => {
    expect(isEligible(withConflict('2026-12-15', null), request)).toBe(false);
    expect(isEligible(withConflict(null, '2026-12-15'), request)).toBe(false);
    expect(isEligible(withConflict('2026-12-15', '2026-12-15'), request)).toBe(false);
  });

  it('ignores a conflict that ended the day before or starts the day after, and says so', () => {
    expect(isEligible(withConflict(null, '2026-12-14'), request)).toBe(true);
    expect(isEligible(withConflict('2026-12-16', null), request)).toBe(true);
    expect(reasonOf(withConflict('2024-01-01', '2026-12-14'), request, 'NO_DECLARED_CONFLICT')).toBe(
      'no declared conflict covers 2026-12-15; conflicts with the CLIENT (2024-01-01 – 2026-12-14) do not',
    );
  });

  it('matches on party type as well as key', () => {
    const e = { ...examiner, conflicts: [{ partyType: 'EMPLOYER' as const, partyKey: 'key-client' }] };
    expect(isEligible(e, request)).toBe(true);
  });

  it('passes when the case names no parties', () => {
    expect(isEligible(withConflict(null, null), { ...request, partyKeys: undefined })).toBe(true);
  });

  it('conflictCoversDate treats missing ends as open', () => {
    expect(conflictCoversDate({}, '2026-01-01')).toBe(true);
    expect(conflictCoversDate({ startsOn: '2026-01-02' }, '2026-01-01')).toBe(false);
    expect(conflictCoversDate({ endsOn: '2025-12-31' }, '2026-01-01')).toBe(false);
  });
});

describe('language', () => {
  it('matches ISO 639-1 codes without regard to case or region', () => {
    expect(isEligible({ ...examiner, languages: ['EN', 'ES-MX'] }, { ...request, claimantLanguage: 'es' })).toBe(true);
    expect(isEligible(examiner, { ...request, claimantLanguage: 'Es-419' })).toBe(true);
  });

  it('always matches English-speaking claimants', () => {
    expect(isEligible({ ...examiner, languages: [] }, { ...request, claimantLanguage: 'en' })).toBe(true);
    expect(isEligible({ ...examiner, languages: ['es'] }, { ...request, claimantLanguage: 'en-US' })).toBe(true);
  });

  it('passes when an interpreter is arranged, or no language is stated', () => {
    const e = { ...examiner, languages: ['en'] };
    expect(reasonOf(e, { ...request, interpreterArranged: true }, 'LANGUAGE')).toBe('does not speak es; an interpreter is arranged');
    expect(reasonOf(e, { ...request, claimantLanguage: null }, 'LANGUAGE')).toBe('no claimant language stated');
    expect(reasonOf(e, { ...request, claimantLanguage: '  ' }, 'LANGUAGE')).toBe('no claimant language stated');
  });
});

describe('location', () => {
  it('passes without a claimant location, with a null distance', () => {
    const result = explainEligibility(examiner, { ...request, claimantLocation: null });
    expect(result.eligible).toBe(true);
    expect(result.distanceKm).toBeNull();
    expect(result.rules.find((r) => r.rule === 'LOCATION')!.reason).toBe('no claimant location given; distance not checked');
  });

  it('uses the nearest office', () => {
    const e = { ...examiner, offices: [albany, manhattan] };
    const result = explainEligibility(e, request);
    expect(result.eligible).toBe(true);
    expect(result.distanceKm).toBeLessThan(13);
  });

  it('passes at exactly the travel limit, fails just beyond', () => {
    const d = explainEligibility(examiner, request).distanceKm!;
    expect(isEligible(examiner, { ...request, maxTravelKm: d })).toBe(true);
    expect(isEligible(examiner, { ...request, maxTravelKm: d - 0.001 })).toBe(false);
  });

  it('accepts a far examiner offering telehealth when the case allows it', () => {
    const e = { ...examiner, telehealth: true };
    const r = { ...request, claimantLocation: albany, telehealthAllowed: true };
    expect(isEligible(e, r)).toBe(true);
    expect(reasonOf(e, r, 'LOCATION')).toMatch(/^offers telehealth \(2\d\d\.\d km from the claimant, beyond 80 km\)$/);
    expect(reasonOf({ ...e, offices: [] }, r, 'LOCATION')).toBe('offers telehealth (no office location on file)');
  });
});

describe('input checks', () => {
  it('refuses a malformed exam date and a negative travel limit', () => {
    expect(() => explainEligibility(examiner, { ...request, examDate: '15/12/2026' })).toThrow(RangeError);
    expect(() => explainEligibility(examiner, { ...request, maxTravelKm: -1 })).toThrow(RangeError);
  });
});

describe('credentialStandingOn', () => {
  it('explains why a credential does not count', () => {
    expect(credentialStandingOn(nyLicence, '2026-12-15')).toEqual({ counts: true });
    expect(credentialStandingOn({ ...nyLicence, status: 'UNVERIFIED' }, '2026-12-15')).toEqual({ counts: false, problem: 'is UNVERIFIED' });
    expect(credentialStandingOn({ ...nyLicence, kind: 'DEA_REGISTRATION', expiresOn: null }, '2026-12-15')).toEqual({
      counts: false,
      problem: 'has no expiry date recorded',
    });
  });
});

import { describe, expect, it } from 'vitest';
import { lapseImpact } from './credential-lapse';
import type { EligibilityCredential } from './eligibility';

const licence = (jurisdiction: string, expiresOn: string | null, status: EligibilityCredential['status'] = 'VERIFIED', issuedOn: string | null = '2020-01-01'): EligibilityCredential => ({
  kind: 'MEDICAL_LICENSE',
  jurisdiction,
  status,
  issuedOn,
  expiresOn,
  number: `L-${jurisdiction}`,
});
const qme = (expiresOn: string, issuedOn = '2025-01-01'): EligibilityCredential => ({ kind: 'QME_CERTIFICATION', jurisdiction: 'US-CA', status: 'VERIFIED', issuedOn, expiresOn, number: 'Q1' });

describe('lapseImpact', () => {
  it('a licence with no renewal: the examiner stops being eligible in its jurisdiction the day after it expires', () => {
    expect(lapseImpact(licence('US-NY', '2027-03-31'), [licence('US-NJ', '2028-01-01')], ['US-NY', 'US-NJ'])).toEqual({ lapsesOn: '2027-04-01', jurisdictions: ['US-NY'] });
  });

  it('a verified renewal that starts by the lapse keeps the examiner eligible; an unverified one or a gap does not', () => {
    const old = licence('US-NY', '2027-03-31');
    expect(lapseImpact(old, [licence('US-NY', '2029-03-31', 'VERIFIED', '2027-04-01')], ['US-NY']).jurisdictions).toEqual([]);
    expect(lapseImpact(old, [licence('US-NY', '2029-03-31', 'UNVERIFIED', '2027-04-01')], ['US-NY']).jurisdictions).toEqual(['US-NY']);
    expect(lapseImpact(old, [licence('US-NY', '2029-03-31', 'VERIFIED', '2027-04-15')], ['US-NY']).jurisdictions).toEqual(['US-NY']);
  });

  it('a QME certification matters in California only, where the examiner practises', () => {
    expect(lapseImpact(qme('2027-06-30'), [licence('US-CA', '2029-01-01')], ['US-CA']).jurisdictions).toEqual(['US-CA']);
    expect(lapseImpact(qme('2027-06-30'), [], ['US-NY']).jurisdictions).toEqual([]);
    expect(lapseImpact(qme('2027-06-30'), [qme('2029-06-30', '2027-07-01')], ['US-CA']).jurisdictions).toEqual([]);
  });

  it('no eligibility rule depends on a board certification or an insurance policy; nothing lapses without an expiry', () => {
    const board: EligibilityCredential = { kind: 'BOARD_CERTIFICATION', jurisdiction: null, status: 'VERIFIED', issuedOn: null, expiresOn: '2027-01-01', number: 'B' };
    expect(lapseImpact(board, [], ['US-NY'])).toEqual({ lapsesOn: '2027-01-02', jurisdictions: [] });
    expect(lapseImpact(licence('US-NY', null), [], ['US-NY'])).toEqual({ lapsesOn: null, jurisdictions: [] });
  });

  it('a credential that does not count (unverified, rejected) loses nothing by lapsing', () => {
    expect(lapseImpact(licence('US-NY', '2027-03-31', 'UNVERIFIED'), [], ['US-NY']).jurisdictions).toEqual([]);
  });
});

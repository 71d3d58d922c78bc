import { describe, expect, it } from 'vitest';
import { activationChecklist } from './activation';

const today = '2026-05-01';
const licence = (overrides: Record<string, unknown> = {}) => ({ id: 'c1', verificationStatus: 'VERIFIED', expiresOn: '2027-01-01', jurisdiction: 'US-NY', current: true, ...overrides });

describe('activationChecklist', () => {
  it('ticks both items for an examiner the API would activate', () => {
    const items = activationChecklist({ examinerId: 'e1', specialtyCount: 1, licences: [licence()], today });
    expect(items.map((i) => [i.rule, i.done, i.fix])).toEqual([
      ['ACTIVATION_NEEDS_SPECIALTY', true, null],
      ['ACTIVATION_NEEDS_LICENCE', true, null],
    ]);
    expect(items[1].detail).toBe('Verified in US-NY');
  });

  it('points an unverified licence to verification, and a missing one to adding it', () => {
    const unverified = activationChecklist({ examinerId: 'e1', specialtyCount: 0, licences: [licence({ verificationStatus: 'UNVERIFIED' })], today });
    expect(unverified[0]).toMatchObject({ done: false, fix: { label: 'Add a specialty', to: '/examiners/e1' } });
    expect(unverified[1]).toMatchObject({ done: false, detail: 'A licence in US-NY is recorded but not verified', fix: { label: 'Verify it', to: '/examiners/e1/show/credentials' } });
    const none = activationChecklist({ examinerId: 'e1', specialtyCount: 1, licences: [], today });
    expect(none[1]).toMatchObject({ done: false, detail: 'No medical licence recorded', fix: { label: 'Add a medical licence' } });
    expect(decodeURIComponent(none[1].fix!.to)).toContain('"kind":"MEDICAL_LICENSE"');
  });

  it('does not count an expired licence (expiring today still counts, as the API judges it)', () => {
    expect(activationChecklist({ examinerId: 'e1', specialtyCount: 1, licences: [licence({ expiresOn: '2026-04-30' })], today })[1].done).toBe(false);
    expect(activationChecklist({ examinerId: 'e1', specialtyCount: 1, licences: [licence({ expiresOn: today })], today })[1].done).toBe(true);
    expect(activationChecklist({ examinerId: 'e1', specialtyCount: 1, licences: [licence({ expiresOn: null })], today })[1].done).toBe(true);
  });
});

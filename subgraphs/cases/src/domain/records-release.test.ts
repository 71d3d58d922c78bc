import { describe, expect, it } from 'vitest';
import { isReleasedToExaminer, releasableOn } from './records-release';

describe('records release to the examiner', () => {
  const record = { kind: 'MEDICAL_RECORD' as const, servedOn: '2026-03-01', receivedOn: '2026-02-27' };

  it('waits the jurisdiction days after service (CA: 20, Labor Code §4062.3)', () => {
    expect(releasableOn(record, 20)).toBe('2026-03-21');
    expect(isReleasedToExaminer(record, 20, '2026-03-20')).toBe(false);
    expect(isReleasedToExaminer(record, 20, '2026-03-21')).toBe(true);
  });

  it('keeps an unserved record back where a wait applies', () => {
    expect(releasableOn({ ...record, servedOn: null }, 20)).toBeNull();
    expect(isReleasedToExaminer({ ...record, servedOn: null }, 20, '2030-01-01')).toBe(false);
  });

  it('releases at once where the jurisdiction sets no wait', () => {
    expect(releasableOn({ ...record, servedOn: null }, null)).toBe('2026-02-27');
    expect(isReleasedToExaminer({ ...record, servedOn: null }, null, '2026-02-27')).toBe(true);
  });

  it('always releases the referral and the notice', () => {
    expect(isReleasedToExaminer({ ...record, kind: 'REFERRAL', servedOn: null }, 20, '2026-01-01')).toBe(true);
    expect(isReleasedToExaminer({ ...record, kind: 'NOTICE', servedOn: null }, 20, '2026-01-01')).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { claimantCopyReminderDue, reportReminderDue } from './report-reminders';

describe('report reminders', () => {
  it('is due two days before the due date and once overdue, while the report is not final', () => {
    expect(reportReminderDue('2026-12-04', 'DRAFT', '2026-12-01')).toBeNull();
    expect(reportReminderDue('2026-12-03', 'DRAFT', '2026-12-01')).toBe('DUE_IN_2');
    expect(reportReminderDue('2026-12-01', 'IN_QA', '2026-12-01')).toBe('DUE_IN_2');
    expect(reportReminderDue('2026-11-30', 'SUBMITTED', '2026-12-01')).toBe('OVERDUE');
    expect(reportReminderDue('2026-11-30', 'FINAL', '2026-12-01')).toBeNull();
    expect(reportReminderDue(null, 'DRAFT', '2026-12-01')).toBeNull();
  });

  it('reminds of the claimant copy from a day before it is due, until the claimant has it', () => {
    const due = new Date('2026-12-03T23:59:59.999Z');
    expect(claimantCopyReminderDue(due, false, new Date('2026-12-02T12:00:00Z'))).toBe(false);
    expect(claimantCopyReminderDue(due, false, new Date('2026-12-03T00:00:00Z'))).toBe(true);
    expect(claimantCopyReminderDue(due, true, new Date('2026-12-04T00:00:00Z'))).toBe(false);
    expect(claimantCopyReminderDue(null, false, new Date('2026-12-04T00:00:00Z'))).toBe(false);
  });
});

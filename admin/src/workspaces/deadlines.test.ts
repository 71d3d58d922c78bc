import { describe, expect, it } from 'vitest';
import { todayIso } from '../common/dates';
import { caseReportDue, dueInWords } from './deadlines';

const inDays = (days: number) => {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return todayIso(d);
};

describe('deadlines in words', () => {
  it('says how far a due date is, and when it has passed', () => {
    expect(dueInWords(inDays(3))).toBe(`${inDays(3)} (in 3 days)`);
    expect(dueInWords(inDays(-2))).toBe(`${inDays(-2)} (overdue, 2 days ago)`);
    expect(dueInWords(inDays(-2), true)).toBe(inDays(-2));
    expect(dueInWords(null)).toBe('—');
  });

  it('takes a case’s report deadline from the client’s date, else from its IME report', () => {
    expect(caseReportDue({ status: 'SCHEDULED', dueDate: inDays(1) })).toBe(`${inDays(1)} (tomorrow)`);
    expect(caseReportDue({ status: 'EXAMINED', dueDate: null, reports: [{ kind: 'IME', dueDate: inDays(10) }] })).toBe(`${inDays(10)} (in 10 days)`);
    expect(caseReportDue({ status: 'ASSIGNED', dueDate: null, reports: [] })).toBe('set at the exam');
    expect(caseReportDue({ status: 'CLOSED', dueDate: null, reports: [{ kind: 'IME', dueDate: inDays(-30) }] })).toBe(inDays(-30));
  });
});

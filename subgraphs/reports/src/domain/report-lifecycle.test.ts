import { describe, expect, it } from 'vitest';
import {
  FINAL_REPORT_STATUSES,
  OPEN_REPORT_STATUSES,
  REPORT_STATUSES,
  REPORT_TRANSITIONS,
  allowedReportTransitions,
  canAddAddendum,
  canEdit,
  checkTransition,
  isFinalReport,
  type ReportStatus,
  type ReportTransition,
  type ReportTransitionGuards,
} from './report-lifecycle';

const allFacts: ReportTransitionGuards = { missingItems: [], changesRequested: 'Answer question 2', missingRecipients: [] };

const legal: Record<ReportTransition, Partial<Record<ReportStatus, ReportStatus>>> = {
  SUBMIT: { DRAFT: 'SUBMITTED', CHANGES_REQUESTED: 'SUBMITTED' },
  START_QA: { SUBMITTED: 'IN_QA' },
  REQUEST_CHANGES: { IN_QA: 'CHANGES_REQUESTED' },
  PASS_QA: { IN_QA: 'FINAL' },
  FINALISE: { IN_QA: 'FINAL' },
  DELIVER: { FINAL: 'DELIVERED', DELIVERED: 'DELIVERED' },
};

const pairs = REPORT_STATUSES.flatMap((from) => REPORT_TRANSITIONS.map((t) => [from, t] as const));
const legalPairs = pairs.filter(([from, t]) => legal[t][from] !== undefined);
const illegalPairs = pairs.filter(([from, t]) => legal[t][from] === undefined);

describe('checkTransition — the table', () => {
  it('has 36 pairs: 8 legal, 28 illegal', () => {
    expect(legalPairs).toHaveLength(8);
    expect(illegalPairs).toHaveLength(28);
  });

  it.each(legalPairs)('allows %s → %s', (from, transition) => {
    expect(checkTransition(from, transition, allFacts)).toEqual({ ok: true, to: legal[transition][from] });
  });

  it.each(illegalPairs)('refuses %s → %s', (from, transition) => {
    const allowedFrom = REPORT_STATUSES.filter((s) => legal[transition][s] !== undefined).join(', ');
    expect(checkTransition(from, transition, allFacts)).toEqual({
      ok: false,
      rule: 'ILLEGAL_TRANSITION',
      message: `cannot ${transition} from ${from}: allowed from ${allowedFrom}`,
    });
  });

  it('never reaches FINAL without QA', () => {
    for (const from of ['DRAFT', 'SUBMITTED', 'CHANGES_REQUESTED'] as const) {
      expect(checkTransition(from, 'PASS_QA', allFacts).ok).toBe(false);
      expect(checkTransition(from, 'FINALISE', allFacts).ok).toBe(false);
    }
  });

  it('refuses an unknown transition', () => {
    expect(checkTransition('DRAFT', 'PUBLISH' as ReportTransition)).toMatchObject({ ok: false, rule: 'ILLEGAL_TRANSITION' });
  });
});

describe('checkTransition — guards', () => {
  it('refuses submission of an incomplete report, listing what is missing', () => {
    const missingItems = [
      { field: 'answers.q2', message: 'referral question "Is further treatment needed?" is not answered' },
      { field: 'recordsReviewed', message: 'no records reviewed are listed' },
    ];
    expect(checkTransition('DRAFT', 'SUBMIT', { missingItems })).toEqual({
      ok: false,
      rule: 'REPORT_INCOMPLETE',
      message: 'SUBMITTED requires a complete report: referral question "Is further treatment needed?" is not answered; no records reviewed are listed',
    });
  });

  it('refuses submission when completeness was not checked', () => {
    expect(checkTransition('CHANGES_REQUESTED', 'SUBMIT')).toEqual({
      ok: false,
      rule: 'REPORT_INCOMPLETE',
      message: 'SUBMITTED requires the completeness check to have run',
    });
  });

  it('requires QA to say what to change', () => {
    for (const changesRequested of [undefined, null, '  ']) {
      expect(checkTransition('IN_QA', 'REQUEST_CHANGES', { changesRequested })).toMatchObject({ ok: false, rule: 'CHANGES_NOT_STATED' });
    }
  });

  it('keeps a partly delivered report FINAL, and DELIVERED once all required recipients have it', () => {
    expect(checkTransition('FINAL', 'DELIVER', { missingRecipients: ['CLAIMANT'] })).toEqual({ ok: true, to: 'FINAL' });
    expect(checkTransition('FINAL', 'DELIVER')).toEqual({ ok: true, to: 'FINAL' });
    expect(checkTransition('FINAL', 'DELIVER', { missingRecipients: [] })).toEqual({ ok: true, to: 'DELIVERED' });
    expect(checkTransition('DELIVERED', 'DELIVER')).toEqual({ ok: true, to: 'DELIVERED' });
  });
});

describe('canEdit and canAddAddendum', () => {
  it('lets only the author statuses be edited', () => {
    expect(REPORT_STATUSES.filter(canEdit)).toEqual(['DRAFT', 'CHANGES_REQUESTED']);
  });

  it('takes addenda only on FINAL and DELIVERED reports', () => {
    expect(REPORT_STATUSES.filter(canAddAddendum)).toEqual(['FINAL', 'DELIVERED']);
  });

  it('lists allowed transitions', () => {
    expect(allowedReportTransitions('IN_QA')).toEqual(['REQUEST_CHANGES', 'PASS_QA', 'FINALISE']);
    expect(allowedReportTransitions('SUBMITTED')).toEqual(['START_QA']);
  });
});

describe('the status groups', () => {
  it('counts FINAL and DELIVERED as final, every status before them as open, each status in exactly one group', () => {
    expect(REPORT_STATUSES.filter(isFinalReport)).toEqual([...FINAL_REPORT_STATUSES]);
    expect(OPEN_REPORT_STATUSES).toEqual(['DRAFT', 'SUBMITTED', 'IN_QA', 'CHANGES_REQUESTED']);
    expect([...OPEN_REPORT_STATUSES, ...FINAL_REPORT_STATUSES].sort()).toEqual([...REPORT_STATUSES].sort());
  });
});

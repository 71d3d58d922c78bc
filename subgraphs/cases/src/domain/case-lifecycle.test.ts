import { describe, expect, it } from 'vitest';
import {
  CASE_EVENT_TYPES,
  CASE_STATUSES,
  CASE_TRANSITIONS,
  CASE_TRANSITION_TABLE,
  TRANSITION_EVENTS,
  allowedCaseTransitions,
  checkTransition,
  isTerminalCaseStatus,
  recipientsMissingForClose,
  type CaseStatus,
  type CaseTransition,
  type CaseTransitionGuards,
} from './case-lifecycle';

/** Every fact that permits a transition, so only the table decides. */
const allFacts: CaseTransitionGuards = {
  panelRequired: false,
  noticeServed: true,
  finalReportDeliveredToClient: true,
  finalReportDeliveredToClaimant: true,
  examinerAssigned: true,
};

const legal: Record<CaseTransition, Partial<Record<CaseStatus, CaseStatus>>> = {
  PROPOSE_PANEL: { REQUESTED: 'PANEL_PROPOSED', PANEL_PROPOSED: 'PANEL_PROPOSED' },
  ASSIGN: { REQUESTED: 'ASSIGNED', PANEL_PROPOSED: 'ASSIGNED' },
  SCHEDULE: { ASSIGNED: 'SCHEDULED', SCHEDULED: 'SCHEDULED', NO_SHOW: 'SCHEDULED' },
  MARK_EXAMINED: { SCHEDULED: 'EXAMINED' },
  MARK_NO_SHOW: { SCHEDULED: 'NO_SHOW' },
  MARK_REPORTED: { EXAMINED: 'REPORTED' },
  CLOSE: { REPORTED: 'CLOSED' },
  CANCEL: {
    REQUESTED: 'CANCELLED',
    PANEL_PROPOSED: 'CANCELLED',
    ASSIGNED: 'CANCELLED',
    SCHEDULED: 'CANCELLED',
    EXAMINED: 'CANCELLED',
    REPORTED: 'CANCELLED',
    NO_SHOW: 'CANCELLED',
  },
};

const pairs = CASE_STATUSES.flatMap((from) => CASE_TRANSITIONS.map((t) => [from, t] as const));
const legalPairs = pairs.filter(([from, t]) => legal[t][from] !== undefined);
const illegalPairs = pairs.filter(([from, t]) => legal[t][from] === undefined);

describe('checkTransition — the table', () => {
  it('has 72 pairs: 18 legal, 54 illegal', () => {
    expect(pairs).toHaveLength(72);
    expect(legalPairs).toHaveLength(18);
    expect(illegalPairs).toHaveLength(54);
  });

  it.each(legalPairs)('allows %s → %s', (from, transition) => {
    expect(checkTransition(from, transition, allFacts)).toEqual({ ok: true, to: legal[transition][from] });
  });

  it.each(illegalPairs)('refuses %s → %s and names where it is allowed from', (from, transition) => {
    const verdict = checkTransition(from, transition, allFacts);
    expect(verdict.ok).toBe(false);
    if (verdict.ok) return;
    expect(verdict.rule).toBe('ILLEGAL_TRANSITION');
    const allowedFrom = CASE_STATUSES.filter((s) => legal[transition][s] !== undefined).join(', ');
    expect(verdict.message).toMatch(new RegExp(`^cannot ${transition} from ${from}( \\(${from} is final\\))?: allowed from ${allowedFrom}$`));
  });

  it('words the refusal as the rule', () => {
    expect(checkTransition('SCHEDULED', 'CLOSE', allFacts)).toEqual({
      ok: false,
      rule: 'ILLEGAL_TRANSITION',
      message: 'cannot CLOSE from SCHEDULED: allowed from REPORTED',
    });
    expect(checkTransition('CLOSED', 'CANCEL')).toMatchObject({ message: /^cannot CANCEL from CLOSED \(CLOSED is final\): allowed from REQUESTED, / });
  });

  it('refuses an unknown transition', () => {
    expect(checkTransition('REQUESTED', 'REOPEN' as CaseTransition)).toMatchObject({ ok: false, rule: 'ILLEGAL_TRANSITION' });
  });
});

describe('checkTransition — guards', () => {
  it('refuses direct assignment where a panel is required, naming the jurisdiction', () => {
    expect(checkTransition('REQUESTED', 'ASSIGN', { panelRequired: true, jurisdiction: 'US-CA' })).toEqual({
      ok: false,
      rule: 'PANEL_REQUIRED',
      message: 'US-CA requires a panel: assign through panel selection',
    });
    expect(checkTransition('REQUESTED', 'ASSIGN', { panelRequired: true })).toMatchObject({ message: 'this jurisdiction requires a panel: assign through panel selection' });
  });

  it('refuses direct assignment where a panel is required while a panel is open, too', () => {
    expect(checkTransition('PANEL_PROPOSED', 'ASSIGN', { panelRequired: true, directAssignment: true, jurisdiction: 'US-CA' })).toEqual({
      ok: false,
      rule: 'PANEL_REQUIRED',
      message: 'US-CA requires a panel: assign through panel selection',
    });
    expect(checkTransition('PANEL_PROPOSED', 'ASSIGN', { panelRequired: false, directAssignment: true })).toEqual({ ok: true, to: 'ASSIGNED' });
  });

  it('allows assignment by panel selection where a panel is required, and direct assignment where it is not', () => {
    expect(checkTransition('PANEL_PROPOSED', 'ASSIGN', { panelRequired: true })).toEqual({ ok: true, to: 'ASSIGNED' });
    expect(checkTransition('REQUESTED', 'ASSIGN', {})).toEqual({ ok: true, to: 'ASSIGNED' });
  });

  it.each(['ASSIGNED', 'SCHEDULED', 'NO_SHOW'] as const)('refuses to schedule from %s without an assigned examiner', (from) => {
    const expected = { ok: false, rule: 'EXAMINER_NOT_ASSIGNED', message: 'SCHEDULED requires an assigned examiner' };
    expect(checkTransition(from, 'SCHEDULE', { ...allFacts, examinerAssigned: false })).toEqual(expected);
    expect(checkTransition(from, 'SCHEDULE', {})).toEqual(expected);
  });

  it('refuses EXAMINED without a served notice', () => {
    const expected = { ok: false, rule: 'NOTICE_NOT_SERVED', message: 'EXAMINED requires a notice served to the claimant' };
    expect(checkTransition('SCHEDULED', 'MARK_EXAMINED', { ...allFacts, noticeServed: false })).toEqual(expected);
    expect(checkTransition('SCHEDULED', 'MARK_EXAMINED')).toEqual(expected);
  });

  it('refuses CLOSED until the final report reached both client and claimant', () => {
    expect(checkTransition('REPORTED', 'CLOSE', { finalReportDeliveredToClient: true })).toEqual({
      ok: false,
      rule: 'REPORT_NOT_DELIVERED',
      message: 'CLOSED requires the final report delivered to the claimant',
    });
    expect(checkTransition('REPORTED', 'CLOSE', { finalReportDeliveredToClaimant: true })).toMatchObject({
      message: 'CLOSED requires the final report delivered to the client',
    });
    expect(checkTransition('REPORTED', 'CLOSE')).toMatchObject({
      message: 'CLOSED requires the final report delivered to the client and the claimant',
    });
  });

  it('checks the table before the guards', () => {
    expect(checkTransition('ASSIGNED', 'MARK_EXAMINED', {})).toMatchObject({ rule: 'ILLEGAL_TRANSITION' });
  });

  it('needs no facts to propose a panel, mark a no-show, mark reported or cancel', () => {
    expect(checkTransition('REQUESTED', 'PROPOSE_PANEL').ok).toBe(true);
    expect(checkTransition('SCHEDULED', 'MARK_NO_SHOW').ok).toBe(true);
    expect(checkTransition('EXAMINED', 'MARK_REPORTED').ok).toBe(true);
    expect(checkTransition('NO_SHOW', 'CANCEL').ok).toBe(true);
  });
});

describe('helpers', () => {
  it('knows the terminal statuses', () => {
    expect(CASE_STATUSES.filter(isTerminalCaseStatus)).toEqual(['CLOSED', 'CANCELLED']);
  });

  it('lists the transitions allowed from a status', () => {
    expect(allowedCaseTransitions('SCHEDULED')).toEqual(['SCHEDULE', 'MARK_EXAMINED', 'MARK_NO_SHOW', 'CANCEL']);
    expect(allowedCaseTransitions('CLOSED')).toEqual([]);
  });
});

describe('CLOSE with the recipients the jurisdiction requires', () => {
  const delivered = { finalReportDeliveredToClient: true, finalReportDeliveredToClaimant: true };

  it('refuses while any required recipient lacks the report, naming each (NY WCL §137)', () => {
    expect(checkTransition('REPORTED', 'CLOSE', { ...delivered, undeliveredRecipients: ['BOARD', 'TREATING_PHYSICIAN', 'CLAIMANT_REPRESENTATIVE'] })).toEqual({
      ok: false,
      rule: 'REPORT_NOT_DELIVERED',
      message: "CLOSED requires the final report delivered to the Board, the treating physician and the claimant's representative",
    });
    expect(checkTransition('REPORTED', 'CLOSE', { finalReportDeliveredToClient: true, undeliveredRecipients: ['CLAIMANT', 'BOARD'] })).toMatchObject({
      message: 'CLOSED requires the final report delivered to the claimant and the Board',
    });
  });

  it('lists the client and the claimant first, once', () => {
    expect(recipientsMissingForClose({ undeliveredRecipients: ['BOARD', 'CLAIMANT'] })).toEqual(['CLIENT', 'CLAIMANT', 'BOARD']);
    expect(recipientsMissingForClose({ ...delivered, undeliveredRecipients: [] })).toEqual([]);
  });

  it('closes once every required recipient has it', () => {
    expect(checkTransition('REPORTED', 'CLOSE', { ...delivered, undeliveredRecipients: [] })).toEqual({ ok: true, to: 'CLOSED' });
  });

  it('refuses a broken same-day rule unless an administrator puts the breach on record', () => {
    const violation = 'the report must reach every required recipient the same day (UTC): CLIENT on 2026-12-01, BOARD on 2026-12-02';
    expect(checkTransition('REPORTED', 'CLOSE', { ...delivered, undeliveredRecipients: [], sameDayViolation: violation })).toMatchObject({
      ok: false,
      rule: 'REPORT_SAME_DAY_DELIVERY',
      message: expect.stringContaining('BOARD on 2026-12-02'),
    });
    expect(checkTransition('REPORTED', 'CLOSE', { ...delivered, undeliveredRecipients: [], sameDayViolation: violation, sameDayBreachAcknowledged: true })).toEqual({
      ok: true,
      to: 'CLOSED',
    });
  });
});

describe('timeline event types', () => {
  it('records each transition as the past-tense event of the status it leads to', () => {
    for (const transition of CASE_TRANSITIONS) {
      expect(TRANSITION_EVENTS[transition], transition).toBe(CASE_TRANSITION_TABLE[transition].to);
      expect(CASE_EVENT_TYPES).toContain(TRANSITION_EVENTS[transition]);
    }
  });

  it('never names an entry after the transition itself', () => {
    for (const transition of CASE_TRANSITIONS) expect(CASE_EVENT_TYPES as readonly string[]).not.toContain(transition);
  });
});

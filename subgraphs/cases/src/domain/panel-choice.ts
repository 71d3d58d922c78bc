import { deadline, type DayCountUnit, type Holidays } from '@imepanel/runtime/calendar';

/**
 * Who may strike and who may select from a panel, and when (docs/rules.md, "Panels"). California QME panels:
 *
 * - Unrepresented worker (Labor Code §4062.1(c), 8 CCR §31.3): the worker chooses one of the panel within the
 *   choice period (10 days of the panel's assignment); if the worker has not chosen by then, the claims
 *   administrator (the client) may choose. There are no strikes.
 * - Represented worker (Labor Code §4062.2(c)): within the strike period (10 days of the panel's assignment)
 *   each side may strike one name, and the examiner left is the evaluator. A side that does not strike in time
 *   lets the opposing side choose any examiner left.
 *
 * Where the jurisdiction requires no panel, a drawn panel is a convenience: each side may strike one and any
 * party may select, as before. Every refusal names its rule; the caller changes nothing.
 */

export const PANEL_PROCEDURES = ['UNRESTRICTED', 'CLAIMANT_CHOICE', 'PARTY_STRIKES'] as const;
export type PanelProcedure = (typeof PANEL_PROCEDURES)[number];
export const PANEL_SELECTION_BASES = ['PARTY_CHOICE', 'CLAIMANT_CHOICE', 'CHOICE_PERIOD_LAPSED', 'REMAINING_AFTER_STRIKES', 'STRIKE_PERIOD_LAPSED'] as const;
export type PanelSelectionBasis = (typeof PANEL_SELECTION_BASES)[number];
/** The case parties, with the entity's literals. */
export type PanelParty = 'CLAIMANT' | 'ATTORNEY' | 'CLIENT' | 'EXAMINER' | 'ADMIN' | 'OTHER';
/** The two sides of a panel choice; 'other' is anyone who is neither (an administrator acting for no side). */
export type PanelSide = 'claimant' | 'client' | 'other';

export type PanelChoiceRule =
  | 'PANEL_PARTY_ONLY'
  | 'STRIKES_REPRESENTED_ONLY'
  | 'STRIKE_PERIOD_ENDED'
  | 'ONE_STRIKE_PER_SIDE'
  | 'LAST_PANEL_MEMBER'
  | 'MEMBER_STRUCK'
  | 'CLAIMANT_CHOICE_PERIOD'
  | 'STRIKE_PERIOD_OPEN'
  | 'STRIKE_NOT_EXERCISED';

export function sideOf(party: PanelParty): PanelSide {
  if (party === 'CLAIMANT' || party === 'ATTORNEY') return 'claimant';
  if (party === 'CLIENT') return 'client';
  return 'other';
}

const opposite = (side: 'claimant' | 'client') => (side === 'claimant' ? 'client' : 'claimant');

/** The procedure a new panel follows: fixed when it is proposed, as the panel request itself is (DWC Forms 105 and 106). */
export function panelProcedure(facts: { panelRequired: boolean; claimantRepresented: boolean }): PanelProcedure {
  if (!facts.panelRequired) return 'UNRESTRICTED';
  return facts.claimantRepresented ? 'PARTY_STRIKES' : 'CLAIMANT_CHOICE';
}

/** The part of a jurisdiction rule the panel periods need; a JurisdictionRule row fits as it is. */
export interface PanelPeriodRule {
  claimantChoiceDays: number | null;
  claimantChoiceUnit: DayCountUnit;
  strikeDays: number | null;
  strikeUnit: DayCountUnit;
}

export interface PanelDeadlines {
  /** CLAIMANT_CHOICE: the last day the claimant alone may choose; null without a choice period. */
  choiceDueOn: string | null;
  /** PARTY_STRIKES: the last day a side may strike; null without a strike period. */
  strikeDueOn: string | null;
}

/**
 * The panel's deadlines, counted from the day it was proposed (the panel's assignment) in the rule's unit;
 * business days skip the jurisdiction's holidays. A period the rule does not set never lapses.
 */
export function panelDeadlines(procedure: PanelProcedure, proposedOn: string, rule: PanelPeriodRule, holidays?: Holidays): PanelDeadlines {
  const due = (days: number | null, unit: DayCountUnit) => (days === null ? null : deadline(proposedOn, days, unit, holidays));
  return {
    choiceDueOn: procedure === 'CLAIMANT_CHOICE' ? due(rule.claimantChoiceDays, rule.claimantChoiceUnit) : null,
    strikeDueOn: procedure === 'PARTY_STRIKES' ? due(rule.strikeDays, rule.strikeUnit) : null,
  };
}

/** What the timeline says about a new panel's deadlines; null when no panel rule applies. */
export function panelDeadlineNote(procedure: PanelProcedure, deadlines: PanelDeadlines): string | null {
  switch (procedure) {
    case 'CLAIMANT_CHOICE':
      return deadlines.choiceDueOn
        ? `the claimant chooses by ${deadlines.choiceDueOn}; after that the client may (Labor Code §4062.1(c), 8 CCR §31.3)`
        : 'the claimant chooses; no choice period is set, so no one may choose for them (Labor Code §4062.1(c))';
    case 'PARTY_STRIKES':
      return deadlines.strikeDueOn
        ? `each side may strike one by ${deadlines.strikeDueOn} and the examiner left is the evaluator; a side that does not strike by then lets the other choose (Labor Code §4062.2(c))`
        : 'each side may strike one and the examiner left is the evaluator; no strike period is set (Labor Code §4062.2(c))';
    default:
      return null;
  }
}

export interface PanelState {
  /** e.g. 'US-CA', to name the jurisdiction in messages. */
  jurisdiction: string;
  procedure: PanelProcedure;
  choiceDueOn: string | null;
  strikeDueOn: string | null;
  members: { examinerId: string; struckBy: PanelParty | null }[];
}

export interface PanelChoice {
  examinerId: string;
  by: PanelParty;
  /** The day the choice is judged on, YYYY-MM-DD. */
  today: string;
}

export type PanelRefusal = { ok: false; rule: PanelChoiceRule; message: string };
export type StrikeVerdict = { ok: true; evaluator: string | null } | PanelRefusal;
export type SelectionVerdict = { ok: true; basis: PanelSelectionBasis; reason: string } | PanelRefusal;

const refuse = (rule: PanelChoiceRule, message: string): PanelRefusal => ({ ok: false, rule, message });
const sideName = (side: PanelSide) => (side === 'claimant' ? 'claimant side' : side === 'client' ? 'client side' : 'administrator');
const struckSides = (state: PanelState) => new Set(state.members.filter((m) => m.struckBy).map((m) => sideOf(m.struckBy!)));

function memberRefusal(state: PanelState, examinerId: string): PanelRefusal | null {
  const member = state.members.find((m) => m.examinerId === examinerId);
  if (member?.struckBy) return refuse('MEMBER_STRUCK', `Examiner ${examinerId} was struck from the panel by the ${member.struckBy}`);
  return null;
}

function partyOnly(state: PanelState, by: PanelParty): PanelRefusal | null {
  if (state.procedure === 'UNRESTRICTED' || sideOf(by) !== 'other') return null;
  return refuse(
    'PANEL_PARTY_ONLY',
    `In ${state.jurisdiction} the parties choose from the panel: record the choice as made by the CLAIMANT or ATTORNEY (claimant side) or the CLIENT, not by the ${by}`,
  );
}

/**
 * Whether `by` may strike the examiner now. When the strike leaves one examiner on a PARTY_STRIKES panel, that
 * examiner is the evaluator (`evaluator`), as Labor Code §4062.2(c) says of the one remaining.
 */
export function checkStrike(state: PanelState, choice: PanelChoice): StrikeVerdict {
  const side = sideOf(choice.by);
  const refusal = memberRefusal(state, choice.examinerId) ?? partyOnly(state, choice.by);
  if (refusal) return refusal;
  if (state.procedure === 'CLAIMANT_CHOICE') {
    return refuse(
      'STRIKES_REPRESENTED_ONLY',
      `The claimant in this ${state.jurisdiction} case is not represented: they choose one examiner of the panel (Labor Code §4062.1(c)); strikes are for represented cases (Labor Code §4062.2(c))`,
    );
  }
  if (state.procedure === 'PARTY_STRIKES' && state.strikeDueOn !== null && choice.today > state.strikeDueOn) {
    return refuse(
      'STRIKE_PERIOD_ENDED',
      `The strike period of this panel ended on ${state.strikeDueOn} (Labor Code §4062.2(c)); a side that did not strike lets the other choose from the examiners left`,
    );
  }
  // One strike per side; an administrator acting for no side is not limited where no panel rule applies (and
  // cannot strike at all where one does, above).
  if (choice.by !== 'ADMIN') {
    const already = state.members.find((m) => m.struckBy && sideOf(m.struckBy) === side);
    if (already) return refuse('ONE_STRIKE_PER_SIDE', `The ${side === 'other' ? 'administrator' : side} side already struck examiner ${already.examinerId} from this panel`);
  }
  const remaining = state.members.filter((m) => !m.struckBy && m.examinerId !== choice.examinerId);
  if (remaining.length === 0) {
    return refuse('LAST_PANEL_MEMBER', 'The last examiner remaining on a panel cannot be struck; select them or propose a new panel');
  }
  return { ok: true, evaluator: state.procedure === 'PARTY_STRIKES' && remaining.length === 1 ? remaining[0]!.examinerId : null };
}

/** Whether `by` may select the examiner now, and on what basis (recorded with the selection). */
export function checkSelection(state: PanelState, choice: PanelChoice): SelectionVerdict {
  const side = sideOf(choice.by);
  const refusal = memberRefusal(state, choice.examinerId) ?? partyOnly(state, choice.by);
  if (refusal) return refusal;

  if (state.procedure === 'UNRESTRICTED') {
    return { ok: true, basis: 'PARTY_CHOICE', reason: `Selected by the ${choice.by}; ${state.jurisdiction} sets no panel rule` };
  }

  if (state.procedure === 'CLAIMANT_CHOICE') {
    if (side === 'claimant') return { ok: true, basis: 'CLAIMANT_CHOICE', reason: 'The unrepresented claimant chose (Labor Code §4062.1(c), 8 CCR §31.3)' };
    if (state.choiceDueOn === null) {
      return refuse('CLAIMANT_CHOICE_PERIOD', `The unrepresented claimant chooses from this panel, and ${state.jurisdiction} sets no choice period after which the client may`);
    }
    if (choice.today <= state.choiceDueOn) {
      return refuse(
        'CLAIMANT_CHOICE_PERIOD',
        `The unrepresented claimant chooses from this panel until ${state.choiceDueOn} (Labor Code §4062.1(c), 8 CCR §31.3); the client may choose only if they have not chosen by then`,
      );
    }
    return {
      ok: true,
      basis: 'CHOICE_PERIOD_LAPSED',
      reason: `The claimant did not choose by ${state.choiceDueOn}, so the client chose (Labor Code §4062.1(c), 8 CCR §31.3)`,
    };
  }

  // PARTY_STRIKES
  const struck = struckSides(state);
  const left = state.members.filter((m) => !m.struckBy).length;
  if (struck.has('claimant') && struck.has('client')) {
    return { ok: true, basis: 'REMAINING_AFTER_STRIKES', reason: `Both sides struck; the ${choice.by} selected from the ${left} examiners left` };
  }
  if (state.strikeDueOn === null || choice.today <= state.strikeDueOn) {
    const until = state.strikeDueOn ? ` until ${state.strikeDueOn}` : '';
    return refuse(
      'STRIKE_PERIOD_OPEN',
      `Each side may strike one examiner from this panel${until} and the one left is the evaluator; a side may choose only once the other side's strike period has lapsed without a strike (Labor Code §4062.2(c))`,
    );
  }
  const other = opposite(side as 'claimant' | 'client');
  if (struck.has(other)) {
    return refuse(
      'STRIKE_NOT_EXERCISED',
      `The ${sideName(side)} did not strike by ${state.strikeDueOn}, so the ${sideName(other)}, which struck in time, chooses from the examiners left (Labor Code §4062.2(c))`,
    );
  }
  const lapsed = struck.has(side) ? `the ${sideName(other)} did not strike` : 'neither side struck';
  return {
    ok: true,
    basis: 'STRIKE_PERIOD_LAPSED',
    reason: `The strike period ended on ${state.strikeDueOn} and ${lapsed}, so the ${choice.by} chose (Labor Code §4062.2(c))`,
  };
}

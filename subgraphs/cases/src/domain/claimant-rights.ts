/**
 * What a claimant may ask for and say in the portal, and when (docs/claimant-portal.md, docs/rules.md "Claimant
 * rights"). Plain functions over the case's facts; the commands load the facts and record the outcome.
 */

export const CLAIMANT_REQUEST_KINDS = ['INTERPRETER', 'ACCOMMODATION', 'OBSERVER', 'RECORDING', 'RESCHEDULE', 'COMPLAINT'] as const;
export type ClaimantRequestKind = (typeof CLAIMANT_REQUEST_KINDS)[number];

export const CLAIMANT_REQUEST_STATUSES = ['OPEN', 'GRANTED', 'DECLINED'] as const;
export type ClaimantRequestStatus = (typeof CLAIMANT_REQUEST_STATUSES)[number];

/** Statuses in which the exam is over (it took place): feedback and complaints about it are possible. */
const EXAM_HELD = new Set(['EXAMINED', 'REPORTED', 'CLOSED']);
/** Statuses before the exam: requests about the exam (interpreter, observer, reschedule …) still make sense. */
const BEFORE_EXAM = new Set(['REQUESTED', 'PANEL_PROPOSED', 'ASSIGNED', 'SCHEDULED', 'NO_SHOW']);

export type RightsRule = 'NOT_A_RIGHT_HERE' | 'EXAM_NOT_HELD' | 'EXAM_OVER' | 'FEEDBACK_GIVEN' | 'REASON_REQUIRED' | 'REQUEST_ANSWERED';
export type RightsRefusal = { ok: false; rule: RightsRule; message: string };
const refuse = (rule: RightsRule, message: string): RightsRefusal => ({ ok: false, rule, message });

export interface RequestFacts {
  status: string;
  /** The jurisdiction lets the claimant record the exam (audio) / bring an observer. */
  recordingAllowed: boolean;
  observerAllowed: boolean;
  jurisdictionName: string;
}

/**
 * Whether the claimant may make this request now: every kind before the exam only; an observer or a recording
 * only where the jurisdiction's rule gives that right; a reschedule needs its reason.
 */
export function checkClaimantRequest(facts: RequestFacts, request: { kind: ClaimantRequestKind; details: string }): { ok: true } | RightsRefusal {
  if (!BEFORE_EXAM.has(facts.status)) return refuse('EXAM_OVER', 'Requests about the exam can be made before the exam only. After it, you can give feedback or make a complaint.');
  if (request.kind === 'RECORDING' && !facts.recordingAllowed) {
    return refuse('NOT_A_RIGHT_HERE', `The rules of ${facts.jurisdictionName} do not give a right to record this exam.`);
  }
  if (request.kind === 'OBSERVER' && !facts.observerAllowed) {
    return refuse('NOT_A_RIGHT_HERE', `The rules of ${facts.jurisdictionName} do not give a right to bring an observer to this exam.`);
  }
  if ((request.kind === 'RESCHEDULE' || request.kind === 'ACCOMMODATION') && request.details.trim().length < 3) {
    return refuse('REASON_REQUIRED', request.kind === 'RESCHEDULE' ? 'Tell us why you need a new date.' : 'Tell us what you need.');
  }
  return { ok: true };
}

/** Feedback about the exam: once it took place, once per person. */
export function checkFeedback(facts: { status: string; alreadyGiven: boolean }): { ok: true } | RightsRefusal {
  if (!EXAM_HELD.has(facts.status)) return refuse('EXAM_NOT_HELD', 'You can give feedback after your exam.');
  if (facts.alreadyGiven) return refuse('FEEDBACK_GIVEN', 'You already gave feedback on this exam. You can still make a complaint.');
  return { ok: true };
}

/** A complaint about the exam: once it took place, with what happened. */
export function checkComplaint(facts: { status: string; details: string }): { ok: true } | RightsRefusal {
  if (!EXAM_HELD.has(facts.status)) return refuse('EXAM_NOT_HELD', 'You can make a complaint about the exam after it took place. Before it, ask for what you need.');
  if (facts.details.trim().length < 10) return refuse('REASON_REQUIRED', 'Tell us what happened (at least a sentence).');
  return { ok: true };
}

export interface FeedbackAnswers {
  /** Minutes the exam took, as the claimant experienced it. */
  durationMinutes: number;
  explained: boolean;
  /** 1 (very poor) to 5 (very good). */
  courtesy: number;
  privacyRespected: boolean;
}

/**
 * The feedback as the 1–5 rating of a CLAIMANT_FEEDBACK reputation event (docs/rules.md, "Reputation"): the
 * courtesy rating, one lower for each of "not explained" and "privacy not respected", never below 1. It measures
 * conduct only, never the findings.
 */
export function feedbackRating(answers: FeedbackAnswers): number {
  const rating = answers.courtesy - (answers.explained ? 0 : 1) - (answers.privacyRespected ? 0 : 1);
  return Math.min(5, Math.max(1, Math.round(rating)));
}

/**
 * The day a claimant's reputation event is dated: the first day of its month, so an examiner reading their own
 * events cannot tell which exam, and so which claimant, it is about.
 */
export const monthStart = (day: string) => `${day.slice(0, 7)}-01`;

import type { ExaminersRule } from '@imepanel/runtime/vocabulary';
import type { ExaminerStatus } from './enums';

/**
 * Which status changes an administrator may make, and what each needs. Plain data in, refusal out: the
 * command loads the examiner's specialties and credentials and persists only when this says yes.
 */
export interface StatusChangeFacts {
  from: ExaminerStatus;
  to: ExaminerStatus;
  reason: string | null | undefined;
  today: string;
  specialtyCount: number;
  licences: { status: string; expiresOn: string | null }[];
}

/**
 * A refusal either names the caller's field (BAD_USER_INPUT: the status or reason sent cannot be) or the rule of
 * the panel the examiner does not yet meet (FAILED_PRECONDITION, a rule of the runtime's EXAMINERS_RULES).
 */
export type StatusChangeVerdict =
  | { ok: true }
  | { ok: false; rule: 'STATUS_UNCHANGED' | 'STATUS_TRANSITION' | 'REASON_REQUIRED'; field: string; message: string }
  | { ok: false; rule: ExaminersRule; field?: undefined; message: string };

export function checkExaminerStatusChange(facts: StatusChangeFacts): StatusChangeVerdict {
  const { from, to } = facts;
  if (from === to) {
    return { ok: false, rule: 'STATUS_UNCHANGED', field: 'input.status', message: `The examiner is already ${to}` };
  }
  if (to === 'PENDING_REVIEW') {
    return {
      ok: false,
      rule: 'STATUS_TRANSITION',
      field: 'input.status',
      message: 'An examiner cannot go back to PENDING_REVIEW; suspend them instead',
    };
  }
  if ((to === 'SUSPENDED' || to === 'RETIRED') && !facts.reason?.trim()) {
    return { ok: false, rule: 'REASON_REQUIRED', field: 'input.reason', message: `A reason is required to set an examiner ${to}` };
  }
  if (to === 'ACTIVE') {
    // Only examiners who could take at least some case are put on the active panel.
    if (facts.specialtyCount === 0) {
      return { ok: false, rule: 'ACTIVATION_NEEDS_SPECIALTY', message: 'An examiner needs at least one specialty before activation' };
    }
    const validLicence = facts.licences.some(
      (l) => l.status === 'VERIFIED' && (l.expiresOn === null || l.expiresOn >= facts.today),
    );
    if (!validLicence) {
      return {
        ok: false,
        rule: 'ACTIVATION_NEEDS_LICENCE',
        message: 'An examiner needs a verified, unexpired medical licence before activation',
      };
    }
  }
  return { ok: true };
}

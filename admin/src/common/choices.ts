/** Turns an API enum value into words: PENDING_REVIEW → "Pending review", QME_CERTIFICATION → "QME certification". */
export function humanize(value: string | null | undefined): string {
  if (!value) return '';
  const acronyms = new Set(['QME', 'IME', 'DEA', 'QA', 'MMI', 'NPI', 'TPA', 'US']);
  return value
    .split('_')
    .map((word, i) => (acronyms.has(word) ? word : i === 0 ? word.charAt(0) + word.slice(1).toLowerCase() : word.toLowerCase()))
    .join(' ');
}

const choices = (values: readonly string[]) => values.map((id) => ({ id, name: humanize(id) }));

export const EXAMINER_STATUSES = ['PENDING_REVIEW', 'ACTIVE', 'SUSPENDED', 'RETIRED'] as const;
export const CREDENTIAL_KINDS = ['MEDICAL_LICENSE', 'BOARD_CERTIFICATION', 'IME_CERTIFICATION', 'QME_CERTIFICATION', 'DEA_REGISTRATION', 'MALPRACTICE_INSURANCE'] as const;
export const VERIFICATION_STATUSES = ['UNVERIFIED', 'VERIFIED', 'REJECTED'] as const;
export const REPUTATION_EVENT_KINDS = ['QA_AUDIT', 'COMPLAINT', 'CLIENT_FEEDBACK', 'CLAIMANT_FEEDBACK', 'COMMENDATION'] as const;
export const CASE_STATUSES = ['REQUESTED', 'PANEL_PROPOSED', 'ASSIGNED', 'SCHEDULED', 'EXAMINED', 'REPORTED', 'CLOSED', 'CANCELLED', 'NO_SHOW'] as const;
export const CASE_PRIORITIES = ['ROUTINE', 'EXPEDITED', 'URGENT'] as const;
export const LINES_OF_BUSINESS = ['WORKERS_COMP', 'AUTO', 'DISABILITY', 'LIABILITY', 'OTHER'] as const;
export const REPORT_STATUSES = ['DRAFT', 'SUBMITTED', 'IN_QA', 'CHANGES_REQUESTED', 'FINAL', 'DELIVERED'] as const;
export const REPORT_KINDS = ['IME', 'ADDENDUM', 'SUPPLEMENTAL'] as const;

export const examinerStatusChoices = choices(EXAMINER_STATUSES);
export const credentialKindChoices = choices(CREDENTIAL_KINDS);
export const verificationStatusChoices = choices(VERIFICATION_STATUSES);
export const reputationEventKindChoices = choices(REPUTATION_EVENT_KINDS);
export const caseStatusChoices = choices(CASE_STATUSES);
export const casePriorityChoices = choices(CASE_PRIORITIES);
export const lineOfBusinessChoices = choices(LINES_OF_BUSINESS);
export const reportStatusChoices = choices(REPORT_STATUSES);
export const reportKindChoices = choices(REPORT_KINDS);

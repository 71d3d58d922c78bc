/**
 * Vocabularies of a referral that more than one subgraph stores: the cases subgraph on the case and its
 * jurisdiction rule, the reports subgraph on the report copied from them.
 */

/** Who may be required to receive the final report (a jurisdiction rule's reportRecipients, a delivery's recipient). */
export const REPORT_RECIPIENTS = ['CLIENT', 'CLAIMANT', 'CLAIMANT_REPRESENTATIVE', 'TREATING_PHYSICIAN', 'BOARD'] as const;
export type ReportRecipient = (typeof REPORT_RECIPIENTS)[number];

/** The insurance line a case comes from, copied onto its report. */
export const LINES_OF_BUSINESS = ['WORKERS_COMP', 'AUTO', 'DISABILITY', 'LIABILITY', 'OTHER'] as const;
export type LineOfBusiness = (typeof LINES_OF_BUSINESS)[number];

/** The questions an IME is ordered to answer: the case's referral reasons, which the report's completeness check covers. */
export const IME_REASONS = ['CAUSATION', 'EXTENT_OF_INJURY', 'TREATMENT_NEED', 'WORK_CAPACITY', 'IMPAIRMENT_RATING', 'MMI', 'SECOND_OPINION', 'DISPUTE_RESOLUTION'] as const;
export type ImeReason = (typeof IME_REASONS)[number];

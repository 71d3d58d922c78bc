/**
 * Why an addendum was written: the reports subgraph stores it on the addendum, and the gateway's statistics export
 * writes a rate column per reason. LATE_RECORDS is not the examiner's fault and does not count against reputation
 * (docs/rules.md, "Reputation").
 */
export const ADDENDUM_REASONS = ['LATE_RECORDS', 'QUESTION_NOT_ANSWERED', 'CLIENT_REQUEST', 'CORRECTION'] as const;
export type AddendumReason = (typeof ADDENDUM_REASONS)[number];

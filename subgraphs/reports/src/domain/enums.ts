/**
 * The reports subgraph's vocabularies, each written once as an `as const` list with its type, for the domain
 * rules. `entities/enums.ts` turns each into its GraphQL and ORM enum (`defineEnum`), so values pass between the
 * domain, the API and the database unchanged. The report statuses are the lifecycle's (report-lifecycle.ts), the
 * IME reasons the completeness check's (completeness.ts); report recipients, lines of business and addendum reasons are
 * named by another service too, so they live in the runtime (`@imepanel/runtime/vocabulary`).
 */
export { REPORT_STATUSES, type ReportStatus } from './report-lifecycle';
export { IME_REASONS, type ImeReason } from './completeness';
export { LINES_OF_BUSINESS, REPORT_RECIPIENTS, type LineOfBusiness, type ReportRecipient } from '@imepanel/runtime/vocabulary';

/** An IME report, or a later one adding to it (docs/rules.md: after FINAL only addenda). */
export const REPORT_KINDS = ['IME', 'ADDENDUM', 'SUPPLEMENTAL'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

/** Why an addendum was written: named by the gateway's statistics export too, so it lives in the runtime. */
export { ADDENDUM_REASONS, type AddendumReason } from '@imepanel/runtime/vocabulary';

/** The examiner's opinion of what work the claimant can do. */
export const WORK_CAPACITIES = ['FULL_DUTY', 'MODIFIED_DUTY', 'NO_WORK'] as const;
export type WorkCapacity = (typeof WORK_CAPACITIES)[number];

/** How a copy of a final report reached its recipient. */
export const DELIVERY_METHODS = ['EMAIL', 'PORTAL', 'MAIL', 'FAX', 'HAND_DELIVERY'] as const;
export type DeliveryMethod = (typeof DELIVERY_METHODS)[number];

/** A QA review's verdict: form and completeness only, never the medical opinion. */
export const QA_OUTCOMES = ['PASSED', 'CHANGES_REQUESTED'] as const;
export type QaOutcome = (typeof QA_OUTCOMES)[number];

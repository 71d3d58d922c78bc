/**
 * What the platform tells client apps and its own workers (docs/messaging.md, "Events"): one name per fact, as
 * each subgraph writes it to its outbox in the transaction that makes the fact true. Payloads carry ids and
 * statuses only, never claimant data: a receiver fetches what it may see through the API.
 */
export const OUTBOX_EVENT_TYPES = [
  // cases
  'CASE_CREATED',
  'PANEL_PROPOSED',
  'PANEL_MEMBER_SELECTED',
  'EXAM_SCHEDULED',
  'EXAM_RESCHEDULED',
  'NOTICE_SERVED',
  'EXAM_NO_SHOW',
  'CASE_EXAMINED',
  'CASE_REPORTED',
  'CASE_CLOSED',
  'CASE_CANCELLED',
  'WEBHOOK_SUBSCRIPTION_DISABLED',
  // reports
  'REPORT_SUBMITTED',
  'REPORT_FINAL',
  'REPORT_DELIVERED',
  // examiners
  'CREDENTIAL_EXPIRING',
  'CREDENTIAL_LAPSED',
  'EXAMINER_SUSPENDED',
] as const;
export type OutboxEventType = (typeof OUTBOX_EVENT_TYPES)[number];

/** A payload value: ids, statuses, dates and counts — nothing a person could be identified by. */
export type OutboxPayloadValue = string | number | boolean | null | readonly string[];
export type OutboxPayload = Readonly<Record<string, OutboxPayloadValue>>;

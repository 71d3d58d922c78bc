import type PgBoss from 'pg-boss';

/**
 * The job runner's PostgreSQL schema (docs/messaging.md, "Jobs"): pg-boss's tables, created and migrated by the
 * owner role (`npm run db:migrate`); the services only send, fetch and complete jobs in it.
 */
export const JOB_SCHEMA = 'jobs';

/** Where failed jobs land once their retries are spent, for administrators to read (`deadLetters`). */
export const DEAD_LETTER_QUEUE = 'dead-letters';

/** Every queue of the platform. Creating one is DDL (a partition), so only the owner's migration does it. */
export const QUEUES = {
  /** Every subgraph's published outbox events; the cases subgraph takes them in for webhooks. */
  outboxEvents: 'outbox-events',
  /** Ordered webhook dispatch, one job per delivery (cases). */
  webhookDelivery: 'webhook-delivery',
  /** E-mail to send or keep in the local message outbox (cases). */
  email: 'email',
  /** Daily: credential expiry reminders and CREDENTIAL_EXPIRING/LAPSED events (examiners). */
  credentialReminders: 'credential-reminders',
  /** Nightly: refreshReputation (examiners). */
  reputationRefresh: 'reputation-refresh',
  /** Daily: reports due in two days, overdue, claimant copies due (reports). */
  reportReminders: 'report-reminders',
  /** Daily: panel choice and strike periods about to end (cases). */
  panelReminders: 'panel-reminders',
} as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES] | typeof DEAD_LETTER_QUEUE;

/** Retries with exponential backoff (pg-boss doubles the delay on each retry), then the dead-letter queue. */
const retried: Omit<PgBoss.Queue, 'name'> = { retryLimit: 8, retryDelay: 5, retryBackoff: true, deadLetter: DEAD_LETTER_QUEUE };

export const QUEUE_DEFINITIONS: readonly PgBoss.Queue[] = [
  { name: DEAD_LETTER_QUEUE, policy: 'standard', retentionMinutes: 60 * 24 * 30 },
  { name: QUEUES.outboxEvents, policy: 'standard', ...retried },
  { name: QUEUES.webhookDelivery, policy: 'standard', ...retried, retryLimit: 10 },
  { name: QUEUES.email, policy: 'standard', ...retried },
  // The scheduled ones: a run missed is made up by the next; a second queued run adds nothing (short policy).
  { name: QUEUES.credentialReminders, policy: 'short', ...retried, retryLimit: 3 },
  { name: QUEUES.reputationRefresh, policy: 'short', ...retried, retryLimit: 3 },
  { name: QUEUES.reportReminders, policy: 'short', ...retried, retryLimit: 3 },
  { name: QUEUES.panelReminders, policy: 'short', ...retried, retryLimit: 3 },
];

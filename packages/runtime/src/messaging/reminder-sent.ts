import { EntitySchema } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * A reminder sent, once per (subject, threshold) (docs/messaging.md, "Reminders"): the unique key makes "once"
 * the database's promise, not the scheduler's — a second run, a second process, a retried job all find the row.
 */
export interface ReminderSentRecord {
  subjectType: string;
  subjectId: string;
  /** Which reminder: `EXPIRES_IN_90`, `DUE_IN_2`, `OVERDUE`, `STRIKE_ENDING` … */
  threshold: string;
  sentAt: Date;
}

export const REMINDER_ENTITY_NAME = 'ReminderSent';

/** One instance per subgraph (each maps it into its own schema). */
export function defineReminderSentEntity() {
  return new EntitySchema<ReminderSentRecord>({
    name: REMINDER_ENTITY_NAME,
    tableName: 'reminder_sent',
    properties: {
      subjectType: { type: 'string', length: 40, primary: true },
      subjectId: { type: 'uuid', primary: true },
      threshold: { type: 'string', length: 40, primary: true },
      sentAt: { type: 'datetime' },
    },
  });
}

/**
 * Claims the reminder in the caller's transaction: true when this is the first time (the caller then sends it in
 * the same transaction), false when it was sent before.
 */
export async function claimReminder(em: EntityManager, schema: string, reminder: ReminderSentRecord): Promise<boolean> {
  const rows = await em.getConnection().execute(
    `insert into "${schema}".reminder_sent (subject_type, subject_id, threshold, sent_at) values (?, ?, ?, ?) on conflict do nothing returning subject_id`,
    [reminder.subjectType, reminder.subjectId, reminder.threshold, reminder.sentAt],
    'all',
    em.getTransactionContext(),
  );
  return rows.length > 0;
}

import { defineReminderSentEntity } from '@imepanel/runtime';

/** The reminders this subgraph sent, once per (subject, threshold) (docs/messaging.md, "Reminders"). */
export const ReminderSent = defineReminderSentEntity();

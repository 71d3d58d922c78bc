import { AuditEntry } from './audit-entry';
import { QaReview } from './qa-review';
import { Report } from './report';
import { ReportDelivery } from './report-delivery';
import { OutboxEvent } from './outbox-event';
import { ReminderSent } from './reminder-sent';

export { QaReview, Report, ReportDelivery };
export { AuditEntry, OutboxEvent, ReminderSent };
export * from './enums';
export * from './federated-refs';
export * from './report-parts';

export const entities = [Report, ReportDelivery, QaReview, AuditEntry, OutboxEvent, ReminderSent];

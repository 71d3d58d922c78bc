import { defineDocumentStoreEntities } from '@imepanel/runtime';
import { AuditEntry } from './audit-entry';
import { QaReview } from './qa-review';
import { Report } from './report';
import { ReportDelivery } from './report-delivery';
import { OutboxEvent } from './outbox-event';
import { ReminderSent } from './reminder-sent';
import { ReportVersion } from './report-version';

export { QaReview, Report, ReportDelivery, ReportVersion };
export { AuditEntry, OutboxEvent, ReminderSent };
export * from './enums';
export * from './federated-refs';
export * from './report-parts';

/** This subgraph's document store tables (report PDFs), in its own schema (docs/documents.md). */
export const reportsDocumentStoreEntities = defineDocumentStoreEntities();

export const entities = [Report, ReportDelivery, QaReview, ReportVersion, ...reportsDocumentStoreEntities, AuditEntry, OutboxEvent, ReminderSent];

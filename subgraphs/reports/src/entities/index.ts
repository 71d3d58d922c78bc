import { AuditEntry } from './audit-entry';
import { QaReview } from './qa-review';
import { Report } from './report';
import { ReportDelivery } from './report-delivery';

export { QaReview, Report, ReportDelivery };
export { AuditEntry };
export * from './enums';
export * from './federated-refs';
export * from './report-parts';

export const entities = [Report, ReportDelivery, QaReview, AuditEntry];

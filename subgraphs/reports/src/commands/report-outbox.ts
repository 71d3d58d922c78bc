import { recordEvent, type OutboxEventType } from '@imepanel/runtime';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Report } from '../entities';

/**
 * Writes a report's event to the outbox in the command's unit of work (docs/messaging.md, "Events"): ids and the
 * status only. The cases subgraph routes it to the case's client by `caseId`.
 */
export function recordReportEvent(em: EntityManager, report: Report, type: Extract<OutboxEventType, 'REPORT_SUBMITTED' | 'REPORT_FINAL' | 'REPORT_DELIVERED'>, at: Date): void {
  recordEvent(em, {
    type,
    aggregateType: 'Report',
    aggregateId: report.id,
    caseId: report.caseId,
    occurredAt: at,
    payload: { reportId: report.id, clientId: report.clientId, examinerId: report.examinerId, status: report.status, kind: report.kind },
  });
}

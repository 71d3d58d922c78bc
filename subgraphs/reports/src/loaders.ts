import { batchLoader, groupLoader, keyLoader, pagedGroupLoaders, type Clock } from '@imepanel/runtime';
import type { EntityManager } from '@mikro-orm/postgresql';
import { QaReview, Report, ReportDelivery } from './entities';
import { examinerReportMetrics } from './metrics/examiner-report-metrics';

/** Per-request DataLoaders: every reference and relation hop of this subgraph costs one statement per tick. */
export function createReportsLoaders(em: EntityManager, clock: Clock) {
  return {
    reportMetricsByExaminer: batchLoader((ids) => examinerReportMetrics(em, ids, clock.now()), null),
    reportById: keyLoader(em, Report, 'id'),
    reportsByCase: groupLoader(em, Report, (ids) => ({ caseId: { $in: ids } }), (row) => row.caseId, {
      orderBy: { createdAt: 'asc', id: 'asc' },
    }),
    addendaByParent: groupLoader(em, Report, (ids) => ({ parent: { $in: ids } }), (row) => row.parent!.id, {
      orderBy: { createdAt: 'asc' },
    }),
    deliveriesByReport: groupLoader(em, ReportDelivery, (ids) => ({ report: { $in: ids } }), (row) => row.report.id, {
      orderBy: { deliveredAt: 'asc' },
    }),
    reviewsByReport: groupLoader(em, QaReview, (ids) => ({ report: { $in: ids } }), (row) => row.report.id, {
      orderBy: { reviewedAt: 'asc' },
    }),
    /** One page of each examiner's reports, newest first, for a whole list of examiners in one statement. */
    reportsByExaminer: pagedGroupLoaders(em, Report, {
      table: 'reports.report',
      ownerColumn: 'examiner_id',
      orderBy: 't.created_at desc, t.id',
    }),
  };
}

export type ReportsLoaders = ReturnType<typeof createReportsLoaders>;

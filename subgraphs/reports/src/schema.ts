import { buildFederatedSchema, createAuditLogResolver } from '@imepanel/runtime';
import { AuditEntry } from './entities';
import { reportsReferenceResolvers } from './references';
import { ReportPdfResolver } from './resolvers/report-pdf.resolver';
import { ReportVersionResolver } from './resolvers/report-version.resolver';
import { ReportLifecycleResolver } from './resolvers/report-lifecycle.resolver';
import { ClaimantReportResolver } from './resolvers/claimant-report.resolver';
import { CaseReportsResolver, ExaminerReportsResolver, ReportResolver } from './resolvers/report.resolver';
import { ReportStatsGroupResolver, ReportStatsResolver } from './stats/report-stats.resolver';

export const reportsResolvers = [
  ReportResolver,
  ReportLifecycleResolver,
  CaseReportsResolver,
  ExaminerReportsResolver,
  createAuditLogResolver('reports', AuditEntry),
  ReportStatsResolver,
  ReportStatsGroupResolver,
  ReportPdfResolver,
  ReportVersionResolver,
  ClaimantReportResolver,
] as const;

/** The reports subgraph schema, built in-process (no database, no network). */
export function buildReportsSchema() {
  return buildFederatedSchema({ resolvers: reportsResolvers }, reportsReferenceResolvers);
}

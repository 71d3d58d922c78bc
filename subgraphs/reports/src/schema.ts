import { buildFederatedSchema } from '@imepanel/runtime';
import { reportsReferenceResolvers } from './references';
import { CaseReportsResolver, ExaminerReportsResolver, ReportResolver } from './resolvers/report.resolver';
import { ReportStatsGroupResolver, ReportStatsResolver } from './stats/report-stats.resolver';

export const reportsResolvers = [ReportResolver, CaseReportsResolver, ExaminerReportsResolver, ReportStatsResolver, ReportStatsGroupResolver] as const;

/** The reports subgraph schema, built in-process (no database, no network). */
export function buildReportsSchema() {
  return buildFederatedSchema({ resolvers: reportsResolvers }, reportsReferenceResolvers);
}

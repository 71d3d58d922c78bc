/**
 * Who may see and change which reports: the row scope of the reports subgraph. The conventions every resolver
 * follows are in @imepanel/runtime (auth/authorization.ts); in short:
 *
 * - Decorate every @Query, @Mutation and @FieldResolver with @Authorized(...) (ADMIN always passes).
 * - List queries add `scopeReportQuery(qb, actor)`; by-id loads answer `visibleReport(actor, report)`; lists
 *   reached through federation (Case.reports, Examiner.reports) are filtered or scoped in SQL; a command that
 *   changes a report loads it with `loadReport(em, id, actor)` or `loadVersionedReport` (commands/report-commands.ts): NOT_FOUND out of
 *   scope, exactly as for a report that does not exist.
 * - Clinical content (history, findings, diagnoses, answers, opinions) is @PersonalData('Report.content'):
 *   health data about the claimant, for ADMIN, the owning CLIENT and the examiner who wrote it, every read audited.
 *
 * CLIENT: reports on its own organisation's cases. EXAMINER: their own reports, and reports only on cases
 * assigned to them. ANALYST and SERVICE: every report, without clinical content.
 */
import { assertVisible, forbidden, notFound, rowScope, rowScopeCondition, visibleOrNull, type Actor, type RowOwner } from '@imepanel/runtime';
import type { QueryBuilder } from '@mikro-orm/postgresql';
import type { Report } from './entities';

export const reportOwner = (report: Report): RowOwner => ({ clientId: report.clientId, examinerId: report.examinerId });

export function visibleReport(actor: Actor | null, report: Report | null | undefined): Report | null {
  return visibleOrNull(actor, report, reportOwner);
}

export function assertReportVisible(actor: Actor | null, report: Report): Report {
  return assertVisible(actor, report, reportOwner, 'Report', report.id);
}

/** The reports of a list the actor may see (lists reached through federation hops). */
export function visibleReports(actor: Actor | null, reports: readonly Report[]): Report[] {
  return reports.filter((report) => visibleReport(actor, report) !== null);
}

export function scopeReportQuery(qb: QueryBuilder<Report>, actor: Actor | null): void {
  const scope = rowScope(actor);
  if (scope.kind === 'client') qb.andWhere({ clientId: scope.clientId });
  if (scope.kind === 'examiner') qb.andWhere({ examinerId: scope.examinerId });
}

/** The row scope over `reports.report t`, for raw loaders such as an examiner's page of reports. */
export function reportRowCondition(actor: Actor | null) {
  return rowScopeCondition(actor, { client: 'client_id', examiner: 'examiner_id' });
}

/**
 * Only the examiner assigned to a case (or an administrator) starts its reports; the client who ordered the case
 * may start an addendum to its final report, with the reason (an addendum request: the draft goes to the assigned
 * examiner, who writes it). The case was read with the service identity, so its existence must not leak to an
 * examiner it is not assigned to, nor to another organisation: NOT_FOUND.
 */
export function assertMayReportOn(actor: Actor | null, kase: { id: string; examinerId: string | null; client: { id: string } }, kind: string): void {
  const scope = rowScope(actor);
  if (scope.kind === 'examiner' && kase.examinerId !== scope.examinerId) throw notFound('Case', kase.id);
  if (scope.kind === 'client') {
    if (kase.client.id !== scope.clientId) throw notFound('Case', kase.id);
    if (kind !== 'ADDENDUM') throw forbidden(`Client staff may not start a ${kind} report: they may request an addendum to a final report, which the assigned examiner writes`);
    return;
  }
  if (scope.kind !== 'examiner' && actor?.role !== 'ADMIN') throw forbidden('Only the assigned examiner or an administrator may start a report');
}

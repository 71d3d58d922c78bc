import { ChangeSetType, type EventSubscriber, type FlushEventArgs } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { REPORT_CONTENT_FIELDS, type ReportSnapshot, type ReportVersionEvent } from '../domain/report-diff';
import { Report, ReportStatus, ReportVersion } from '../entities';

/** The version a change of the report makes: its creation, a saved edit, a submission, the final report. */
function eventOf(type: ChangeSetType, payload: Record<string, unknown>, report: Report): ReportVersionEvent | null {
  if (type === ChangeSetType.CREATE) return 'CREATED';
  if ('status' in payload && report.status === ReportStatus.SUBMITTED) return 'SUBMITTED';
  if ('status' in payload && report.status === ReportStatus.FINAL) return 'FINALISED';
  return REPORT_CONTENT_FIELDS.some((field) => field in payload) ? 'SAVED' : null;
}

export const snapshotOf = (report: Report): ReportSnapshot =>
  JSON.parse(JSON.stringify(Object.fromEntries(REPORT_CONTENT_FIELDS.map((field) => [field, (report as unknown as Record<string, unknown>)[field] ?? null]))));

/**
 * Keeps every version of a report's content (docs/documents.md, "Report versions"): each flush that creates a
 * report, changes what the examiner wrote, submits it or makes it final writes a ReportVersion in the same flush.
 */
export class ReportVersionSubscriber implements EventSubscriber {
  async onFlush(args: FlushEventArgs): Promise<void> {
    const changed: { report: Report; event: ReportVersionEvent }[] = [];
    for (const change of args.uow.getChangeSets()) {
      if (!(change.entity instanceof Report)) continue;
      const event = eventOf(change.type, change.payload as Record<string, unknown>, change.entity);
      if (event) changed.push({ report: change.entity, event });
    }
    if (changed.length === 0) return;
    const em = args.em as EntityManager;
    const ids = changed.map((c) => c.report.id);
    const rows = await em
      .getConnection()
      .execute<{ report_id: string; last: number }[]>(
        `select report_id, max(number)::int as last from reports.report_version where report_id in (${ids.map(() => '?').join(',')}) group by report_id`,
        ids,
        'all',
        em.getTransactionContext(),
      );
    const last = new Map(rows.map((r) => [r.report_id, r.last]));
    for (const { report, event } of changed) {
      const number = (last.get(report.id) ?? 0) + 1;
      last.set(report.id, number);
      const version = em.create(
        ReportVersion,
        { report, number, event, status: report.status, at: report.updatedAt ?? new Date(), actor: reportEditor.get(report) ?? 'platform', snapshot: snapshotOf(report) },
        { persist: false },
      );
      em.persist(version);
      args.uow.computeChangeSet(version);
    }
  }
}

/** Who is changing a report in the running command: loadReport and startReport note the actor (commands/report-commands.ts). */
export const reportEditor = new WeakMap<Report, string>();

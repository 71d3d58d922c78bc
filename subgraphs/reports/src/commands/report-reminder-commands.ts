import { addCalendarDays } from '@imepanel/runtime/calendar';
import { claimReminder, messageLanguageOf, sendEmail, stableMessageId, today, type JobRunner, type ServiceClient } from '@imepanel/runtime';
import type { ReportsCommandContext } from '../context';
import { OPEN_REPORT_STATUSES } from '../domain/report-lifecycle';
import { claimantCopyReminderDue, reportReminderDue } from '../domain/report-reminders';
import { Report, ReportDelivery, ReportStatus } from '../entities';

const EXAMINER_CONTACT = `query ($id: ID!) { examiner(id: $id) { email languages } }`;

/** The examiner's address and first language, asked of the examiners subgraph (which owns them). */
async function examinerContact(examiners: ServiceClient, id: string): Promise<[string, string] | null> {
  const data = await examiners.request<{ examiner: { email: string; languages: string[] } | null }>(EXAMINER_CONTACT, { id });
  return data.examiner ? [data.examiner.email, data.examiner.languages[0] ?? 'en'] : null;
}

/**
 * The daily report watch (docs/messaging.md, "Reminders"): reports due in two days and overdue (to the examiner
 * and QA, QA_NOTIFY_EMAIL), claimant copies due (to QA). Each reminder is claimed once per (report, threshold) in
 * the transaction that queues its e-mails; a second run finds the claim. Answers how many were sent.
 */
export async function sendReportReminders(ctx: ReportsCommandContext, jobs: JobRunner, examiners: ServiceClient, qaEmail: string | null): Promise<number> {
  const day = today(ctx.clock);
  const now = ctx.clock.now();
  let sent = 0;
  const remind = async (report: Report, threshold: string, send: (to: string, language: string) => Promise<unknown>, toExaminer: boolean) => {
    const contact = toExaminer ? await examinerContact(examiners, report.examinerId) : null;
    await ctx.em.transactional(async (tx) => {
      if (!(await claimReminder(tx, 'reports', { subjectType: 'Report', subjectId: report.id, threshold, sentAt: now }))) return;
      for (const [to, language] of [...(contact ? [contact] : []), ...(qaEmail ? ([[qaEmail, 'en']] as [string, string][]) : [])]) await send(to, language);
      sent++;
    });
  };

  const open = await ctx.em.find(Report, { status: { $in: [...OPEN_REPORT_STATUSES] }, dueDate: { $ne: null, $lte: addCalendarDays(day, 2) } }, { orderBy: { dueDate: 'asc', id: 'asc' } });
  for (const report of open) {
    const threshold = reportReminderDue(report.dueDate, report.status, day);
    if (!threshold) continue;
    const params = { reportId: report.id, caseId: report.caseId, dueDate: report.dueDate! };
    await remind(
      report,
      threshold,
      (to, language) =>
        sendEmail(jobs, {
          to,
          language: messageLanguageOf(language),
          template: threshold === 'OVERDUE' ? 'REPORT_OVERDUE' : 'REPORT_DUE',
          params,
          relatedType: 'Report',
          relatedId: report.id,
          messageId: stableMessageId('report', report.id, threshold, to),
        }),
      true,
    );
  }

  const final = await ctx.em.find(Report, { status: { $in: [ReportStatus.FINAL, ReportStatus.DELIVERED] }, claimantCopyDueAt: { $ne: null, $lte: new Date(now.getTime() + 86_400_000) } });
  const claimantCopies = new Set((await ctx.em.find(ReportDelivery, { report: { $in: final.map((r) => r.id) }, recipient: 'CLAIMANT' }, { fields: ['report'] })).map((d) => d.report.id));
  for (const report of final) {
    if (!claimantCopyReminderDue(report.claimantCopyDueAt, claimantCopies.has(report.id), now)) continue;
    await remind(
      report,
      'CLAIMANT_COPY_DUE',
      (to, language) =>
        sendEmail(jobs, {
          to,
          language: messageLanguageOf(language),
          template: 'CLAIMANT_COPY_DUE',
          params: { reportId: report.id, caseId: report.caseId, dueAt: report.claimantCopyDueAt!.toISOString().slice(0, 10) },
          relatedType: 'Report',
          relatedId: report.id,
          messageId: stableMessageId('report', report.id, 'CLAIMANT_COPY_DUE', to),
        }),
      false,
    );
  }
  return sent;
}

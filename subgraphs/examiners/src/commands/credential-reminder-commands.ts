import { addCalendarDays } from '@imepanel/runtime/calendar';
import { claimReminder, messageLanguageOf, recordEvent, sendEmail, stableMessageId, today, type JobRunner } from '@imepanel/runtime';
import type { ExaminersCommandContext } from '../context';
import { credentialReminderDue, CREDENTIAL_REMINDER_DAYS } from '../domain/credential-reminders';
import { Credential, ExaminerStatus } from '../entities';

/**
 * The daily credential watch (docs/messaging.md, "Reminders"): for every credential of a non-retired examiner
 * that expires within 90 days or has lapsed, the reminder due today (credentialReminderDue) is claimed once per
 * (credential, threshold) and, in the same transaction, announced — a CREDENTIAL_EXPIRING or CREDENTIAL_LAPSED
 * event in the outbox and an e-mail to the examiner (in their first language) and to the administrators
 * (ADMIN_NOTIFY_EMAIL). A second run, the same day or in another process, finds the claim and sends nothing.
 * Answers how many reminders were sent.
 */
export async function sendCredentialReminders(ctx: ExaminersCommandContext, jobs: JobRunner, adminEmail: string | null): Promise<number> {
  const day = today(ctx.clock);
  const horizon = addCalendarDays(day, CREDENTIAL_REMINDER_DAYS[0]);
  const credentials = await ctx.em.find(
    Credential,
    { expiresOn: { $ne: null, $lte: horizon }, examiner: { status: { $ne: ExaminerStatus.RETIRED } } },
    { populate: ['examiner'], orderBy: { expiresOn: 'asc', id: 'asc' } },
  );
  let sent = 0;
  for (const credential of credentials) {
    const due = credentialReminderDue(credential.expiresOn, day);
    if (!due) continue;
    const examiner = credential.examiner.getEntity();
    await ctx.em.transactional(async (tx) => {
      const claimed = await claimReminder(tx, 'examiners', { subjectType: 'Credential', subjectId: credential.id, threshold: due.threshold, sentAt: ctx.clock.now() });
      if (!claimed) return;
      const lapsed = due.threshold === 'LAPSED';
      recordEvent(tx, {
        type: lapsed ? 'CREDENTIAL_LAPSED' : 'CREDENTIAL_EXPIRING',
        aggregateType: 'Credential',
        aggregateId: credential.id,
        occurredAt: ctx.clock.now(),
        payload: { examinerId: examiner.id, credentialId: credential.id, kind: credential.kind, expiresOn: credential.expiresOn, threshold: due.threshold, daysLeft: due.daysLeft },
      });
      const recipients: [string, string][] = [[examiner.email, examiner.languages[0] ?? 'en'], ...(adminEmail ? ([[adminEmail, 'en']] as [string, string][]) : [])];
      for (const [to, language] of recipients) {
        const common = { to, language: messageLanguageOf(language), relatedType: 'Credential', relatedId: credential.id, messageId: stableMessageId('credential', credential.id, due.threshold, to) };
        await (lapsed
          ? sendEmail(jobs, { ...common, template: 'CREDENTIAL_LAPSED', params: { examinerName: examiner.displayName, credential: credential.kind, expiredOn: credential.expiresOn! } })
          : sendEmail(jobs, { ...common, template: 'CREDENTIAL_EXPIRING', params: { examinerName: examiner.displayName, credential: credential.kind, expiresOn: credential.expiresOn!, daysLeft: due.daysLeft } }));
      }
      sent++;
    });
  }
  return sent;
}

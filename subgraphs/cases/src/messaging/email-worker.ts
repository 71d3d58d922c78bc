import type { EmailJob, Mailer } from '@imepanel/runtime';
import type { MikroORM } from '@mikro-orm/postgresql';
import { Message, MessageStatus } from '../entities';

/**
 * Works one e-mail job (docs/messaging.md, "E-mail"): keeps the message in the message outbox (its id is the
 * message id, so a job run twice is one row and a sent message is not sent again) and, with SMTP_URL, sends it.
 * An SMTP failure is recorded and thrown, so pg-boss retries with backoff; on the last attempt the message is FAILED.
 */
export async function workEmail(orm: MikroORM, mailer: Mailer, job: { data: EmailJob; retryCount: number; retryLimit: number }): Promise<void> {
  const em = orm.em.fork();
  const data = job.data;
  let message = await em.findOne(Message, { id: data.messageId });
  if (!message) {
    message = em.create(Message, {
      id: data.messageId,
      recipient: data.to,
      language: data.language,
      template: data.template,
      subject: data.subject,
      text: data.text,
      html: data.html,
      attachmentNames: data.attachments.map((a) => a.filename),
      relatedType: data.relatedType,
      relatedId: data.relatedId,
    });
    em.persist(message);
  }
  if (message.status === MessageStatus.SENT) return;
  if (mailer.mode === 'LOCAL') {
    message.status = MessageStatus.STORED;
    await em.flush();
    return;
  }
  message.attempts += 1;
  try {
    message.smtpMessageId = await mailer.send(data);
    message.status = MessageStatus.SENT;
    message.sentAt = new Date();
    message.lastError = null;
    await em.flush();
  } catch (error) {
    message.lastError = (error instanceof Error ? error.message : String(error)).slice(0, 500);
    message.status = job.retryCount >= job.retryLimit ? MessageStatus.FAILED : MessageStatus.STORED;
    await em.flush();
    throw error;
  }
}

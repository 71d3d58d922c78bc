import { createHash, randomUUID } from 'node:crypto';
import nodemailer from 'nodemailer';
import type { JobRunner } from '../jobs/job-runner';
import { QUEUES } from '../jobs/queues';
import { renderMessage, type MessageLanguage, type MessageTemplate, type TemplateParams } from './templates';

/** A file sent with a message (the claimant notice's PDF, for one), base64 in the job. */
export interface EmailAttachment {
  filename: string;
  contentType: string;
  contentBase64: string;
}

/** One e-mail as the `email` queue carries it (docs/messaging.md, "E-mail"). */
export interface EmailJob {
  /** The message's id: the message outbox row's, so a job run twice keeps one row and sends once. */
  messageId: string;
  to: string;
  language: MessageLanguage;
  template: MessageTemplate;
  subject: string;
  text: string;
  html: string;
  attachments: EmailAttachment[];
  /** What the message is about (`Case` and its id, `Credential`…), for the administrators' view; no personal data. */
  relatedType: string | null;
  relatedId: string | null;
}

export interface SendEmailRequest<T extends MessageTemplate> {
  to: string;
  language: MessageLanguage;
  template: T;
  params: TemplateParams[T];
  attachments?: EmailAttachment[];
  relatedType?: string | null;
  relatedId?: string | null;
  /** Given to make a resend of the same message one message (a reminder's key, say). */
  messageId?: string;
}

/**
 * A message id that is the same for the same message (a reminder to one recipient for one subject and threshold):
 * queuing it again, from a retried job or a second process, queues and keeps it once.
 */
export function stableMessageId(...parts: string[]): string {
  const hex = createHash('sha256').update(parts.join('\u0000')).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Queues an e-mail in the recipient's language: the cases subgraph's e-mail worker keeps it in the message
 * outbox and sends it through SMTP_URL when one is set. What any service calls — the gateway's invitations and
 * password resets (`sendEmail(jobs, { template: 'INVITATION', … })`), the reminders, the webhook notices. Answers
 * the message id. Pass `db` to queue it in the caller's transaction (pg-boss's `db` option).
 */
export async function sendEmail<T extends MessageTemplate>(
  jobs: JobRunner,
  request: SendEmailRequest<T>,
  options: { db?: { executeSql(text: string, values: unknown[]): Promise<{ rows: unknown[] }> } } = {},
): Promise<string> {
  if (!EMAIL_PATTERN.test(request.to)) throw new RangeError(`not an e-mail address: '${request.to}'`);
  const rendered = renderMessage(request.template, request.language, request.params);
  const data: EmailJob = {
    messageId: request.messageId ?? randomUUID(),
    to: request.to,
    language: request.language,
    template: request.template,
    ...rendered,
    attachments: request.attachments ?? [],
    relatedType: request.relatedType ?? null,
    relatedId: request.relatedId ?? null,
  };
  // The job id is the message id: queuing one message twice queues it once.
  await jobs.insert([{ id: data.messageId, name: QUEUES.email, data }], options.db ? { db: options.db as never } : {});
  return data.messageId;
}

/** How the e-mail worker delivers: through SMTP, or nowhere (the message outbox keeps it; the embedded default). */
export interface Mailer {
  readonly mode: 'SMTP' | 'LOCAL';
  /** Sends through SMTP; answers the server's message id. Only in SMTP mode. */
  send(message: EmailJob): Promise<string>;
  close(): void;
}

/** SMTP_URL (smtp://user:pass@host:587, smtps://…) → nodemailer; none → the local outbox only. MAIL_FROM is the sender. */
export function createMailer(settings: { smtpUrl: string | null; from: string }): Mailer {
  if (!settings.smtpUrl) {
    return {
      mode: 'LOCAL',
      send: () => Promise.reject(new Error('no SMTP_URL: messages stay in the message outbox')),
      close: () => undefined,
    };
  }
  const transport = nodemailer.createTransport(settings.smtpUrl);
  return {
    mode: 'SMTP',
    async send(message) {
      const info = await transport.sendMail({
        from: settings.from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        html: message.html,
        headers: { 'Content-Language': message.language },
        attachments: message.attachments.map((a) => ({ filename: a.filename, contentType: a.contentType, content: Buffer.from(a.contentBase64, 'base64') })),
      });
      return info.messageId;
    },
    close: () => transport.close(),
  };
}

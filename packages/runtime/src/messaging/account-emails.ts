import type { JobRunner } from '../jobs/job-runner';
import { sendEmail } from './email';
import { messageLanguageOf, type MessageLanguage } from './templates';

/** Where a job is inserted: pg-boss's `db` option, the caller's transaction (see `sendEmail`). */
export type JobDatabase = { executeSql(text: string, values: unknown[]): Promise<{ rows: unknown[] }> };

/** How an invitation names the role it gives, in plain words: "as an administrator", "como analista". */
const ROLE_WORDS: Record<MessageLanguage, Record<string, string>> = {
  en: { ADMIN: 'an administrator', ANALYST: 'an analyst', CLIENT: 'a member of staff', EXAMINER: 'an examiner' },
  es: { ADMIN: 'administrador/a', ANALYST: 'analista', CLIENT: 'miembro del personal', EXAMINER: 'examinador/a' },
};

const until = (expiresAt: Date) => `${expiresAt.toISOString().slice(0, 16).replace('T', ' ')} UTC`;

/**
 * What the gateway's login calls to e-mail an invitation or a password reset (docs/messaging.md, "E-mail"): the
 * link is the one the invitation or reset function made; the language is the user's (English unless Spanish).
 * The gateway opens its job runner with `openJobRunner(loadJobSettings(env, identityDatabaseUrl), log, …)` and
 * passes `db` to queue the e-mail in the transaction that issued the link. `userId` names the account in the
 * message outbox (an id, no personal data). Answers the message id.
 */
export function emailInvitation(
  jobs: JobRunner,
  invitation: { to: string; language?: string | null; inviteLink: string; role: string; expiresAt: Date; organisation?: string | null; userId?: string | null },
  options: { db?: JobDatabase } = {},
) {
  const language = messageLanguageOf(invitation.language);
  return sendEmail(
    jobs,
    {
      to: invitation.to,
      language,
      template: 'INVITATION',
      params: { inviteLink: invitation.inviteLink, role: ROLE_WORDS[language][invitation.role] ?? invitation.role, expiresAt: until(invitation.expiresAt), organisation: invitation.organisation ?? null },
      relatedType: 'Invitation',
      relatedId: invitation.userId ?? null,
    },
    options,
  );
}

export function emailPasswordReset(
  jobs: JobRunner,
  reset: { to: string; language?: string | null; resetLink: string; expiresAt: Date; userId?: string | null },
  options: { db?: JobDatabase } = {},
) {
  return sendEmail(
    jobs,
    {
      to: reset.to,
      language: messageLanguageOf(reset.language),
      template: 'PASSWORD_RESET',
      params: { resetLink: reset.resetLink, expiresAt: until(reset.expiresAt) },
      relatedType: 'PasswordReset',
      relatedId: reset.userId ?? null,
    },
    options,
  );
}

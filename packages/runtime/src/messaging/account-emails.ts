import type { JobRunner } from '../jobs/job-runner';
import { sendEmail } from './email';
import { messageLanguageOf } from './templates';

/**
 * What the gateway's login calls to e-mail an invitation or a password reset (docs/messaging.md, "E-mail"): the
 * link is the one the invitation or reset function made; the language is the user's (English unless Spanish).
 * The gateway opens its job runner with `openJobRunner(loadJobSettings(env, identityDatabaseUrl), log, …)`.
 */
export function emailInvitation(jobs: JobRunner, invitation: { to: string; language?: string | null; inviteLink: string; role: string; expiresAt: Date; organisation?: string | null }) {
  return sendEmail(jobs, {
    to: invitation.to,
    language: messageLanguageOf(invitation.language),
    template: 'INVITATION',
    params: { inviteLink: invitation.inviteLink, role: invitation.role, expiresAt: invitation.expiresAt.toISOString().slice(0, 16).replace('T', ' ') + ' UTC', organisation: invitation.organisation ?? null },
    relatedType: 'Invitation',
  });
}

export function emailPasswordReset(jobs: JobRunner, reset: { to: string; language?: string | null; resetLink: string; expiresAt: Date }) {
  return sendEmail(jobs, {
    to: reset.to,
    language: messageLanguageOf(reset.language),
    template: 'PASSWORD_RESET',
    params: { resetLink: reset.resetLink, expiresAt: reset.expiresAt.toISOString().slice(0, 16).replace('T', ' ') + ' UTC' },
    relatedType: 'PasswordReset',
  });
}

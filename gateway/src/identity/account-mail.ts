import { emailInvitation, emailPasswordReset, type JobDatabase, type JobRunner } from '@imepanel/runtime';
import type { EntityManager } from '@mikro-orm/postgresql';

/** One account link to e-mail: an invitation or a password reset, to the account's address in its language. */
export type AccountEmail =
  | { purpose: 'INVITATION'; userId: string; to: string; language: string; link: string; expiresAt: Date; role: string; organisation: string | null }
  | { purpose: 'PASSWORD_RESET'; userId: string; to: string; language: string; link: string; expiresAt: Date };

/**
 * How the gateway e-mails account links (docs/security.md, "Accounts and invitations"; docs/messaging.md,
 * "E-mail"): through the job runner's `email` queue, which the cases subgraph's e-mail worker keeps in the
 * message outbox and sends through SMTP_URL when there is one.
 */
export interface AccountMailer {
  /** SMTP_URL is set: a queued message is sent to the user. Without it, it stays in the message outbox. */
  readonly sends: boolean;
  /**
   * The job runner's schema is in the identity database: the e-mail is queued in the transaction that issues the
   * link, so a link exists exactly when its e-mail does. Otherwise it is queued just after that commit.
   */
  readonly inTransaction: boolean;
  /** Queues the e-mail (in `tx` when `inTransaction`); answers its message id, the message outbox row's. */
  queue(email: AccountEmail, tx?: EntityManager): Promise<string>;
}

/**
 * pg-boss's `db` option on a MikroORM transaction: the statement runs on the transaction's connection. pg-boss
 * numbers its parameters ($1, $2 …); MikroORM's `execute` takes `?` placeholders in order, so each `$n` becomes a
 * `?` bound to the n-th value (a literal `?` in the statement is escaped).
 */
export function jobDatabaseOf(tx: EntityManager): JobDatabase {
  return {
    async executeSql(text, values) {
      const bound: unknown[] = [];
      const sql = text.replace(/\?/g, '\\?').replace(/\$(\d+)/g, (_match, n: string) => {
        bound.push(values[Number(n) - 1]);
        return '?';
      });
      const rows = await tx.getConnection().execute(sql, bound, 'all', tx.getTransactionContext());
      return { rows: rows as unknown[] };
    },
  };
}

const sameDatabase = (a: string, b: string) => {
  const [x, y] = [new URL(a), new URL(b)];
  return x.host === y.host && x.pathname === y.pathname;
};

/**
 * The gateway's mailer: `jobs` opened on JOBS_DATABASE_URL (else the identity database), `sends` when SMTP_URL is
 * set. The e-mail joins the identity transaction when both URLs name one database (the embedded default).
 */
export function accountMailer(jobs: JobRunner, options: { sends: boolean; identityDatabaseUrl: string; jobsDatabaseUrl: string }): AccountMailer {
  const inTransaction = sameDatabase(options.identityDatabaseUrl, options.jobsDatabaseUrl);
  return {
    sends: options.sends,
    inTransaction,
    queue(email, tx) {
      const db = inTransaction && tx ? { db: jobDatabaseOf(tx) } : {};
      if (email.purpose === 'INVITATION') {
        return emailInvitation(
          jobs,
          { to: email.to, language: email.language, inviteLink: email.link, role: email.role, expiresAt: email.expiresAt, organisation: email.organisation, userId: email.userId },
          db,
        );
      }
      return emailPasswordReset(jobs, { to: email.to, language: email.language, resetLink: email.link, expiresAt: email.expiresAt, userId: email.userId }, db);
    },
  };
}

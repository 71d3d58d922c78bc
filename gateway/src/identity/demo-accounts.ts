import type { Logger } from '@imepanel/runtime';
import type { MikroORM } from '@mikro-orm/postgresql';
import { auditIdentity } from './login';
import { updateUser } from './users';
import { UserAccount } from './user-account';
import type { RevocationSharing } from './sessions';

/**
 * The demo accounts `npm start` creates in development (scripts/lib/demo-users.ts), whose passwords are
 * published in the repository. `.example` is reserved (RFC 2606), so no real person has these addresses.
 */
export const DEMO_ACCOUNT_EMAILS = [
  'admin@imepanel.example',
  'client@imepanel.example',
  'examiner@imepanel.example',
  'analyst@imepanel.example',
  // The second client organisation's own users: its manager and a claims adjuster.
  'manager2@imepanel.example',
  'adjuster2@imepanel.example',
] as const;

/**
 * A production gateway must not accept published passwords: a database first used in development still has the
 * demo accounts, so a production start disables every one still active (ending its sessions) and says so.
 */
export async function disableDemoAccounts(orm: MikroORM, share: RevocationSharing, log: Logger): Promise<string[]> {
  const em = orm.em.fork();
  const active = await em.find(UserAccount, { email: { $in: [...DEMO_ACCOUNT_EMAILS] }, active: true });
  for (const account of active) {
    const outcome = await updateUser(em, account.id, { active: false }, share);
    await auditIdentity(orm, log, null, { operation: 'disableDemoAccount', recordIds: [account.id], details: { sessionsEnded: outcome?.sessionsEnded ?? 0 } });
  }
  if (active.length) {
    log.warn({ accounts: active.map((a) => a.email) }, 'NODE_ENV=production: disabled the demo accounts, whose passwords are published (docs/security.md)');
  }
  return active.map((a) => a.email);
}

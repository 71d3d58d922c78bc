import { createIdentityOrm, DEMO_ACCOUNT_EMAILS, loadIdentityDatabaseSettings, saveUser, updateUser } from '@imepanel/gateway';
import { databaseUrlFor, isProduction, type Logger, type UserRole } from '@imepanel/runtime';
import pg from 'pg';

export interface DemoUser {
  email: string;
  /** DEVELOPMENT ONLY: published in this file and printed by `npm start`. */
  password: string;
  role: UserRole;
  name: string;
  clientId?: string | null;
  examinerId?: string | null;
  boundTo?: string;
  /** A CLIENT user who manages their organisation's accounts (docs/security.md, "Accounts and invitations"). */
  manager?: boolean;
  /** Which client organisation of the demo data a CLIENT user belongs to: the first (0) or the second (1) by name. */
  organisation?: 0 | 1;
}

/**
 * One demo user per role, with development passwords, and a second client organisation with users of its own (its
 * manager and a claims adjuster); the first organisation's demo client is its manager. Never created when NODE_ENV=production, and a production
 * gateway disables any still active (gateway/src/identity/demo-accounts.ts, which lists their addresses).
 */
const [ADMIN, CLIENT, EXAMINER, ANALYST, MANAGER2, ADJUSTER2] = DEMO_ACCOUNT_EMAILS;
const DEMO_USERS: DemoUser[] = [
  { email: ADMIN, password: 'demo-admin-password', role: 'ADMIN', name: 'Avery Admin (demo)' },
  { email: CLIENT, password: 'demo-client-password', role: 'CLIENT', name: 'Casey Client (demo)', manager: true, organisation: 0 },
  { email: EXAMINER, password: 'demo-examiner-password', role: 'EXAMINER', name: 'Emery Examiner (demo)' },
  { email: ANALYST, password: 'demo-analyst-password', role: 'ANALYST', name: 'Alex Analyst (demo)' },
  { email: MANAGER2, password: 'demo-manager2-password', role: 'CLIENT', name: 'Morgan Manager (demo)', manager: true, organisation: 1 },
  { email: ADJUSTER2, password: 'demo-adjuster2-password', role: 'CLIENT', name: 'Adrian Adjuster (demo)', organisation: 1 },
];

async function rows(url: string, sql: string): Promise<{ id: string; label: string }[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ id: string; label: string }>(sql)).rows;
  } finally {
    await client.end();
  }
}

/**
 * Creates the demo users of the embedded default once (existing ones are left as they are): the CLIENT bound to
 * the first client of the demo data, the EXAMINER to the first active examiner. Answers the users to print.
 */
export async function seedDemoUsers(env: Record<string, string | undefined>, log: Logger): Promise<DemoUser[]> {
  if (isProduction(env)) {
    log.warn('not creating demo users: NODE_ENV=production (the gateway disables any left from development)');
    return [];
  }
  const clients = await rows(databaseUrlFor(env, 'cases'), `select id, name as label from cases.client where active order by name, id limit 2`);
  const [examiner] = await rows(
    databaseUrlFor(env, 'examiners'),
    `select id, first_name || ' ' || last_name as label from examiners.examiner order by (status = 'ACTIVE') desc, last_name, id limit 1`,
  );
  const orm = await createIdentityOrm(loadIdentityDatabaseSettings(env), log);
  const created: DemoUser[] = [];
  try {
    for (const user of DEMO_USERS) {
      const client = clients[user.organisation ?? 0];
      const binding =
        user.role === 'CLIENT'
          ? { clientId: client?.id, boundTo: `${client?.label}${user.manager ? ' (manager)' : ''}` }
          : user.role === 'EXAMINER'
            ? { examinerId: examiner?.id, boundTo: examiner?.label }
            : {};
      if ((user.role === 'CLIENT' && !client) || (user.role === 'EXAMINER' && !examiner)) {
        log.info({ role: user.role, email: user.email }, 'no demo user for this role: the database has nothing to bind it to yet');
        continue;
      }
      const account = await saveUser(orm.em.fork(), { email: user.email, displayName: user.name, password: user.password, role: user.role, manager: user.manager, ...binding });
      // A demo client made before organisations had managers becomes its organisation's manager now.
      if (user.manager && account.role === 'CLIENT' && !account.manager) await updateUser(orm.em.fork(), account.id, { manager: true });
      created.push({ ...user, ...binding });
    }
  } finally {
    await orm.close(true);
  }
  return created;
}

/** The lines `npm start` prints about logging in. */
export function demoUsersBanner(users: DemoUser[], gatewayUrl: string): string[] {
  if (users.length === 0) return [];
  const login = gatewayUrl.replace(/\/graphql$/, '/auth/login');
  return [
    '',
    `  Demo users (DEVELOPMENT passwords) — POST ${login} {"email","password"} → a bearer token:`,
    ...users.map((u) => `    ${u.role.padEnd(9)}${u.email.padEnd(29)}${u.password.padEnd(26)}${u.boundTo ? `→ ${u.boundTo}` : ''}`),
    `  Scripts: npm run token -- --role ADMIN   (or --role CLIENT --client <id>, --role EXAMINER --examiner <id>)`,
  ];
}

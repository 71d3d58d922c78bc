import { createIdentityOrm, DEMO_ACCOUNT_EMAILS, loadIdentityDatabaseSettings, saveUser } from '@imepanel/gateway';
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
}

/**
 * One demo user per role, with development passwords. Never created when NODE_ENV=production, and a production
 * gateway disables any still active (gateway/src/identity/demo-accounts.ts, which lists their addresses).
 */
const [ADMIN, CLIENT, EXAMINER, ANALYST] = DEMO_ACCOUNT_EMAILS;
const DEMO_USERS: DemoUser[] = [
  { email: ADMIN, password: 'demo-admin-password', role: 'ADMIN', name: 'Avery Admin (demo)' },
  { email: CLIENT, password: 'demo-client-password', role: 'CLIENT', name: 'Casey Client (demo)' },
  { email: EXAMINER, password: 'demo-examiner-password', role: 'EXAMINER', name: 'Emery Examiner (demo)' },
  { email: ANALYST, password: 'demo-analyst-password', role: 'ANALYST', name: 'Alex Analyst (demo)' },
];

async function firstRow(url: string, sql: string): Promise<{ id: string; label: string } | null> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query<{ id: string; label: string }>(sql);
    return result.rows[0] ?? null;
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
  const client = await firstRow(databaseUrlFor(env, 'cases'), `select id, name as label from cases.client where active order by name, id limit 1`);
  const examiner = await firstRow(
    databaseUrlFor(env, 'examiners'),
    `select id, first_name || ' ' || last_name as label from examiners.examiner order by (status = 'ACTIVE') desc, last_name, id limit 1`,
  );
  const orm = await createIdentityOrm(loadIdentityDatabaseSettings(env), log);
  const created: DemoUser[] = [];
  try {
    for (const user of DEMO_USERS) {
      const binding =
        user.role === 'CLIENT' ? { clientId: client?.id, boundTo: client?.label } : user.role === 'EXAMINER' ? { examinerId: examiner?.id, boundTo: examiner?.label } : {};
      if ((user.role === 'CLIENT' && !client) || (user.role === 'EXAMINER' && !examiner)) {
        log.info({ role: user.role }, 'no demo user for this role: the database has nothing to bind it to yet');
        continue;
      }
      await saveUser(orm.em.fork(), { email: user.email, displayName: user.name, password: user.password, role: user.role, ...binding });
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
    ...users.map((u) => `    ${u.role.padEnd(9)}${u.email.padEnd(28)}${u.password.padEnd(26)}${u.boundTo ? `→ ${u.boundTo}` : ''}`),
    `  Scripts: npm run token -- --role ADMIN   (or --role CLIENT --client <id>, --role EXAMINER --examiner <id>)`,
  ];
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '@imepanel/runtime';
import { computeReputationOnce, seedDemoDataOnce } from '../scripts/seeding/demo-seed';
import { seedDemoUsers } from '../scripts/lib/demo-users';
import { DEFAULT_SPECIALTY_CODE } from './support/fixtures';
import { startTestPlatform, type TestPlatform } from './support/platform';

/**
 * `npm start`'s first-start steps (scripts/start.ts: migrate, demo data, demo users, console, services,
 * reputation) on a real database: a first start that stopped after seeding is completed by the next start.
 */
let t: TestPlatform;
const log = createLogger('first-start-test', 'silent');
beforeAll(async () => {
  t = await startTestPlatform();
});
afterAll(async () => {
  await t?.close();
});

const count = async (sql: string) => Number((await t.sql.query<{ n: string }>(sql)).rows[0].n);
const scored = () => count('select count(*) as n from examiners.examiner where reputation_score is not null');
const snapshots = () => count('select count(*) as n from examiners.reputation_snapshot');

describe('a first start cut short after seeding the demo data', () => {
  it('is completed by the next start: reputation computed once, the demo administrator can sign in', async () => {
    const env = { DATABASE_URL: t.databaseUrl };
    // A first start finds a migrated, empty database: without the specialty every test platform creates.
    await t.sql.query(`delete from examiners.specialty where code = $1`, [DEFAULT_SPECIALTY_CODE]);
    // The first start committed the demo data and stopped there (as it did when its services could not start).
    expect(await seedDemoDataOnce(env, log)).toBe(true);
    expect(await scored()).toBe(0);

    // The next start runs every step again, in start.ts's order: the data is left as it is, the rest is done.
    expect(await seedDemoDataOnce(env, log)).toBe(false);
    const users = await seedDemoUsers(env, log);
    expect(await computeReputationOnce(env, t.gatewayUrl, log)).toBe(true);
    const examiners = await count(`select count(*) as n from examiners.examiner where status <> 'RETIRED'`);
    expect(await snapshots()).toBe(examiners);
    expect(await scored()).toBeGreaterThan(examiners / 2);

    const admin = users.find((u) => u.role === 'ADMIN')!;
    const login = await fetch(t.gatewayUrl.replace(/\/graphql$/, '/auth/login'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: admin.email, password: admin.password }),
    });
    expect(login.status).toBe(200);

    // And the start after that changes nothing: no second set of snapshots.
    expect(await seedDemoDataOnce(env, log)).toBe(false);
    expect(await computeReputationOnce(env, t.gatewayUrl, log)).toBe(false);
    expect(await snapshots()).toBe(examiners);
  });
});

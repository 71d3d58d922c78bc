import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIdentityOrm, loadGatewayConfig, saveUser, startGateway } from '@imepanel/gateway';
import { createLogger, type RunningService } from '@imepanel/runtime';
import { ON_FREE_LOCAL_PORTS } from '../scripts/lib/platform';
import { startTestPlatform, type TestPlatform } from './support/platform';

/**
 * Two gateway replicas sharing one Redis (REDIS_URL, the Redis running on this machine): a revocation, a rate
 * limit or a lockout reached through one applies at the other, and at the subgraphs, at once. Each run uses its
 * own key prefix, so runs never see each other's keys.
 */
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
let t: TestPlatform;
let second: RunningService;
let env: Record<string, string>;
const PASSWORD = 'correct horse battery';
let userId: string;

beforeAll(async () => {
  env = {
    REDIS_URL,
    REDIS_KEY_PREFIX: `imepanel-test-${randomBytes(4).toString('hex')}:`,
    RATE_LIMIT_BURST: '12',
    RATE_LIMIT_PER_MINUTE: '12',
    LOGIN_RATE_LIMIT_BURST: '1000',
    LOGIN_RATE_LIMIT_PER_MINUTE: '1000',
    LOGIN_LOCKOUT_THRESHOLD: '2',
    LOGIN_LOCKOUT_SECONDS: '60',
  };
  t = await startTestPlatform(env);
  second = await startGateway(
    { ...loadGatewayConfig({ ...env, DATABASE_URL: t.databaseUrl, ...ON_FREE_LOCAL_PORTS }), subgraphUrls: t.subgraphUrls },
    createLogger('gateway-2', 'silent'),
  );
  const orm = await createIdentityOrm({ databaseUrl: t.databaseUrl, poolMax: 1, slowQueryMs: 1000 }, createLogger('test', 'silent'));
  try {
    userId = (await saveUser(orm.em.fork(), { email: 'replicas@redis.example', displayName: 'Replicated user', password: PASSWORD, role: 'ANALYST' })).id;
    await saveUser(orm.em.fork(), { email: 'locked@redis.example', displayName: 'Locked user', password: PASSWORD, role: 'ANALYST' });
  } finally {
    await orm.close(true);
  }
}, 120_000);
afterAll(async () => {
  await second?.close();
  await t?.close();
  // Leave the shared Redis as it was: this run's keys go.
  const redis = new Redis(REDIS_URL);
  const keys = await redis.keys(`${env.REDIS_KEY_PREFIX}*`);
  if (keys.length) await redis.del(...keys);
  redis.disconnect();
});

const gateways = () => ({ first: t.gatewayUrl, second: second.url });
async function post(url: string, body: unknown, token?: string) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json().catch(() => null)) as any, headers: response.headers };
}
const auth = (gateway: string, path: string) => gateway.replace(/\/graphql$/, path);
const query = (url: string, token: string) => post(url, { query: '{ __typename }' }, token);

describe('two gateway replicas sharing REDIS_URL', () => {
  it('a sign-out through one refuses the session at the other and at every subgraph, at once', async () => {
    const session = await post(auth(gateways().first, '/auth/login'), { email: 'replicas@redis.example', password: PASSWORD });
    expect(session.status).toBe(200);
    for (const url of [gateways().second, ...Object.values(t.subgraphUrls)]) expect((await query(url, session.body.token)).status).toBe(200);
    const out = await fetch(auth(gateways().second, '/auth/logout'), { method: 'POST', headers: { authorization: `Bearer ${session.body.token}` } });
    expect(out.status).toBe(204);
    for (const url of [gateways().first, gateways().second, ...Object.values(t.subgraphUrls)]) {
      const refused = await query(url, session.body.token);
      expect(refused.status, url).toBe(401);
      expect(refused.body.errors[0].message).toMatch(/revoked/);
    }
  });

  it("an administrator's “end sessions now” at one replica ends them at the other", async () => {
    const session = await post(auth(gateways().second, '/auth/login'), { email: 'replicas@redis.example', password: PASSWORD });
    const admin = await t.token({ role: 'ADMIN', sub: 'redis-test-admin' });
    const ended = await fetch(auth(gateways().first, `/auth/users/${userId}/sessions`), { method: 'DELETE', headers: { authorization: `Bearer ${admin}` } });
    expect(((await ended.json()) as any).sharedAtOnce).toBe(true);
    for (const url of [gateways().second, ...Object.values(t.subgraphUrls)]) expect((await query(url, session.body.token)).status, url).toBe(401);
  });

  it('shares one rate-limit budget per identity between the replicas and the subgraphs reached directly', async () => {
    const token = await t.token({ role: 'ANALYST', sub: `redis-noisy-${randomBytes(3).toString('hex')}` });
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await query(gateways().first, token)).status);
    for (let i = 0; i < 6; i++) statuses.push((await query(t.subgraphUrls.cases, token)).status);
    expect(statuses).toEqual(Array(12).fill(200));
    const refused = await query(gateways().second, token);
    expect(refused.status).toBe(429);
    expect(refused.body.errors[0].extensions.code).toBe('TOO_MANY_REQUESTS');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await query(t.subgraphUrls.reports, token)).status).toBe(429);
    // Another identity has its own budget.
    expect((await query(gateways().second, await t.token({ role: 'ANALYST' }))).status).toBe(200);
  });

  it('locks an account for every replica', async () => {
    const login = (gateway: string, password: string) => post(auth(gateway, '/auth/login'), { email: 'locked@redis.example', password });
    await login(gateways().first, 'wrong guess number one');
    await login(gateways().second, 'wrong guess number two'); // the second failure: locked for a minute, everywhere
    const wrong = await login(gateways().first, 'wrong guess number three');
    const right = await login(gateways().first, PASSWORD);
    expect(right.status).toBe(401);
    expect(right.body).toEqual(wrong.body);
    expect((await login(gateways().second, PASSWORD)).status).toBe(401);
  });
});

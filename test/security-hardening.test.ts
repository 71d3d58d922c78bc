import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAuthConfig, serviceToken } from '@imepanel/runtime';
import { startTestPlatform, type TestPlatform } from './support/platform';

let t: TestPlatform;
beforeAll(async () => {
  t = await startTestPlatform({
    GRAPHQL_INTROSPECTION: 'false',
    GRAPHQL_LANDING_PAGE: 'false',
    CORS_ORIGINS: 'https://admin.example.org',
    RATE_LIMIT_BURST: '40',
    RATE_LIMIT_PER_MINUTE: '60',
    GATEWAY_BODY_LIMIT: '50kb',
  });
});
afterAll(async () => {
  await t?.close();
});

async function gateway(body: unknown, options: { headers?: Record<string, string>; raw?: string; token?: string } = {}) {
  const token = options.token ?? (await t.token({ role: 'ADMIN' }));
  const response = await fetch(t.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...options.headers },
    body: options.raw ?? JSON.stringify(body),
  });
  return { status: response.status, headers: response.headers, body: (await response.json().catch(() => null)) as any };
}

/** Runs the request and answers its response and the SQL statements all subgraphs ran meanwhile. */
const measured = (body: unknown) => t.countStatements(() => gateway(body));

describe('query limits refuse abusive operations before any resolver runs', () => {
  it('refuses a query nested too deep', async () => {
    let selection = 'id';
    for (let i = 0; i < 6; i++) selection = `cases { examiner { ${selection} } }`;
    const { result, statements } = await measured({ query: `{ examiners { items { ${selection} } } }` });
    expect(result.status).toBe(400);
    expect(result.body.errors[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'depth', max: 10 });
    expect(result.body.errors[0].message).toMatch(/depth is 15, over the limit of 10/);
    expect(result.body.data).toBeUndefined();
    expect(statements).toBe(0);
  });

  it('refuses an alias attack', async () => {
    const aliases = Array.from({ length: 200 }, (_, i) => `a${i}: examiners { total }`).join(' ');
    const { result, statements } = await measured({ query: `{ ${aliases} }` });
    expect(result.status).toBe(400);
    expect(result.body.errors[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'aliases', value: 200, max: 30 });
    expect(statements).toBe(0);
  });

  it('refuses an operation too costly, counting list sizes, page limits given in variables too', async () => {
    const query = `query ($p: PageInput) { cases(page: $p) { items { id examiner { cases(page: $p) { id reports { id } } } } } }`;
    const { result, statements } = await measured({ query, variables: { p: { limit: 200 } } });
    expect(result.status).toBe(400);
    expect(result.body.errors[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'cost', max: 20000 });
    expect(statements).toBe(0);
    const small = await gateway({ query, variables: { p: { limit: 5 } } });
    expect(small.status).toBe(200);
    expect(small.body.errors).toBeUndefined();
  });

  it('refuses a fragment bomb quickly', async () => {
    const fragments = Array.from({ length: 30 }, (_, i) => `fragment F${i} on Examiner { ${i < 29 ? `...F${i + 1} ...F${i + 1}` : 'cases { id }'} }`).join('\n');
    const started = performance.now();
    const { result, statements } = await measured({ query: `{ examiners { items { ...F0 } } } ${fragments}` });
    expect(result.body.errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect(statements).toBe(0);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('refuses a document with too many tokens before validating it', async () => {
    const fields = Array.from({ length: 6000 }, () => 'x').join(' ');
    const { result, statements } = await measured({ query: `{ ${fields} }` });
    expect(result.status).toBe(400);
    expect(result.body.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(result.body.errors[0].message).toMatch(/tokens/);
    expect(statements).toBe(0);
  });
});

describe('request hardening', () => {
  it('prevents CSRF: simple requests a browser form could send are refused', async () => {
    const form = await gateway(null, { raw: 'query={ __typename }', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(form.status).toBe(400);
    const token = await t.token({ role: 'ADMIN' });
    const get = await fetch(`${t.gatewayUrl}?query=${encodeURIComponent('{ __typename }')}`, { headers: { authorization: `Bearer ${token}` } });
    expect(get.status).toBe(400);
    expect(((await get.json()) as any).errors[0].message).toMatch(/Cross-Site Request Forgery/);
    const preflighted = await fetch(`${t.gatewayUrl}?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { authorization: `Bearer ${token}`, 'apollo-require-preflight': 'true' },
    });
    expect(preflighted.status).toBe(200);
  });

  it('turns introspection and the landing page off when configured', async () => {
    const introspection = await gateway({ query: '{ __schema { types { name } } }' });
    expect(introspection.status).toBe(400);
    expect(introspection.body.errors[0].message).toMatch(/introspection/i);
    const landing = await fetch(t.gatewayUrl, { headers: { accept: 'text/html' } });
    expect(landing.status).toBe(401);
  });

  it('limits the request body size with 413 and answers malformed JSON with 400, as GraphQL errors', async () => {
    const big = await gateway({ query: '{ __typename }', variables: { padding: 'x'.repeat(60_000) } });
    expect(big.status).toBe(413);
    expect(big.body.errors[0].extensions.code).toBe('BAD_REQUEST');
    const malformed = await gateway(null, { raw: '{"query": ' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('rate-limits each identity separately with 429 TOO_MANY_REQUESTS and Retry-After', async () => {
    const noisy = await t.token({ role: 'ANALYST', sub: 'noisy-analyst' });
    const statuses: number[] = [];
    let refusal: Awaited<ReturnType<typeof gateway>> | undefined;
    for (let i = 0; i < 45; i++) {
      const response = await gateway({ query: '{ __typename }' }, { token: noisy });
      statuses.push(response.status);
      if (response.status === 429) refusal ??= response;
    }
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(40);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(1);
    expect(refusal!.body.errors[0].extensions.code).toBe('TOO_MANY_REQUESTS');
    expect(Number(refusal!.headers.get('retry-after'))).toBeGreaterThan(0);
    const other = await gateway({ query: '{ __typename }' }, { token: await t.token({ role: 'ANALYST', sub: 'quiet-analyst' }) });
    expect(other.status).toBe(200);
  });

  it('applies the same per-identity rate limit at a subgraph reached directly, without starving calls through the gateway or between services', async () => {
    const direct = await t.token({ role: 'ANALYST', sub: 'direct-caller' });
    const statuses: number[] = [];
    for (let i = 0; i < 41; i++) {
      const response = await fetch(t.subgraphUrls.examiners, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${direct}` },
        body: '{"query":"{ __typename }"}',
      });
      statuses.push(response.status);
      if (response.status === 429) {
        const body = (await response.json()) as any;
        expect(body.errors[0].extensions.code).toBe('TOO_MANY_REQUESTS');
        expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
      }
    }
    expect(statuses.slice(0, 40)).toEqual(Array(40).fill(200));
    expect(statuses[40]).toBe(429);

    // Through the gateway, each request fans out to every subgraph; only the gateway counts it, once.
    const viaGateway = await t.token({ role: 'ADMIN', sub: 'fan-out-caller' });
    const fanOut = '{ examiners(page: { limit: 1 }) { items { id cases { id reports { id } } } } cases(page: { limit: 1 }) { items { id examiner { id } reports { id } } } }';
    for (let i = 0; i < 40; i++) {
      const response = await gateway({ query: fanOut }, { token: viaGateway });
      expect(response.status, `request ${i + 1}`).toBe(200);
      expect(response.body.errors).toBeUndefined();
    }
    // A service calling a subgraph (here with its own identity) is never limited.
    const service = await serviceToken(loadAuthConfig({}), 'reports');
    for (let i = 0; i < 45; i++) {
      const response = await fetch(t.subgraphUrls.cases, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${service}` }, body: '{"query":"{ __typename }"}' });
      expect(response.status).toBe(200);
    }
  });

  it('marks responses as not cacheable and not sniffable', async () => {
    const response = await gateway({ query: '{ __typename }' });
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it('allows cross-origin calls only from configured origins', async () => {
    const preflight = (origin: string) =>
      fetch(t.gatewayUrl, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' } });
    const allowed = await preflight('https://admin.example.org');
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://admin.example.org');
    expect(allowed.headers.get('access-control-allow-headers')).toMatch(/authorization/);
    const refused = await preflight('https://evil.example');
    expect(refused.status).toBe(403);
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
    const simple = await gateway({ query: '{ __typename }' }, { headers: { origin: 'https://evil.example' } });
    expect(simple.headers.get('access-control-allow-origin')).toBeNull();
  });
});

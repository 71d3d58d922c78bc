import { networkInterfaces } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, caseInput, uniqueSuffix } from './support/fixtures';
import { lifecycleStates } from './support/lifecycle-states';
import { startTestPlatform, type TestPlatform } from './support/platform';
import { createTenancyWorld } from './support/security-fixtures';

/**
 * Attacks on the limits of the API (issue 12): costs computed on the values an operation really runs with,
 * subgraphs reached directly, statistics, the caller's mistakes, schema hints, metrics, request ids and CSV.
 */
const METRICS_TOKEN = 'metrics-token-for-the-limits-test-0123456789';

let t: TestPlatform;
beforeAll(async () => {
  t = await startTestPlatform({
    GRAPHQL_INTROSPECTION: 'false',
    SUBGRAPH_INTROSPECTION: 'false',
    METRICS_TOKEN,
  });
});
afterAll(async () => {
  await t?.close();
});

interface Answer {
  status: number;
  headers: Headers;
  body: any;
}

async function post(url: string, body: unknown, options: { headers?: Record<string, string>; token?: string } = {}): Promise<Answer> {
  const token = options.token ?? (await t.token({ role: 'ADMIN' }));
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...options.headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, headers: response.headers, body: (await response.json().catch(() => null)) as any };
}

const gateway = (body: unknown, options?: Parameters<typeof post>[2]) => post(t.gatewayUrl, body, options);
const subgraph = (name: string, body: unknown, options?: Parameters<typeof post>[2]) => post(t.subgraphUrls[name], body, options);
const measured = (work: () => Promise<Answer>) => t.countStatements(work);

const expectRefused = (answer: Answer, extensions: Record<string, unknown>) => {
  expect(answer.status, JSON.stringify(answer.body)).toBe(400);
  expect(answer.body.errors[0].extensions).toMatchObject(extensions);
  expect(answer.body.data).toBeUndefined();
};

describe('the cost limit counts the values an operation runs with', () => {
  const NESTED = 'examiners(page: $p) { items { cases(page: $p) { id reports { id } } } }';

  it('applies a variable default as a given value would, before any subgraph is called', async () => {
    const writtenOut = await gateway({ query: `{ ${NESTED.replaceAll('$p', '{ limit: 200 }')} }` });
    expectRefused(writtenOut, { code: 'QUERY_TOO_COMPLEX', limit: 'cost', max: 20000 });
    const cost = writtenOut.body.errors[0].extensions.value;

    const { result, statements } = await measured(() => gateway({ query: `query Q($p: PageInput = { limit: 200 }) { ${NESTED} }` }));
    expectRefused(result, { code: 'QUERY_TOO_COMPLEX', limit: 'cost', value: cost });
    expect(statements).toBe(0);

    // A variable given overrides its default, both ways.
    const small = await gateway({ query: `query Q($p: PageInput = { limit: 200 }) { ${NESTED} }`, variables: { p: { limit: 2 } } });
    expect(small.status).toBe(200);
    expect(small.body.errors).toBeUndefined();
  });
});

describe('a subgraph reached directly applies the same limits as the gateway', () => {
  const ROOT_LIST: Record<string, string> = { examiners: 'examiners', cases: 'cases', reports: 'reports' };

  for (const name of ['examiners', 'cases', 'reports']) {
    it(`${name}: refuses 60 aliases, a query nested 11 deep and a query costing millions, running no SQL`, async () => {
      const aliases = Array.from({ length: 60 }, (_, i) => `a${i}: ${ROOT_LIST[name]} { total }`).join(' ');
      const aliased = await measured(() => subgraph(name, { query: `{ ${aliases} }` }));
      expectRefused(aliased.result, { code: 'QUERY_TOO_COMPLEX', limit: 'aliases', value: 60, max: 30 });
      expect(aliased.statements).toBe(0);

      const deep = await measured(() => subgraph(name, { query: DEEP[name] }));
      expectRefused(deep.result, { code: 'QUERY_TOO_COMPLEX', limit: 'depth', max: 10 });
      expect(deep.statements).toBe(0);

      const costly = await measured(() => subgraph(name, { query: `{ ${ROOT_LIST[name]}(page: { limit: 200 }) { items { ...Wide } } } ${WIDE[name]}` }));
      expectRefused(costly.result, { code: 'QUERY_TOO_COMPLEX', limit: 'cost', max: 20000 });
      expect(costly.statements).toBe(0);
    });
  }

  it('refuses an _entities call whose representations multiply the selection past the cost limit', async () => {
    const representations = Array.from({ length: 1000 }, () => ({ __typename: 'Case', id: crypto.randomUUID() }));
    const answer = await subgraph('reports', {
      query: `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Case { reports { id addenda { id deliveries { id } } } } } }`,
      variables: { r: representations },
    });
    expectRefused(answer, { code: 'QUERY_TOO_COMPLEX', limit: 'cost' });
  });

  it('still answers the gateway a federated page of 200 cases with their reports, client and examiner', async () => {
    const client = await createClient(t.gateway);
    const created: string[] = [];
    for (let batch = 0; batch < 25; batch++) {
      const ids = await Promise.all(
        Array.from({ length: 8 }, () =>
          t.gateway
            .request<{ createCase: { id: string } }>(`mutation ($input: CreateCaseInput!) { createCase(input: $input) { id } }`, { input: caseInput(client.id) })
            .then((d) => d.createCase.id),
        ),
      );
      created.push(...ids);
    }
    const examiner = await t.gateway.request<{ examiners: { items: { id: string }[] } }>('{ examiners(page: { limit: 1 }) { items { id } } }');
    await t.sql.query(`update cases.ime_case set examiner_id = $1 where id = any($2::uuid[])`, [examiner.examiners.items[0]?.id ?? crypto.randomUUID(), created]);
    const answer = await gateway({
      query: `query ($client: ID!) { cases(page: { limit: 200 }, filter: { clientId: $client }) {
        total items { id status client { name } reports { id status } currentReportStatus examiner { id displayName } }
      } }`,
      variables: { client: client.id },
    });
    expect(answer.body.errors, JSON.stringify(answer.body.errors)).toBeUndefined();
    expect(answer.body.data.cases.total).toBe(200);
    expect(answer.body.data.cases.items).toHaveLength(200);
    expect(answer.body.data.cases.items[0].reports).toEqual([]);
  });
});

/** One query per subgraph nested past the depth limit, through its own types only. */
const DEEP: Record<string, string> = {
  examiners: '{ examiners { items { specialties { specialty { children { children { children { children { children { children { children { code } } } } } } } } } } } }',
  cases: '{ cases { items { panels { members { examiner { cases { panels { members { examiner { cases { id } } } } } } } } } } }',
  reports: '{ reports { items { addenda { addenda { addenda { addenda { addenda { addenda { addenda { addenda { id } } } } } } } } } } }',
};

/** One fragment per subgraph that fans out over its lists: with a page of 200 it costs far over 20,000. */
const WIDE: Record<string, string> = {
  examiners: 'fragment Wide on Examiner { id offices { id city } specialties { id specialty { name children { code name } } } credentials { id kind } }',
  cases: 'fragment Wide on Case { id panels { id members { examinerId position } } appointments { id scheduledAt } referralQuestions { text } }',
  reports: 'fragment Wide on Report { id addenda { id deliveries { id recipient } qaReviews { id checklist { item passed } } } }',
};

describe('statistics cost what they cost the database', () => {
  const aliased = (field: string, count: number) =>
    `{ ${Array.from({ length: count }, (_, i) => `s${i}: ${field}(groupBy: []) { overall { count } }`).join(' ')} }`;

  it('refuses 30 aliased caseStats at the gateway and at the cases subgraph, running no SQL', async () => {
    const token = await t.token({ role: 'ANALYST' });
    const atGateway = await measured(() => gateway({ query: aliased('caseStats', 30) }, { token }));
    expectRefused(atGateway.result, { code: 'QUERY_TOO_COMPLEX', limit: 'cost', max: 20000 });
    expect(atGateway.statements).toBe(0);
    const direct = await measured(() => subgraph('cases', { query: aliased('caseStats', 30) }, { token }));
    expectRefused(direct.result, { code: 'QUERY_TOO_COMPLEX', limit: 'cost' });
    expect(direct.statements).toBe(0);
    const reports = await gateway({ query: aliased('reportStats', 30) }, { token });
    expectRefused(reports, { code: 'QUERY_TOO_COMPLEX', limit: 'cost' });
  });

  it('still answers a case and a report statistic in one operation', async () => {
    const answer = await gateway({ query: '{ caseStats(groupBy: [JURISDICTION]) { groups { jurisdiction count } } reportStats(groupBy: [STATUS]) { overall { count } } }' });
    expect(answer.body.errors).toBeUndefined();
  });
});

describe("the caller's mistakes are answered as such, not as server errors", () => {
  it('two operations without an operationName: 400 OPERATION_RESOLUTION_FAILURE, at the gateway and a subgraph', async () => {
    const body = { query: 'query A { __typename } query B { __typename }' };
    for (const answer of [await gateway(body), await subgraph('cases', body)]) {
      expect(answer.status).toBe(400);
      expect(answer.body.errors[0].extensions.code).toBe('OPERATION_RESOLUTION_FAILURE');
      expect(answer.body.errors[0].message).toMatch(/operationName/);
    }
    const unknown = await gateway({ ...body, operationName: 'C' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors[0].extensions.code).toBe('OPERATION_RESOLUTION_FAILURE');
  });

  it('a persisted query whose hash does not match: 400 BAD_REQUEST', async () => {
    const answer = await gateway({ query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } } });
    expect(answer.status).toBe(400);
    expect(answer.body.errors[0].extensions).toEqual({ code: 'BAD_REQUEST' });
    expect(answer.body.errors[0].message).toMatch(/sha does not match/);
  });

  it('_entities with a type that is no entity, a malformed id or a NUL: 400 BAD_USER_INPUT naming the representation', async () => {
    const query = `query ($r: [_Any!]!) { _entities(representations: $r) { __typename } }`;
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ __typename: 'Claimant', id: crypto.randomUUID() }, /Claimant is not an entity/],
      [{ __typename: 'AuditEntry', id: crypto.randomUUID() }, /AuditEntry is not an entity/],
      [{ __typename: 'Nonexistent', id: crypto.randomUUID() }, /Nonexistent is not an entity/],
      [{ __typename: 'Case', id: `${crypto.randomUUID()}\u0000` }, /NUL/],
      [{ __typename: 'Case', id: 'not-a-uuid' }, /must be an id/],
      [{ __typename: 'Case' }, /id is required/],
      [{ __typename: 'Case', id: crypto.randomUUID(), claimNumber: 'forged' }, /claimNumber is not a key field/],
    ];
    for (const [representation, message] of cases) {
      const answer = await subgraph('cases', { query, variables: { r: [{ __typename: 'Client', id: crypto.randomUUID() }, representation] } });
      expect(answer.status, JSON.stringify(representation)).toBe(400);
      expect(answer.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(answer.body.errors[0].extensions.fields[0].field).toMatch(/^representations\.1\./);
      expect(answer.body.errors[0].message).toMatch(message);
    }
    const fine = await subgraph('cases', { query, variables: { r: [{ __typename: 'Case', id: crypto.randomUUID() }] } });
    expect(fine.body).toEqual({ data: { _entities: [null] } });
  });
});

describe('schema details stay hidden when introspection is off', () => {
  it('answers a misspelt field without suggesting the right one, at the gateway and at a subgraph', async () => {
    const query = `{ case(id: "${crypto.randomUUID()}") { claimantt } }`;
    for (const answer of [await gateway({ query }), await subgraph('cases', { query })]) {
      expect(answer.status).toBe(400);
      expect(answer.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(answer.body.errors[0].message).toMatch(/Cannot query field "claimantt"/);
      expect(answer.body.errors[0].message).not.toMatch(/Did you mean/);
    }
  });

  it('answers a misspelt enum value, written out or in a variable, without suggesting the right one', async () => {
    const written = { query: '{ cases(filter: { status: [REQUESTE] }) { total } }' };
    const variable = { query: 'query ($s: [CaseStatus!]) { cases(filter: { status: $s }) { total } }', variables: { s: ['REQUESTE'] } };
    for (const answer of [await gateway(written), await gateway(variable), await subgraph('cases', written), await subgraph('cases', variable)]) {
      expect(answer.status).toBe(400);
      expect(answer.body.errors[0].message).toMatch(/REQUESTE/);
      expect(answer.body.errors[0].message).not.toMatch(/Did you mean|REQUESTED/);
    }
  });
});

describe('metrics need the metrics token when one is configured', () => {
  it('refuses /metrics without it on every service, and serves them with it', async () => {
    const urls = [t.gatewayUrl, ...Object.values(t.subgraphUrls)].map((url) => url.replace('/graphql', '/metrics'));
    for (const url of urls) {
      const anonymous = await fetch(url);
      expect(anonymous.status, url).toBe(401);
      const userToken = await fetch(url, { headers: { authorization: `Bearer ${await t.token({ role: 'ADMIN' })}` } });
      expect(userToken.status, url).toBe(401);
      const scraped = await fetch(url, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
      expect(scraped.status, url).toBe(200);
      expect(await scraped.text()).toContain('graphql_operations_total');
    }
  });
});

describe('the platform chooses the request id; the caller’s is kept as its correlation id', () => {
  const CREATE_CLIENT = `mutation ($input: CreateClientInput!) { createClient(input: $input) { id } }`;
  const auditOf = async (recordId: string) => {
    const data = await t.gateway.request<any>(
      `query ($id: ID!) { casesAuditLog(filter: { recordId: $id, operation: "createClient" }) { items { requestId correlationId } } }`,
      { id: recordId },
    );
    return data.casesAuditLog.items[0];
  };
  const input = () => ({ name: `Correlated ${uniqueSuffix()}`, kind: 'INSURER', contactEmail: 'claims@example.org' });

  it('at the gateway: a forged x-request-id is not the audit entry’s request id, but its correlation id', async () => {
    const answer = await gateway({ query: CREATE_CLIENT, variables: { input: input() } }, { headers: { 'x-request-id': 'forged-request-id-1' } });
    const requestId = answer.headers.get('x-request-id')!;
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(answer.headers.get('x-correlation-id')).toBe('forged-request-id-1');
    expect(await auditOf(answer.body.data.createClient.id)).toEqual({ requestId, correlationId: 'forged-request-id-1' });
  });

  it('at a subgraph reached directly: the same, and a forged forward signature is not trusted either', async () => {
    for (const headers of <Record<string, string>[]>[
      { 'x-request-id': 'forged-request-id-2' },
      { 'x-request-id': 'forged-request-id-2', 'x-request-id-signature': `${Math.floor(Date.now() / 1000) + 60}.${'A'.repeat(43)}` },
    ]) {
      const answer = await subgraph('cases', { query: CREATE_CLIENT, variables: { input: input() } }, { headers });
      const requestId = answer.headers.get('x-request-id')!;
      expect(requestId).not.toBe('forged-request-id-2');
      expect(await auditOf(answer.body.data.createClient.id)).toEqual({ requestId, correlationId: 'forged-request-id-2' });
    }
  });

  it('a mutation without a client id records the gateway’s id, carried through the subgraph', async () => {
    const answer = await gateway({ query: CREATE_CLIENT, variables: { input: input() } });
    expect(await auditOf(answer.body.data.createClient.id)).toEqual({ requestId: answer.headers.get('x-request-id'), correlationId: null });
  });

  it('a subgraph calling another carries both ids on (finalising a report marks its case REPORTED)', async () => {
    const w = await createTenancyWorld(t);
    const report = await lifecycleStates(t.gateway, t.sql, w.specialtyCode).inQa(w.clientA.id, w.examinerE.id);
    const answer = await gateway(
      { query: `mutation ($id: ID!, $v: Int!) { finaliseReport(id: $id, version: $v) { id } }`, variables: { id: report.id, v: report.version } },
      { headers: { 'x-correlation-id': 'client-batch-7' } },
    );
    expect(answer.body.errors).toBeUndefined();
    const data = await t.gateway.request<any>(
      `query ($id: ID!) { casesAuditLog(filter: { recordId: $id, operation: "markCaseReported" }) { items { actorId requestId correlationId } } }`,
      { id: report.caseId },
    );
    expect(data.casesAuditLog.items).toEqual([{ actorId: 'service:reports', requestId: answer.headers.get('x-request-id'), correlationId: 'client-batch-7' }]);
  });
});

describe('the statistics CSV cannot carry a formula into a spreadsheet', () => {
  it('quotes and defuses a client name built to run in a ;-separated locale', async () => {
    const name = `Whitcombe;=cmd|' /C calc'!A0;x ${uniqueSuffix()}`;
    const client = await t.gateway.request<any>(`mutation ($input: CreateClientInput!) { createClient(input: $input) { id } }`, {
      input: { name, kind: 'INSURER', contactEmail: 'claims@example.org' },
    });
    await t.gateway.request(`mutation ($input: CreateCaseInput!) { createCase(input: $input) { id } }`, { input: caseInput(client.createClient.id) });
    const response = await fetch(`${t.gatewayUrl.replace('/graphql', '')}/stats/cases.csv?clientId=${client.createClient.id}&groupBy=CLIENT`, {
      headers: { authorization: `Bearer ${await t.token({ role: 'ADMIN' })}` },
    });
    expect(response.status).toBe(200);
    const rows = (await response.text()).split('\r\n');
    const row = rows.find((r) => r.startsWith('group,'))!;
    expect(row).toContain(`"${name.replace(';=', ";'=")}"`);
    for (const separator of [',', ';']) {
      for (const cell of rows.join('\n').split(new RegExp(`[${separator}\\n]`))) expect(cell, `a cell read with "${separator}"`).not.toMatch(/^"?[=+@]/);
    }
  });
});

/** This machine's first address other than loopback, where a caller from elsewhere would connect. */
const externalAddress = Object.values(networkInterfaces())
  .flat()
  .find((a) => a && a.family === 'IPv4' && !a.internal)?.address;

describe.skipIf(!externalAddress)('npm start binds the subgraphs to loopback, the gateway where HOST says', () => {
  let exposed: TestPlatform;
  beforeAll(async () => {
    exposed = await startTestPlatform({ HOST: '0.0.0.0' });
  });
  afterAll(async () => {
    await exposed?.close();
  });

  it('answers on the gateway from another interface, and refuses the connection on every subgraph', async () => {
    const port = (url: string) => new URL(url).port;
    const gatewayHealth = await fetch(`http://${externalAddress}:${port(exposed.gatewayUrl)}/health/live`);
    expect(gatewayHealth.status).toBe(200);
    for (const url of Object.values(exposed.subgraphUrls)) {
      expect(new URL(url).hostname).toBe('127.0.0.1');
      const refused = await fetch(`http://${externalAddress}:${port(url)}/health/live`).then(
        () => 'answered',
        (error: { cause?: { code?: string } }) => error.cause?.code,
      );
      expect(refused, url).toBe('ECONNREFUSED');
      expect((await fetch(url.replace('/graphql', '/health/live'))).status).toBe(200);
    }
  });
});


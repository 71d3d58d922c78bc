import { authorizationHeader } from './bench-auth';
import autocannon from 'autocannon';
import { Random } from '../../scripts/seeding/random';
import { int, median, ms, percentile, ratio, table } from './figures';
import { casePage, examinerProfile, panelProposal, post, type GraphQLRequest, type WorkloadData } from './workload';

/**
 * Item 6 of the benchmarks: the client workload under autocannon at a fixed number of connections, against
 * our gateway and Hive Gateway in turn, on the same subgraphs and the same supergraph file.
 */
export interface LoadFigure {
  gateway: string;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  /** What the errors were: GraphQL error code and message, or the transport failure, with how often. */
  errorKinds: Record<string, number>;
  requests: number;
}

export interface LoadOptions {
  connections: number;
  durationSeconds: number;
}

/** The mix every connection cycles through: a case page, an examiner profile, and (with proposals) a panel proposal. */
function workloadMix(data: WorkloadData, withProposals: boolean, seed: number): () => GraphQLRequest {
  const random = new Random(seed);
  let proposals = 0;
  const proposal = (d: WorkloadData, r: Random) => panelProposal(d, r, proposals++);
  const kinds = withProposals ? [casePage, examinerProfile, proposal] : [casePage, examinerProfile];
  let next = 0;
  return () => kinds[next++ % kinds.length](data, random);
}

/** The first error of a response, as its code and message ('CONFLICT: …'). */
function graphqlErrorKind(body: string): string {
  try {
    const [first] = (JSON.parse(body) as { errors: { message?: string; extensions?: { code?: string } }[] }).errors;
    return `${first?.extensions?.code ?? 'NO_CODE'}: ${(first?.message ?? '').slice(0, 120)}`;
  } catch {
    return 'unreadable response';
  }
}

function mergeKinds(kinds: Record<string, number>[]): Record<string, number> {
  const merged: Record<string, number> = {};
  for (const each of kinds) for (const [kind, count] of Object.entries(each)) merged[kind] = (merged[kind] ?? 0) + count;
  return merged;
}

/** The errors of a run as one line: '3× CONFLICT: …; 2× timeout'. */
export function describeErrors(kinds: Record<string, number>): string {
  return Object.entries(kinds)
    .sort((a, b) => b[1] - a[1])
    .map(([kind, count]) => `${count}× ${kind}`)
    .join('; ');
}

/** One autocannon run: requests per second over the run, and latency percentiles of every response. */
export async function load(name: string, url: string, data: WorkloadData, options: LoadOptions): Promise<LoadFigure> {
  const next = workloadMix(data, true, 7);
  const latencies: number[] = [];
  let graphqlErrors = 0;
  const errorKinds: Record<string, number> = {};
  const tally = (kind: string, count = 1) => {
    if (count > 0) errorKinds[kind] = (errorKinds[kind] ?? 0) + count;
  };
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections: options.connections,
        duration: options.durationSeconds,
        requests: [
          {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...authorizationHeader() },
            setupRequest: (request) => {
              const r = next();
              return { ...request, body: JSON.stringify({ query: r.query, variables: r.variables }) };
            },
            onResponse: (_status, body) => {
              if (!body.includes('"errors"')) return;
              graphqlErrors += 1;
              tally(graphqlErrorKind(body));
            },
          },
        ],
      },
      (error, outcome) => (error ? reject(error) : resolve(outcome)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  tally('connection error', result.errors);
  tally('timeout', result.timeouts);
  tally('HTTP status other than 2xx', result.non2xx);
  return {
    gateway: name,
    requestsPerSecond: result.requests.total / result.duration,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors: result.errors + result.timeouts + result.non2xx + graphqlErrors,
    errorKinds,
    requests: result.requests.total,
  };
}

const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v));

/**
 * Asks both gateways the same workload questions and answers which ones (if any) answered differently. Reads
 * only: a proposal changes the case, so the second gateway asked would rightly be refused.
 */
export async function compareAnswers(urls: Record<string, string>, data: WorkloadData, count = 12): Promise<string[]> {
  const next = workloadMix(data, false, 11);
  const differences: string[] = [];
  for (let i = 0; i < count; i++) {
    const request = next();
    const answers = await Promise.all(Object.entries(urls).map(async ([name, url]) => [name, (await post(url, request)).body] as const));
    for (const [name, body] of answers) {
      if (body.errors?.length) differences.push(`${request.name} via ${name}: ${body.errors[0].message}`);
    }
    if (new Set(answers.map(([, body]) => canonical(body.data))).size > 1) differences.push(`${request.name} ${JSON.stringify(request.variables)}`);
  }
  return differences;
}

/** Medians over rounds, per gateway. */
export function summarise(rounds: LoadFigure[]): LoadFigure[] {
  const names = [...new Set(rounds.map((r) => r.gateway))];
  return names.map((gateway) => {
    const mine = rounds.filter((r) => r.gateway === gateway);
    return {
      gateway,
      requestsPerSecond: median(mine.map((r) => r.requestsPerSecond)),
      p50: median(mine.map((r) => r.p50)),
      p95: median(mine.map((r) => r.p95)),
      p99: median(mine.map((r) => r.p99)),
      errors: mine.reduce((n, r) => n + r.errors, 0),
      errorKinds: mergeKinds(mine.map((r) => r.errorKinds)),
      requests: mine.reduce((n, r) => n + r.requests, 0),
    };
  });
}

export function loadTable(figures: LoadFigure[], reference?: string): string {
  const base = figures.find((f) => f.gateway === reference);
  return table(
    ['gateway', 'requests/s', 'p50', 'p95', 'p99', 'errors', 'requests', ...(base ? [`requests/s vs ${reference}`] : [])],
    figures.map((f) => [
      f.gateway,
      int(f.requestsPerSecond),
      ms(f.p50),
      ms(f.p95),
      ms(f.p99),
      f.errors,
      int(f.requests),
      ...(base ? [ratio(f.requestsPerSecond / base.requestsPerSecond)] : []),
    ]),
  );
}

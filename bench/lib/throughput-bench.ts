import { authorizationHeader } from './bench-auth';
import autocannon from 'autocannon';
import { Random } from '../../scripts/seeding/random';
import { int, median, ms, percentile, ratio, table } from './figures';
import { availableSlots, casePage, documentLink, examinerProfile, panelProposal, post, type GraphQLRequest, type WorkloadData } from './workload';

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
  /**
   * Whether each document link is then downloaded from the gateway (the bytes stream from the cases subgraph's
   * document store). Only our gateway serves document links: Hive Gateway gets the link and no download.
   */
  downloads?: boolean;
}

type Setup = NonNullable<autocannon.Request['setupRequest']>;
type OnResponse = NonNullable<autocannon.Request['onResponse']>;

interface ConnectionContext {
  /** The path of the download link the last answer gave, fetched as the connection's next request. */
  download?: string;
}

/**
 * The mix every connection cycles through: a case page, an examiner profile, the free slots of an assigned case,
 * a document's download link, and (with proposals) a panel proposal. Reads only without proposals.
 */
function workloadMix(data: WorkloadData, withProposals: boolean, seed: number): () => GraphQLRequest {
  const random = new Random(seed);
  let proposals = 0;
  const proposal = (d: WorkloadData, r: Random) => panelProposal(d, r, proposals++);
  const kinds = withProposals ? [casePage, examinerProfile, availableSlots, documentLink, proposal] : [casePage, examinerProfile, availableSlots];
  let next = 0;
  return () => kinds[next++ % kinds.length](data, random);
}

/** The workload's kinds, as the table's note names them. */
export const WORKLOAD_KINDS = 'case page of 50 + examiner profile with metrics + available slots + document link + panel proposal';

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
  const graphqlPath = new URL(url).pathname;
  const graphqlRequest = (request: autocannon.Request, context: ConnectionContext) => {
    const r = next();
    context.download = undefined;
    return {
      ...request,
      method: 'POST' as const,
      path: graphqlPath,
      headers: { 'content-type': 'application/json', ...(r.headers ?? authorizationHeader()), 'x-bench-kind': r.name },
      body: JSON.stringify({ query: r.query, variables: r.variables }),
    };
  };
  const onGraphQLAnswer = (_status: number, body: string, context: ConnectionContext) => {
    if (body.includes('"errors"')) {
      graphqlErrors += 1;
      tally(graphqlErrorKind(body));
      return;
    }
    const link = options.downloads ? /"requestDocumentDownload":\{"path":"([^"]+)"/.exec(body) : null;
    if (link) context.download = link[1];
  };
  // Two requests per cycle, so that a document link answered by the first is downloaded by the second (autocannon
  // keeps a connection's context for one cycle); with no link to fetch, the second is the mix's next question.
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections: options.connections,
        duration: options.durationSeconds,
        initialContext: {},
        requests: [
          { method: 'POST', setupRequest: graphqlRequest as Setup, onResponse: onGraphQLAnswer as OnResponse },
          {
            method: 'POST',
            setupRequest: ((request: autocannon.Request, context: ConnectionContext) => {
              if (!context.download) return graphqlRequest(request, context);
              const path = context.download;
              context.download = undefined;
              return { ...request, method: 'GET', path, headers: { ...data.client!.headers, 'x-bench-kind': 'document download' }, body: undefined };
            }) as Setup,
            onResponse: ((status: number, body: string, context: ConnectionContext, headers: Record<string, string>) => {
              if (!String(headers['content-type'] ?? '').startsWith('application/pdf')) onGraphQLAnswer(status, body, context);
            }) as OnResponse,
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

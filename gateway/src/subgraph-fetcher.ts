import http from 'node:http';
import https from 'node:https';

/**
 * How the gateway calls subgraphs. `agent`: node:http with a keep-alive agent, one pool of sockets per
 * subgraph reused across requests, answering a standard Response (what Apollo's data source reads).
 * `fetch`: Node's built-in fetch (undici). Measured with `npm run bench` (docs/benchmarks.md).
 */
export type SubgraphHttpClient = 'agent' | 'fetch';

export type Fetch = (url: string, init: RequestInit) => Promise<Response>;

/** The error both clients fail with when the subgraph is silent for `timeoutMs`: a TimeoutError saying so. */
const noAnswer = (timeoutMs: number) => Object.assign(new Error(`no answer within ${timeoutMs} ms`), { name: 'TimeoutError' });

export function subgraphFetcher(client: SubgraphHttpClient, timeoutMs: number): Fetch {
  if (client === 'fetch') {
    return (url, init) =>
      fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) }).catch((error: Error) => {
        throw error.name === 'TimeoutError' ? noAnswer(timeoutMs) : error;
      });
  }
  const agents = {
    'http:': new http.Agent({ keepAlive: true, keepAliveMsecs: 30_000, maxSockets: 256, scheduling: 'lifo' }),
    'https:': new https.Agent({ keepAlive: true, keepAliveMsecs: 30_000, maxSockets: 256, scheduling: 'lifo' }),
  };
  return (url, init) =>
    new Promise<Response>((resolve, reject) => {
      const target = new URL(url);
      const transport = target.protocol === 'https:' ? https : http;
      const request = transport.request(
        target,
        { method: init.method ?? 'POST', headers: init.headers as Record<string, string>, agent: agents[target.protocol as 'http:' | 'https:'] },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('error', reject);
          response.on('end', () => {
            const headers = new Headers();
            for (const [name, value] of Object.entries(response.headers)) {
              if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
            }
            resolve(new Response(Buffer.concat(chunks), { status: response.statusCode ?? 502, statusText: response.statusMessage, headers }));
          });
        },
      );
      request.setTimeout(timeoutMs, () => request.destroy(noAnswer(timeoutMs)));
      request.on('error', reject);
      request.end(init.body as string | undefined);
    });
}

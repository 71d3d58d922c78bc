import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';

export interface Listening {
  server: Server;
  port: number;
  url: (path?: string) => string;
}

/** Starts an HTTP server on the given port (0 = a free one) and reports where it listens. */
export async function listen(app: Express, port: number, host = '0.0.0.0'): Promise<Listening> {
  const server = createServer(app);
  // Keep-alive longer than a typical load balancer / gateway idle timeout so connections are reused.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const actual = (server.address() as AddressInfo).port;
  const publicHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
  return { server, port: actual, url: (path = '') => `http://${publicHost}:${actual}${path}` };
}

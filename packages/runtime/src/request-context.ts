import { AsyncLocalStorage } from 'node:async_hooks';

/** What is known about the request being served, available to log lines and the ORM logger alike. */
export interface RequestScope {
  /** The platform's id of the request (made by the gateway, carried to every subgraph). */
  requestId: string;
  /** The id the caller gave the request, if any (its x-correlation-id or x-request-id), as given. */
  correlationId: string | null;
  service: string;
  /** SQL statements run while serving this request (including BEGIN/COMMIT). */
  sqlStatements: number;
}

const storage = new AsyncLocalStorage<RequestScope>();

export function runInRequestScope<T>(scope: RequestScope, fn: () => T): T {
  return storage.run(scope, fn);
}

export function currentRequestScope(): RequestScope | undefined {
  return storage.getStore();
}

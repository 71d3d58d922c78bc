import { AsyncLocalStorage } from 'node:async_hooks';

/** What is known about the request being served, available to log lines and the ORM logger alike. */
export interface RequestScope {
  requestId: string;
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

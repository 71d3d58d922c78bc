import type { Logger } from 'pino';

/**
 * Keeps a service running until SIGTERM or SIGINT, then closes it (draining in-flight requests and the
 * database pool) and exits: 0 after a clean close, 1 if closing failed.
 */
export function closeOnSignal(service: { close(): Promise<void> }, log: Logger): void {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      log.info({ signal }, 'shutting down');
      service.close().then(
        () => process.exit(0),
        (error: unknown) => {
          log.error({ err: error }, 'shutdown failed');
          process.exit(1);
        },
      );
    });
  }
}

import { pino, type Logger } from 'pino';
import { currentRequestScope } from './request-context';

export type { Logger };

/**
 * Structured JSON logs. Every line carries the service name and, inside a request, its request id, so one
 * client request can be followed through the gateway and each subgraph.
 */
export function createLogger(service: string, level = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({
    level,
    base: { service },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    mixin() {
      const scope = currentRequestScope();
      return scope ? { requestId: scope.requestId } : {};
    },
  });
}

import type { LogContext, Logger as OrmLogger, LoggerNamespace, LoggerOptions } from '@mikro-orm/core';
import type { Logger } from 'pino';
import { currentRequestScope } from '../request-context';

/** Replaces string literals so a logged statement never carries claimant data. */
export function redactSql(sql: string, maxLength = 500): string {
  const redacted = sql.replace(/'(?:[^']|'')*'/g, "'?'").replace(/\s+/g, ' ').trim();
  return redacted.length > maxLength ? `${redacted.slice(0, maxLength)}…` : redacted;
}

export interface QueryStats {
  statements: number;
}

/**
 * MikroORM logger that counts every statement (per request and per process), logs failed statements and
 * statements slower than a threshold as structured lines, and otherwise stays quiet.
 */
export class QueryLogger implements OrmLogger {
  static readonly totals: QueryStats = { statements: 0 };

  constructor(
    private readonly out: Logger,
    private readonly slowQueryMs: number,
    private readonly onStatement?: (tookMs: number, failed: boolean) => void,
  ) {}

  static factory(log: Logger, slowQueryMs: number, onStatement?: (tookMs: number, failed: boolean) => void) {
    return (_options: LoggerOptions) => new QueryLogger(log, slowQueryMs, onStatement);
  }

  logQuery(context: LogContext): void {
    QueryLogger.totals.statements += 1;
    const scope = currentRequestScope();
    if (scope) scope.sqlStatements += 1;
    const took = context.took ?? 0;
    this.onStatement?.(took, context.level === 'error');
    if (context.level === 'error') {
      this.out.warn({ sql: redactSql(context.query ?? ''), tookMs: took }, 'sql statement failed');
    } else if (took >= this.slowQueryMs) {
      this.out.warn({ sql: redactSql(context.query ?? ''), tookMs: took, rows: context.results }, 'slow sql statement');
    }
  }

  log(namespace: LoggerNamespace, message: string, context?: LogContext): void {
    if (namespace === 'query') return;
    if (context?.level === 'error') this.out.error({ namespace }, message);
    else if (context?.level === 'warning' || namespace === 'deprecated') this.out.warn({ namespace }, message);
    else this.out.debug({ namespace }, message);
  }

  error(namespace: LoggerNamespace, message: string, context?: LogContext): void {
    this.log(namespace, message, { ...context, level: 'error' });
  }

  warn(namespace: LoggerNamespace, message: string, context?: LogContext): void {
    this.log(namespace, message, { ...context, level: 'warning' });
  }

  setDebugMode(): void {}

  isEnabled(namespace: LoggerNamespace): boolean {
    return namespace === 'query';
  }
}

import { DriverException } from '@mikro-orm/core';
import { pino, type Logger } from 'pino';
import { redactSql } from './orm/query-logger';
import { currentRequestScope } from './request-context';

export type { Logger };

interface DatabaseError extends Error {
  code?: string;
  sqlState?: string;
  table?: string;
  constraint?: string;
  column?: string;
}

/** An error of PostgreSQL (node-postgres) or one the ORM made of it: its message and details carry the statement's values. */
const isDatabaseError = (error: unknown): error is DatabaseError =>
  error instanceof DriverException ||
  (error instanceof Error && typeof (error as DatabaseError).code === 'string' && /^[0-9A-Z]{5}$/.test((error as DatabaseError).code!) && 'severity' in error);

/** The error and what it wraps (`cause`, a GraphQL error's `originalError`), outermost first. */
function errorChain(error: Error): Error[] {
  const chain: Error[] = [];
  for (let current: unknown = error; current instanceof Error && !chain.includes(current) && chain.length < 10; ) {
    chain.push(current);
    current = (current as { originalError?: unknown }).originalError ?? current.cause;
  }
  return chain;
}

/**
 * How an error appears in a log line (the `err` field). A database error's message, detail and the SQL the ORM
 * puts in it inline the statement's values — claimant data, say — so it is logged by its SQLSTATE, table and
 * constraint, and its stack without the message; every other error as pino logs it.
 */
export function loggableError(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  const chain = errorChain(error);
  const database = chain.find(isDatabaseError);
  if (!database) return pino.stdSerializers.err(error);
  // A GraphQL error located at a field repeats its original's message: that one goes too, and a wrapper's own
  // message keeps no quoted literal (it may have been built from the statement).
  const messages = chain.filter((e) => !isDatabaseError(e) && !e.message.includes(database.message)).map((e) => redactSql(e.message, 1000));
  const sqlState = database.sqlState ?? database.code;
  return {
    type: error.name,
    message: [...messages, `database error ${sqlState ?? 'without SQLSTATE'} (statement and values not logged)`].join(': '),
    sqlState,
    ...(database.table ? { table: database.table } : {}),
    ...(database.constraint ? { constraint: database.constraint } : {}),
    ...(database.column ? { column: database.column } : {}),
    stack: (error.stack ?? '').split('\n').filter((line) => line.trim().startsWith('at ')).join('\n'),
  };
}

/**
 * Structured JSON logs. Every line carries the service name and, inside a request, its request id (and the
 * caller's correlation id, when it sent one), so one client request can be followed through the gateway and
 * each subgraph. Errors are logged without the values
 * a database error inlines (loggableError).
 */
export function createLogger(service: string, level = 'info', destination?: pino.DestinationStream): Logger {
  return pino({
    level,
    base: { service },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    serializers: { err: loggableError },
    mixin() {
      const scope = currentRequestScope();
      return scope ? { requestId: scope.requestId, ...(scope.correlationId ? { correlationId: scope.correlationId } : {}) } : {};
    },
  }, destination as pino.DestinationStream);
}

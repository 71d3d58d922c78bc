import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { DriverException, ForeignKeyConstraintViolationException, OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { Logger } from 'pino';
import { OutsideHolidayCalendarError } from '../calendar/business-days';
import { currentRequestScope } from '../request-context';
import { CLIENT_ERROR_CODES } from '../vocabulary/error-codes';

/** Codes produced by this platform's error helpers or by GraphQL/Apollo itself for bad requests. */
const CLIENT_CODES: ReadonlySet<string> = new Set(CLIENT_ERROR_CODES);

/** The HTTP status an error asks for (Apollo Server's `extensions.http`), if any. */
const httpStatusOf = (error: unknown) =>
  error instanceof GraphQLError ? (error.extensions?.http as { status?: number } | undefined)?.status : undefined;

/**
 * Lets the platform's own errors through unchanged, answers the requests Apollo Server refuses with a 4xx
 * status but no code as BAD_REQUEST, translates the ORM's concurrency errors into CONFLICT, and replaces anything
 * else with a generic message and the request id: stack traces and SQL stay out of responses, and the log line
 * of an internal error carries no values (logger.ts).
 */
export function createFormatError(log: Logger, options: { hideSchemaDetails?: boolean } = {}) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code as string | undefined;
    if (code && CLIENT_CODES.has(code)) {
      const { stacktrace: _dropped, ...extensions } = formatted.extensions ?? {};
      // With introspection off the schema is not public: a misspelt enum value in a variable gets no
      // "Did you mean …?" either (validation errors lose theirs in Apollo Server: hideSchemaDetailsFromClientErrors).
      const message = options.hideSchemaDetails ? formatted.message.replace(/ ?Did you mean .+?\?$/, '') : formatted.message;
      return { ...formatted, message, extensions };
    }
    // Refused before execution for a reason of the caller's (a persisted query whose hash does not match its
    // text, say): Apollo Server sets a 4xx status and no code. Not an internal error.
    const status = httpStatusOf(error);
    if (!formatted.path && status !== undefined && status >= 400 && status < 500) {
      return { message: formatted.message, locations: formatted.locations, extensions: { code: 'BAD_REQUEST' } };
    }
    const original = unwrapResolverError(error);
    const requestId = currentRequestScope()?.requestId;
    const base = { locations: formatted.locations, path: formatted.path };
    if (original instanceof OptimisticLockError) {
      return {
        ...base,
        message: 'The record was changed by someone else while you were saving; reload it and apply your change again',
        extensions: { code: 'CONFLICT' },
      };
    }
    // A business-day count reached a day the jurisdiction's holiday calendar does not cover (docs/rules.md,
    // "Holidays"): refused, never counted as a working day. Thrown inside the command's transaction, so nothing
    // was written.
    if (original instanceof OutsideHolidayCalendarError) {
      return {
        ...base,
        message: original.message,
        extensions: {
          code: 'FAILED_PRECONDITION',
          rule: original.rule,
          jurisdiction: original.calendar,
          date: original.date,
          calendarFrom: original.from,
          calendarThrough: original.through,
        },
      };
    }
    if (original instanceof UniqueConstraintViolationException) {
      return { ...base, message: 'A record with the same unique value already exists', extensions: { code: 'CONFLICT' } };
    }
    if (original instanceof ForeignKeyConstraintViolationException) {
      return {
        ...base,
        message: 'The record is still referenced by other records, or refers to one that does not exist',
        extensions: { code: 'FAILED_PRECONDITION' },
      };
    }
    // PostgreSQL class 22, "data exception": a value of the wrong format or size reached SQL (an invalid UUID,
    // a string longer than its column, a number out of range). The caller sent bad input; answer so, without
    // the SQL, and log it so the missing validator can be added.
    if (original instanceof DriverException && typeof original.code === 'string' && original.code.startsWith('22')) {
      log.warn({ sqlState: original.code, path: formatted.path }, 'input refused by the database: a validator is missing');
      return {
        ...base,
        message: 'A value is not in the format or range this field accepts',
        extensions: { code: 'BAD_USER_INPUT', fields: [] },
      };
    }
    log.error({ err: original, path: formatted.path }, 'internal error while resolving');
    return {
      ...base,
      message: `Internal server error (request ${requestId ?? 'unknown'})`,
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
    };
  };
}

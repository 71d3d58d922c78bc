import { GraphQLError } from 'graphql';
import type { PreconditionRule } from './vocabulary/precondition-rules';

/**
 * The one error vocabulary of the platform. Every refusal a client can see is one of the codes of
 * vocabulary/error-codes.ts (ERROR_CODES), made by a helper below, with a message that says what was wrong and
 * what would be accepted.
 */
export { ERROR_CODES, type ErrorCode } from './vocabulary/error-codes';

export interface FieldError {
  /** Dotted path of the offending input field, e.g. `input.npi` or `input.offices.0.latitude`. */
  field: string;
  message: string;
}

export function badUserInput(fields: FieldError[], summary?: string): GraphQLError {
  const message =
    summary ?? `Invalid input: ${fields.map((f) => `${f.field}: ${f.message}`).join('; ')}`;
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', fields } });
}

export function notFound(entity: string, id: string): GraphQLError {
  return new GraphQLError(`${entity} ${id} does not exist`, {
    extensions: { code: 'NOT_FOUND', entity, id },
  });
}

export function conflict(message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'CONFLICT', ...extensions } });
}

/** A stale `version` sent with an update: someone else changed the record first. */
export function staleVersion(entity: string, id: string, sent: number, current: number): GraphQLError {
  return conflict(
    `${entity} ${id} was changed by someone else (current version ${current}, you sent ${sent}); reload it and apply your change again`,
    { entity, id, currentVersion: current },
  );
}

export function forbidden(message = 'You are not allowed to do this'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
}

export function unauthenticated(message = 'Authentication required: send a valid bearer token'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED' } });
}

/**
 * A rule of the domain refused the operation; `rule` names it so callers can react programmatically. Only a rule
 * listed in vocabulary/precondition-rules.ts is accepted, so the rules the API answers are one known list.
 */
export function failedPrecondition(rule: PreconditionRule, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FAILED_PRECONDITION', rule, ...extensions } });
}

/** Collects field errors during validation and throws them together, so the caller sees every problem at once. */
export class FieldErrors {
  private readonly errors: FieldError[] = [];

  add(field: string, message: string): this {
    this.errors.push({ field, message });
    return this;
  }

  check(condition: boolean, field: string, message: string): this {
    if (!condition) this.add(field, message);
    return this;
  }

  get isEmpty(): boolean {
    return this.errors.length === 0;
  }

  get list(): readonly FieldError[] {
    return this.errors;
  }

  throwIfAny(): void {
    if (this.errors.length > 0) throw badUserInput([...this.errors]);
  }
}

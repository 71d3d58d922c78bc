import { Writable } from 'node:stream';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createFormatError } from './graphql/format-error';
import { createLogger } from './logger';

/** A logger at debug level whose lines land in `lines`. */
function capturingLogger() {
  const lines: Record<string, any>[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { log: createLogger('test', 'debug', destination), lines };
}

/** What PostgreSQL (node-postgres) answers a duplicate with, as knex and the ORM hand it on: the statement with its values inlined. */
function duplicateEmail(): UniqueConstraintViolationException {
  const pgError = Object.assign(
    new Error(`insert into "cases"."client" ("name", "contact_email") values ('Secret Insurer', 'secret@claimant.example') - duplicate key value violates unique constraint "client_contact_email_unique"`),
    { code: '23505', severity: 'ERROR', detail: 'Key (contact_email)=(secret@claimant.example) already exists.', table: 'client', constraint: 'client_contact_email_unique' },
  );
  return new UniqueConstraintViolationException(pgError);
}

describe('log lines of errors', () => {
  it('carry a database error by SQLSTATE, table and constraint, never its statement or values', () => {
    const { log, lines } = capturingLogger();
    const error = duplicateEmail();
    log.error({ err: error }, 'failed');
    log.error({ err: new GraphQLError(error.message, { originalError: error, path: ['createClient'] }) }, 'failed in a resolver');
    log.error({ err: new Error('saving the client failed', { cause: error }) }, 'failed with a cause');
    const text = JSON.stringify(lines);
    expect(text).not.toContain('secret@claimant.example');
    expect(text).not.toContain('Secret Insurer');
    expect(text).not.toContain('insert into');
    expect(lines[0].err).toMatchObject({ sqlState: '23505', table: 'client', constraint: 'client_contact_email_unique' });
    expect(lines[0].err.stack).toMatch(/^\s+at /);
    expect(lines[2].err.message).toMatch(/^saving the client failed: database error 23505/);
  });

  it('keep other errors as they are', () => {
    const { log, lines } = capturingLogger();
    log.error({ err: new Error('the examiners subgraph did not answer') }, 'failed');
    expect(lines[0].err).toMatchObject({ type: 'Error', message: 'the examiners subgraph did not answer', stack: expect.stringContaining('Error: the examiners') });
  });
});

describe('createFormatError', () => {
  it("answers a request Apollo Server refused with a 4xx as BAD_REQUEST, and logs nothing at warn or error", () => {
    const { log, lines } = capturingLogger();
    const refused = new GraphQLError('provided sha does not match query', { extensions: { http: { status: 400 } } });
    const formatted = createFormatError(log)({ message: refused.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, refused);
    expect(formatted).toEqual({ message: 'provided sha does not match query', locations: undefined, extensions: { code: 'BAD_REQUEST' } });
    expect(lines.filter((l) => l.level === 'error' || l.level === 'warn')).toEqual([]);
  });

  it('masks an internal error and logs it without the values of the statement', () => {
    const { log, lines } = capturingLogger();
    const error = new GraphQLError('boom', { originalError: Object.assign(duplicateEmail(), { name: 'DriverException' }), path: ['createClient'] });
    const formatted = createFormatError(log)({ message: error.message, path: ['createClient'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }, error);
    expect(formatted.extensions?.code).toBe('CONFLICT');
    const internal = new GraphQLError('boom', { originalError: new Error(`select 1 where email = 'secret@claimant.example'`, { cause: duplicateEmail() }), path: ['case'] });
    expect(createFormatError(log)({ message: 'boom', path: ['case'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }, internal).extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(lines.filter((l) => l.level === 'error').map((l) => l.msg)).toEqual(['internal error while resolving']);
    expect(JSON.stringify(lines)).not.toContain('secret@claimant.example');
  });
});

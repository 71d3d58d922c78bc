import { describe, expect, it } from 'vitest';
import { isDatabaseGoneAway } from './job-runner';

describe('isDatabaseGoneAway', () => {
  it('knows the database shutting down, restarting or cutting the connection', () => {
    expect(isDatabaseGoneAway({ code: '57P01', message: 'terminating connection due to administrator command' })).toBe(true);
    expect(isDatabaseGoneAway({ code: '57P03', message: 'the database system is shutting down' })).toBe(true);
    expect(isDatabaseGoneAway({ code: 'ECONNREFUSED' })).toBe(true);
    expect(isDatabaseGoneAway(new Error('Connection terminated unexpectedly'))).toBe(true);
  });

  it('leaves every other error an error', () => {
    expect(isDatabaseGoneAway({ code: '42P01', message: 'relation "jobs.job" does not exist' })).toBe(false);
    expect(isDatabaseGoneAway(new Error('queue not found'))).toBe(false);
    expect(isDatabaseGoneAway(null)).toBe(false);
  });
});

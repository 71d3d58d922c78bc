import type { Clock } from '@imepanel/runtime';

/**
 * A clock a test moves, the one way a test sets the platform's time: given to the platform
 * (`startTestPlatform(env, { clock })`, which hands it to `startPlatform(env, level, { clock })`), it is where every
 * subgraph's commands, queries and rules read "now" and "today" (`ctx.clock`), so a rule can be run on a chosen
 * day (a notice lead time over Christmas, a credential about to expire) and a period can lapse without waiting
 * for it. Never move time with SQL. It runs at the real pace from wherever it was set; only "now" moves, not
 * the timestamps the ORM and the database write themselves (createdAt, updatedAt). A test file that sets it
 * resets it after each test (`afterEach(() => clock.reset())`).
 */
export class TestClock implements Clock {
  private offsetMs = 0;

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  /** Moves the clock to an instant, e.g. '2026-12-17T15:00:00Z', from which it runs on. */
  set(at: string | Date): void {
    this.offsetMs = new Date(at).getTime() - Date.now();
  }

  /** Moves the clock forward by whole days. */
  advanceDays(days: number): void {
    this.offsetMs += days * 86_400_000;
  }

  /** Back to the real time. */
  reset(): void {
    this.offsetMs = 0;
  }
}

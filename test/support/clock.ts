import type { Clock } from '@imepanel/runtime';

/**
 * A clock a test moves: given to the platform (startTestPlatform(env, { clock })), it is where the cases and
 * reports commands read "now", so a rule can be run on a chosen day (a notice lead time over Christmas) and a
 * period can lapse without waiting for it. It runs at the real pace from wherever it was set; only "now" moves,
 * not timestamps the database writes itself.
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

import { utcDateOf } from './calendar/business-days';

/**
 * Where every subgraph's commands, queries and rules read "now" (and so "today", the day deadlines and expiries
 * are judged on): the `clock` of each subgraph's config, handed to every command as `ctx.clock`. Production uses
 * the system clock; an in-process test gives the platform its own (`startPlatform(env, logLevel, { clock })`,
 * test/support/clock.ts) to run a rule on a chosen day, such as a notice lead time over Christmas or a credential
 * that has expired. Nothing outside that call can set it: no setting, header or operation moves production time.
 * Domain rules never read a clock: they take "now" or "today" as a parameter.
 */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** "Today" on the clock (YYYY-MM-DD, UTC, as calendar/business-days.ts `utcDateOf`), as the domain rules take it. */
export const today = (clock: Clock): string => utcDateOf(clock.now());

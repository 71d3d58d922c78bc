/**
 * Where the subgraphs' commands read "now" (and so "today", the day deadlines are judged on). Production uses
 * the system clock; an in-process test gives the platform its own clock (scripts/lib/platform.ts,
 * `startPlatform(env, logLevel, { clock })`) to run a rule on a chosen day, such as a notice lead time over
 * Christmas. Nothing outside that call can set it: no setting, header or operation moves production time.
 */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';

/** The identity a request acts as, once authenticated. */
export interface Actor {
  /** Stable id of the user or service. */
  id: string;
  /** Human-readable name recorded in timelines and audit entries. */
  name: string;
  role: string;
}

/** What every subgraph resolver receives: a forked EntityManager, per-request loaders, who is asking. */
export interface SubgraphContext<Loaders> {
  em: EntityManager;
  loaders: Loaders;
  requestId: string;
  log: Logger;
  actor: Actor | null;
}

/** Name to record as "who did it" on timelines and verification stamps. */
export function actorName(ctx: { actor: Actor | null }): string {
  return ctx.actor?.name ?? 'anonymous';
}

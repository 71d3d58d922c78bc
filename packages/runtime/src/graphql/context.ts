import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { AuditRecorder } from '../audit/audit-recorder';
import type { Role } from '../auth/roles';

/** The identity a request acts as, once its bearer token is verified (see auth/tokens.ts). */
export interface Actor {
  /** Stable id of the user (the token's `sub`) or `service:<name>` for the service identity. */
  id: string;
  /** Human-readable name recorded in timelines and audit entries. */
  name: string;
  role: Role;
  /** For CLIENT: the client organisation the user acts for; null for every other role. */
  clientId?: string | null;
  /** For EXAMINER: the examiner the user is; null for every other role. */
  examinerId?: string | null;
  /** The refresh session of a login-issued token (`sid`); absent for scripts' and services' tokens. */
  sessionId?: string;
}

/** What every subgraph resolver receives: a forked EntityManager, per-request loaders, who is asking. */
export interface SubgraphContext<Loaders> {
  em: EntityManager;
  loaders: Loaders;
  requestId: string;
  log: Logger;
  /** Null only outside a request (scripts); every GraphQL request to a subgraph is authenticated. */
  actor: Actor | null;
  /** Writes this subgraph's append-only audit entries (mutations, reads of claimant data). */
  audit: AuditRecorder;
}

/** Name to record as "who did it" on timelines and verification stamps. */
export function actorName(ctx: { actor: Actor | null }): string {
  return ctx.actor?.name ?? 'anonymous';
}

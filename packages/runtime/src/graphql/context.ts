import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { AuditRecorder } from '../audit/audit-recorder';
import type { Role } from '../auth/roles';
import type { Clock } from '../clock';

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
  /** For CLAIMANT: the one case the portal session is bound to (`case_id`); null for every other role. */
  caseId?: string | null;
  /** The refresh session of a login-issued token (`sid`); absent for scripts' and services' tokens. */
  sessionId?: string;
}

/**
 * What every command receives, handed the same way in every subgraph: `command(ctx, ...arguments)`, where a
 * resolver passes its own context (which is one). A command reads "now" from `clock` (never `new Date()`), opens
 * its transaction on `em`, and calls other subgraphs through `services`.
 */
export interface CommandContext<Services extends object = Record<never, never>, Settings extends object = Record<never, never>> {
  /** The request's EntityManager fork (a script's own); a command runs its writes in `em.transactional`. */
  em: EntityManager;
  /** Null only outside a request (scripts); every GraphQL request to a subgraph is authenticated. */
  actor: Actor | null;
  /** Where "now" and so "today" come from (clock.ts): the system clock, or a test's. */
  clock: Clock;
  /** The other subgraphs this one calls, with the service identity (service-client.ts). */
  services: Services;
  /** The subgraph's own settings its commands need (PARTY_KEY_SECRET, …). */
  settings: Settings;
}

/** What every subgraph resolver receives: a command context, per-request loaders, the request id, log and audit. */
export interface SubgraphContext<Loaders, Services extends object = Record<never, never>, Settings extends object = Record<never, never>>
  extends CommandContext<Services, Settings> {
  loaders: Loaders;
  requestId: string;
  log: Logger;
  /** Writes this subgraph's append-only audit entries (mutations, reads of claimant data). */
  audit: AuditRecorder;
}

/** Name to record as "who did it" on timelines and verification stamps. */
export function actorName(ctx: { actor: Actor | null }): string {
  return ctx.actor?.name ?? 'anonymous';
}

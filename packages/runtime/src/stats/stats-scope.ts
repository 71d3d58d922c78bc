import { forbidden } from '../errors';
import type { Actor } from '../graphql/context';

/**
 * The clients a statistics request may cover. A CLIENT sees its own organisation's statistics only: with no
 * client filter the request is narrowed to its client; a filter naming only other clients is refused (a filter
 * naming its own and others is narrowed to its own). Everyone else keeps the filter as asked.
 */
export function scopeStatsClients(actor: Pick<Actor, 'role' | 'clientId'> | null | undefined, requested: string[] | null | undefined): string[] | null | undefined {
  if (actor?.role !== 'CLIENT') return requested;
  const own = actor.clientId;
  if (!own) throw forbidden('This client identity is bound to no client organisation');
  if (requested?.length && !requested.includes(own)) throw forbidden('A client sees the statistics of its own organisation only');
  return [own];
}

import { staleVersion } from '../errors';

/**
 * Optimistic locking, first line: refuse an update sent against an older version before touching anything.
 * The second line is the ORM's `where version = ?` on flush, which catches a concurrent writer in between.
 */
export function assertVersion(entity: string, record: { id: string | number; version: number }, sent: number): void {
  if (record.version !== sent) throw staleVersion(entity, String(record.id), sent, record.version);
}

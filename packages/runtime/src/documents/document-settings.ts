import { envInt } from '../config/env';
import { DEFAULT_DOCUMENT_MAX_BYTES } from './document-store';

/**
 * The size limit of each document kind: DOCUMENT_MAX_BYTES for all (default 50 MB), DOCUMENT_MAX_BYTES_<KIND>
 * (e.g. DOCUMENT_MAX_BYTES_IMAGING_REPORT) for one.
 */
export function loadDocumentSizeLimits<K extends string>(env: Record<string, string | undefined>, kinds: readonly K[]): Record<K, number> {
  const all = envInt(env, 'DOCUMENT_MAX_BYTES', DEFAULT_DOCUMENT_MAX_BYTES, { min: 1024, max: 2_000_000_000 });
  return Object.fromEntries(kinds.map((kind) => [kind, envInt(env, `DOCUMENT_MAX_BYTES_${kind}`, all, { min: 1024, max: 2_000_000_000 })])) as Record<K, number>;
}

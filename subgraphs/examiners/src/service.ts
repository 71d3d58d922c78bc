import { createLogger, startSubgraph, type Logger } from '@imepanel/runtime';
import type { ExaminersConfig } from './config';
import { examinersSubgraph } from './subgraph';

export { loadExaminersConfig, type ExaminersConfig } from './config';
export { buildExaminersSchema } from './schema';
export { examinersSubgraph } from './subgraph';

/** Starts the examiners subgraph on an already-migrated database. */
export function startExaminers(config: ExaminersConfig, log: Logger = createLogger('examiners', config.logLevel)) {
  return startSubgraph(examinersSubgraph, config, log);
}

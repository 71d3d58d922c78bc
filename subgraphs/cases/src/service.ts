import { createLogger, startSubgraph, type Logger } from '@imepanel/runtime';
import type { CasesConfig } from './config';
import { casesSubgraph } from './subgraph';

export { loadCasesConfig, type CasesConfig } from './config';
export { buildCasesSchema } from './schema';
export { casesSubgraph } from './subgraph';

/** Starts the cases subgraph on an already-migrated database. */
export function startCases(config: CasesConfig, log: Logger = createLogger('cases', config.logLevel)) {
  return startSubgraph(casesSubgraph, config, log);
}

import { createLogger, startSubgraph, type Logger } from '@imepanel/runtime';
import type { ReportsConfig } from './config';
import { reportsSubgraph } from './subgraph';

export { loadReportsConfig, type ReportsConfig } from './config';
export { buildReportsSchema } from './schema';
export { reportsSubgraph } from './subgraph';

/** Starts the reports subgraph on an already-migrated database. */
export function startReports(config: ReportsConfig, log: Logger = createLogger('reports', config.logLevel)) {
  return startSubgraph(reportsSubgraph, config, log);
}

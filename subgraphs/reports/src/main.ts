import { closeOnSignal, createLogger } from '@imepanel/runtime';
import { loadReportsConfig, startReports } from './service';

/** Runs the reports subgraph alone (containers, scaled-out deployments) on an already-migrated database. */
const config = loadReportsConfig();
const log = createLogger('reports', config.logLevel);
closeOnSignal(await startReports(config, log), log);

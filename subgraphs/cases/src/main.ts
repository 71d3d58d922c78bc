import { closeOnSignal, createLogger } from '@imepanel/runtime';
import { loadCasesConfig, startCases } from './service';

/** Runs the cases subgraph alone (containers, scaled-out deployments) on an already-migrated database. */
const config = loadCasesConfig();
const log = createLogger('cases', config.logLevel);
closeOnSignal(await startCases(config, log), log);

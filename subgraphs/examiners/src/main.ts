import { closeOnSignal, createLogger } from '@imepanel/runtime';
import { loadExaminersConfig, startExaminers } from './service';

/** Runs the examiners subgraph alone (containers, scaled-out deployments) on an already-migrated database. */
const config = loadExaminersConfig();
const log = createLogger('examiners', config.logLevel);
closeOnSignal(await startExaminers(config, log), log);

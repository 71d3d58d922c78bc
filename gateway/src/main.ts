import { closeOnSignal, createLogger } from '@imepanel/runtime';
import { loadGatewayConfig, startGateway } from './gateway';

/** Runs the gateway alone (containers, scaled-out deployments). */
const config = loadGatewayConfig();
const log = createLogger('gateway', config.logLevel);
closeOnSignal(await startGateway(config, log), log);

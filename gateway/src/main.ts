import cluster from 'node:cluster';
import { closeOnSignal, createLogger } from '@imepanel/runtime';
import { loadGatewayConfig, startGateway } from './gateway';

/**
 * Runs the gateway alone (containers, scaled-out deployments). With GATEWAY_WORKERS > 1 the primary process
 * forks that many gateway processes sharing the port (node:cluster) and stops them on SIGTERM/SIGINT.
 */
const config = loadGatewayConfig();
const log = createLogger('gateway', config.logLevel);
if (config.workers > 1 && cluster.isPrimary) {
  for (let i = 0; i < config.workers; i++) cluster.fork();
  let stopping = false;
  cluster.on('exit', (worker, code) => {
    if (!stopping) {
      log.error({ worker: worker.process.pid, code }, 'gateway worker exited; starting another');
      cluster.fork();
    } else if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
  });
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      stopping = true;
      for (const worker of Object.values(cluster.workers ?? {})) worker?.kill(signal);
      setTimeout(() => process.exit(0), 15_000).unref();
    });
  }
} else {
  closeOnSignal(await startGateway(config, log), log);
}

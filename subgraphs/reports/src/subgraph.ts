import { fileURLToPath } from 'node:url';
import { createServiceClient, requestContext, type SubgraphDefinition } from '@imepanel/runtime';
import type { ReportsConfig } from './config';
import type { ReportsContext } from './context';
import { AuditEntry, entities } from './entities';
import { migrations } from './migrations';
import { createReportsLoaders } from './loaders';
import { buildReportsSchema } from './schema';
import { startReportsWorkers } from './workers';

/** The reports subgraph: owns the findings, in PostgreSQL schema `reports`. */
export const reportsSubgraph: SubgraphDefinition<ReportsContext, ReportsConfig> = {
  name: 'reports',
  entities,
  migrationsDir: fileURLToPath(new URL('./migrations', import.meta.url)),
  migrations,
  auditEntity: AuditEntry,
  buildSchema: buildReportsSchema,
  workers: startReportsWorkers,
  context: (request, config) => ({
    ...requestContext(request, config),
    loaders: createReportsLoaders(request.em, config.clock),
    services: { cases: createServiceClient({ name: 'cases', url: config.casesUrl, caller: 'reports', auth: config.auth }) },
    settings: {},
    stats: config.stats,
  }),
};

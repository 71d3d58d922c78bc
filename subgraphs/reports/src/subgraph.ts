import { fileURLToPath } from 'node:url';
import { requestContext, type SubgraphDefinition } from '@imepanel/runtime';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ReportsConfig } from './config';
import { reportsServices, reportsSettings, type ReportsContext } from './context';
import { AuditEntry, entities } from './entities';
import { migrations } from './migrations';
import { createReportsLoaders } from './loaders';
import { reportDocumentHandlers } from './documents/report-document-handlers';
import { ReportVersionSubscriber } from './documents/report-versions';
import { buildReportsSchema } from './schema';
import { startReportsWorkers } from './workers';

/** The reports subgraph: owns the findings, in PostgreSQL schema `reports`. */
export const reportsSubgraph: SubgraphDefinition<ReportsContext, ReportsConfig> = {
  name: 'reports',
  entities,
  migrationsDir: fileURLToPath(new URL('./migrations', import.meta.url)),
  migrations,
  auditEntity: AuditEntry,
  subscribers: () => [new ReportVersionSubscriber()],
  buildSchema: buildReportsSchema,
  workers: startReportsWorkers,
  context: (request, config) => ({
    ...requestContext(request, config),
    loaders: createReportsLoaders(request.em, config.clock),
    services: reportsServices(config),
    settings: reportsSettings(config, request.em as unknown as EntityManager),
    stats: config.stats,
  }),
  documentHandlers: (config, orm) => reportDocumentHandlers(orm),
};

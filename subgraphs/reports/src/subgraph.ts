import { fileURLToPath } from 'node:url';
import { PostgresDocumentStore, createServiceClient, requestContext, type SubgraphDefinition } from '@imepanel/runtime';
import type { ReportsConfig } from './config';
import type { ReportsContext } from './context';
import { AuditEntry, entities } from './entities';
import { migrations } from './migrations';
import { createReportsLoaders } from './loaders';
import { reportDocumentHandlers } from './documents/report-document-handlers';
import { ReportVersionSubscriber } from './documents/report-versions';
import { buildReportsSchema } from './schema';

/** The reports subgraph: owns the findings, in PostgreSQL schema `reports`. */
export const reportsSubgraph: SubgraphDefinition<ReportsContext, ReportsConfig> = {
  name: 'reports',
  entities,
  migrationsDir: fileURLToPath(new URL('./migrations', import.meta.url)),
  migrations,
  auditEntity: AuditEntry,
  subscribers: () => [new ReportVersionSubscriber()],
  buildSchema: buildReportsSchema,
  context: (request, config) => ({
    ...requestContext(request, config),
    loaders: createReportsLoaders(request.em, config.clock),
    services: {
      cases: createServiceClient({ name: 'cases', url: config.casesUrl, caller: 'reports', auth: config.auth }),
      examiners: createServiceClient({ name: 'examiners', url: config.examinersUrl, caller: 'reports', auth: config.auth }),
    },
    settings: { imeEntity: config.imeEntity, documentLinks: config.auth, documents: new PostgresDocumentStore(request.em.getKnex(), 'reports') },
    stats: config.stats,
  }),
  documentHandlers: (config, orm) => reportDocumentHandlers(orm),
};

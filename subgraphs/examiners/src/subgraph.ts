import { fileURLToPath } from 'node:url';
import { createServiceClient, requestContext, type SubgraphDefinition } from '@imepanel/runtime';
import type { ExaminersConfig } from './config';
import type { ExaminersContext } from './context';
import { AuditEntry, entities } from './entities';
import { migrations } from './migrations';
import { createExaminersLoaders } from './loaders';
import { buildExaminersSchema } from './schema';
import { startExaminersWorkers } from './workers';

/** The examiners subgraph: owns the panel, in PostgreSQL schema `examiners`. */
export const examinersSubgraph: SubgraphDefinition<ExaminersContext, ExaminersConfig> = {
  name: 'examiners',
  entities,
  migrationsDir: fileURLToPath(new URL('./migrations', import.meta.url)),
  migrations,
  auditEntity: AuditEntry,
  buildSchema: buildExaminersSchema,
  workers: startExaminersWorkers,
  context: (request, config) => ({
    ...requestContext(request, config),
    loaders: createExaminersLoaders(request.em),
    services: {
      cases: createServiceClient({ name: 'cases', url: config.casesUrl, caller: 'examiners', auth: config.auth }),
      reports: createServiceClient({ name: 'reports', url: config.reportsUrl, caller: 'examiners', auth: config.auth }),
    },
    settings: { partyKeySecret: config.partyKeySecret },
  }),
};

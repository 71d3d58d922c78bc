import { fileURLToPath } from 'node:url';
import { requestContext, type SubgraphDefinition } from '@imepanel/runtime';
import type { ExaminersConfig } from './config';
import { examinersServices, examinersSettings, type ExaminersContext } from './context';
import { AuditEntry, entities } from './entities';
import { migrations } from './migrations';
import { createExaminersLoaders } from './loaders';
import { credentialEvidenceHandlers } from './documents/credential-evidence-commands';
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
    services: examinersServices(config),
    settings: examinersSettings(config),
  }),
  documentHandlers: (config, orm) => credentialEvidenceHandlers(config, orm),
};

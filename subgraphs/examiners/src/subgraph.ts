import { fileURLToPath } from 'node:url';
import { createServiceClient, type SubgraphDefinition } from '@imepanel/runtime';
import type { ExaminersConfig } from './config';
import type { ExaminersContext } from './context';
import { entities } from './entities';
import { migrations } from './migrations';
import { createExaminersLoaders } from './loaders';
import { buildExaminersSchema } from './schema';

/** The examiners subgraph: owns the panel, in PostgreSQL schema `examiners`. */
export const examinersSubgraph: SubgraphDefinition<ExaminersContext, ExaminersConfig> = {
  name: 'examiners',
  entities,
  migrationsDir: fileURLToPath(new URL('./migrations', import.meta.url)),
  migrations,
  buildSchema: buildExaminersSchema,
  context: ({ em, requestId, log }, config) => ({
    em,
    loaders: createExaminersLoaders(em),
    requestId,
    log,
    actor: null,
    settings: { partyKeySecret: config.partyKeySecret },
    cases: createServiceClient({ name: 'cases', url: config.casesUrl }),
    reports: createServiceClient({ name: 'reports', url: config.reportsUrl }),
  }),
};

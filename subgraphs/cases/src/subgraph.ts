import { fileURLToPath } from 'node:url';
import { createServiceClient, requestContext, type SubgraphDefinition } from '@imepanel/runtime';
import type { CasesConfig } from './config';
import type { CasesContext } from './context';
import { AuditEntry, entities } from './entities';
import { migrations } from './migrations';
import { createCasesLoaders } from './loaders';
import { buildCasesSchema } from './schema';
import { startCasesWorkers } from './messaging/workers';

/** The cases subgraph: owns the referrals, in PostgreSQL schema `cases`. */
export const casesSubgraph: SubgraphDefinition<CasesContext, CasesConfig> = {
  name: 'cases',
  entities,
  migrationsDir: fileURLToPath(new URL('./migrations', import.meta.url)),
  migrations,
  auditEntity: AuditEntry,
  buildSchema: buildCasesSchema,
  workers: startCasesWorkers,
  context: (request, config, runtime) => ({
    ...requestContext(request, config),
    jobs: runtime.jobs,
    loaders: createCasesLoaders(request.em, config.clock),
    services: {
      examiners: createServiceClient({ name: 'examiners', url: config.examinersUrl, caller: 'cases', auth: config.auth }),
      reports: createServiceClient({ name: 'reports', url: config.reportsUrl, caller: 'cases', auth: config.auth }),
    },
    settings: { partyKeySecret: config.partyKeySecret, maxOpenCaseLoad: config.maxOpenCaseLoad, messaging: config.messaging },
    stats: config.stats,
  }),
};

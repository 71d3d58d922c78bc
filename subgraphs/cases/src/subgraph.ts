import { fileURLToPath } from 'node:url';
import type { SubgraphDefinition } from '@imepanel/runtime';
import type { CasesConfig } from './config';
import type { CasesContext } from './context';
import { entities } from './entities';
import { migrations } from './migrations';
import { createCasesLoaders } from './loaders';
import { buildCasesSchema } from './schema';

/** The cases subgraph: owns the referrals, in PostgreSQL schema `cases`. */
export const casesSubgraph: SubgraphDefinition<CasesContext, CasesConfig> = {
  name: 'cases',
  entities,
  migrationsDir: fileURLToPath(new URL('./migrations', import.meta.url)),
  migrations,
  buildSchema: buildCasesSchema,
  context: ({ em, requestId, log }, config) => ({
    em,
    loaders: createCasesLoaders(em),
    requestId,
    log,
    actor: null,
    stats: config.stats,
  }),
};

import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // graphql ships CommonJS (main) and ESM (module) builds. Node loads the CommonJS one for the Apollo and
    // type-graphql packages; Vite would give our sources the ESM one, and two graphql instances refuse each
    // other's types ("from another module or realm"). Pin everything to the one Node uses.
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    // Two files at once (vitest's default is one worker fewer than the cores: one on this 2-core machine). Each
    // integration file waits on PostgreSQL, the browser and its own platform's I/O a good part of the time.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['packages/*/src/**/*.test.ts', 'subgraphs/*/src/**/*.test.ts', 'gateway/src/**/*.test.ts', 'scripts/**/*.test.ts', 'admin/src/**/*.test.{ts,tsx}'],
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/**/*.test.ts'],
          // Each file starts its own platform on its own database copy, so the files share nothing but the
          // modules: loading the platform's modules once per worker instead of once per file saves about a
          // minute and a half of CPU per run (docs/operations.md, "Tests").
          isolate: false,
          setupFiles: ['test/support/isolated-state.ts'],
          globalSetup: ['test/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Kind, parse, type EnumTypeDefinitionNode } from 'graphql';
import { defineConfig, type Plugin } from 'vite';

const gateway = process.env.GATEWAY_URL ?? 'http://localhost:4000';

const SCHEMA_ENUMS = 'virtual:schema-enums';
const supergraph = fileURLToPath(new URL('../schema/supergraph.graphql', import.meta.url));

/**
 * `virtual:schema-enums`: every enum of the committed supergraph (schema/supergraph.graphql) as its list of
 * values in the schema's order, so the console's choices are the API's and are never copied by hand. The SDL is
 * parsed here, at build time; the bundle holds only the lists. Federation's own enums (join__…, link__…) are left out.
 */
function schemaEnums(): Plugin {
  const resolved = `\0${SCHEMA_ENUMS}`;
  return {
    name: 'imepanel-schema-enums',
    resolveId: (id) => (id === SCHEMA_ENUMS ? resolved : undefined),
    load(id) {
      if (id !== resolved) return undefined;
      this.addWatchFile(supergraph);
      const enums = Object.fromEntries(
        parse(readFileSync(supergraph, 'utf8'))
          .definitions.filter((definition): definition is EnumTypeDefinitionNode => definition.kind === Kind.ENUM_TYPE_DEFINITION)
          .filter((definition) => !definition.name.value.includes('__'))
          .map((definition) => [definition.name.value, (definition.values ?? []).map((value) => value.name.value)]),
      );
      return `export const SCHEMA_ENUMS = ${JSON.stringify(enums)};`;
    },
  };
}

/**
 * The console is served by the gateway under /admin (same origin as /graphql, so no CORS). `vite` (dev mode)
 * proxies the API to a running gateway instead. JSX is compiled by Vite's built-in transform (automatic runtime).
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/admin/',
  plugins: [schemaEnums()],
  // The gateway replaces this with a fresh nonce per response, the one its Content-Security-Policy allows
  // (gateway/src/hardening/content-security-policy.ts); main.tsx hands it to emotion for its <style> elements.
  html: { cspNonce: 'IMEPANEL_CSP_NONCE' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    rolldownOptions: {
      // MUI marks its modules 'use client' for React Server Components; that means nothing in a browser bundle.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: {
    proxy: { '/graphql': gateway, '/auth': gateway },
  },
});

import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
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
 * Each hashed asset also as `.br` and `.gz` beside it, compressed once at build time with Node's zlib, so the gateway
 * serves the encoding the browser accepts without compressing on every request (gateway/src/admin-console.ts).
 */
function precompressedAssets(): Plugin {
  return {
    name: 'imepanel-precompressed-assets',
    apply: 'build',
    writeBundle(options) {
      const dir = join(options.dir ?? 'dist', 'assets');
      for (const file of readdirSync(dir)) {
        if (!/\.(js|css|svg|json)$/.test(file)) continue;
        const content = readFileSync(join(dir, file));
        writeFileSync(join(dir, `${file}.br`), brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
        writeFileSync(join(dir, `${file}.gz`), gzipSync(content, { level: 9 }));
      }
    },
  };
}

/**
 * Libraries that change together, each a chunk of its own, cached across releases of the console's own code. A group
 * takes its modules' dependencies too, so the higher priority claims a shared one first.
 */
const VENDOR_CHUNKS: { name: string; test: RegExp; priority: number }[] = [
  { name: 'react', priority: 50, test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ },
  { name: 'mui', priority: 40, test: /node_modules[\\/](@mui|@emotion|@popperjs|react-transition-group|stylis)[\\/]/ },
  { name: 'react-admin', priority: 20, test: /node_modules[\\/](react-admin|ra-[a-z-]+|@tanstack|react-hook-form|lodash|inflection|date-fns|react-dropzone|query-string)[\\/]/ },
  { name: 'graphql', priority: 35, test: /node_modules[\\/](@apollo|graphql|@wry|optimism|zen-observable|ts-invariant|@graphql-typed-document-node|symbol-observable)[\\/]/ },
  { name: 'charts', priority: 30, test: /node_modules[\\/](recharts|d3-[a-z-]+|victory-vendor|decimal\.js-light|es-toolkit|eventemitter3|immer|@reduxjs|redux|reselect|react-redux)[\\/]/ },
];

/**
 * The console is served by the gateway under /admin (same origin as /graphql, so no CORS). `vite` (dev mode)
 * proxies the API to a running gateway instead. JSX is compiled by Vite's built-in transform (automatic runtime).
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/admin/',
  plugins: [schemaEnums(), precompressedAssets()],
  // Production builds of the libraries: Apollo Client's development checks off (its docs, "Reducing bundle size"),
  // graphql-js's too (its "Going to production" page).
  define: { 'globalThis.__DEV__': 'false', 'globalThis.process': 'true', 'process.env.NODE_ENV': JSON.stringify('production') },
  // The gateway replaces this with a fresh nonce per response, the one its Content-Security-Policy allows
  // (gateway/src/hardening/content-security-policy.ts); main.tsx hands it to emotion for its <style> elements.
  html: { cspNonce: 'IMEPANEL_CSP_NONCE' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1000,
    rolldownOptions: {
      output: { codeSplitting: { groups: VENDOR_CHUNKS } },
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

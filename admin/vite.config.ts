import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const gateway = process.env.GATEWAY_URL ?? 'http://localhost:4000';

/**
 * The console is served by the gateway under /admin (same origin as /graphql, so no CORS). `vite` (dev mode)
 * proxies the API to a running gateway instead. JSX is compiled by Vite's built-in transform (automatic runtime).
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/admin/',
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

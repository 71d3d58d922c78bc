import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from '@imepanel/runtime';
import express from 'express';
import { CSP_NONCE_PLACEHOLDER, consoleContentSecurityPolicy, newNonce } from './hardening/content-security-policy';

/** Where the console is served: the same origin as /graphql, so the browser needs no CORS. */
export const ADMIN_CONSOLE_PATH = '/admin';

/**
 * Serves the built react-admin console (admin/dist) at /admin. Hashed assets are cached for a year; index.html
 * never, so a rebuild is picked up on the next load. When the build is missing, /admin says how to build it
 * instead of answering 404 (`npm start` builds it before starting the gateway). The page is served with a strict
 * Content-Security-Policy carrying a fresh nonce each time (hardening/content-security-policy.ts). `/` leads to
 * the console, and `/favicon.ico` (which browsers ask the root for, whatever page they show) is the console's icon.
 */
export function serveAdminConsole(app: express.Express, dir: string, log: Logger): void {
  const index = join(dir, 'index.html');
  app.get('/', (_req, res) => res.redirect(302, `${ADMIN_CONSOLE_PATH}/`));
  app.get('/favicon.ico', (_req, res, next) => {
    const icon = join(dir, 'favicon.ico');
    if (!existsSync(icon)) return next();
    res.setHeader('cache-control', 'public, max-age=86400');
    res.type('image/x-icon').sendFile(icon);
  });
  app.use(
    `${ADMIN_CONSOLE_PATH}/assets`,
    express.static(join(dir, 'assets'), { immutable: true, maxAge: '365d', fallthrough: false }),
  );
  // The console routes with the URL hash (/admin/#/examiners/…), so its one page is /admin/.
  app.get([ADMIN_CONSOLE_PATH, `${ADMIN_CONSOLE_PATH}/`], async (req, res) => {
    if (!req.originalUrl.startsWith(`${ADMIN_CONSOLE_PATH}/`)) {
      res.redirect(301, `${ADMIN_CONSOLE_PATH}/`);
      return;
    }
    if (!existsSync(index)) {
      res
        .status(503)
        .type('text/plain')
        .send(`The admin console is not built yet: run \`npm run build -w admin\` (npm start builds it) and reload.\n`);
      return;
    }
    const nonce = newNonce();
    const page = (await readFile(index, 'utf8')).replaceAll(CSP_NONCE_PLACEHOLDER, nonce);
    res.setHeader('cache-control', 'no-cache');
    res.setHeader('content-security-policy', consoleContentSecurityPolicy(nonce));
    res.type('html').send(page);
  });
  app.use(
    ADMIN_CONSOLE_PATH,
    express.static(dir, {
      index: false,
      setHeaders: (res, path) => {
        res.setHeader('cache-control', 'no-cache');
        // Any other HTML of the build gets a policy too: one without a nonce, so nothing inline runs in it.
        if (path.endsWith('.html')) res.setHeader('content-security-policy', consoleContentSecurityPolicy(newNonce()));
      },
    }),
  );
  if (!existsSync(index)) log.warn({ dir }, 'admin console not built: /admin answers 503 until `npm run build -w admin`');
}

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from '@imepanel/runtime';
import express from 'express';

/** Where the console is served: the same origin as /graphql, so the browser needs no CORS. */
export const ADMIN_CONSOLE_PATH = '/admin';

/**
 * Serves the built react-admin console (admin/dist) at /admin. Hashed assets are cached for a year; index.html
 * never, so a rebuild is picked up on the next load. When the build is missing, /admin says how to build it
 * instead of answering 404 (`npm start` builds it before starting the gateway). `/` leads to the console, and
 * `/favicon.ico` (which browsers ask the root for, whatever page they show) is the console's icon.
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
  app.get([ADMIN_CONSOLE_PATH, `${ADMIN_CONSOLE_PATH}/`], (req, res) => {
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
    res.setHeader('cache-control', 'no-cache');
    res.sendFile(index);
  });
  app.use(
    ADMIN_CONSOLE_PATH,
    express.static(dir, { index: false, setHeaders: (res) => res.setHeader('cache-control', 'no-cache') }),
  );
  if (!existsSync(index)) log.warn({ dir }, 'admin console not built: /admin answers 503 until `npm run build -w admin`');
}

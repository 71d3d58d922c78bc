import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { Logger } from '@imepanel/runtime';
import express from 'express';
import { CSP_NONCE_PLACEHOLDER, consoleContentSecurityPolicy, newNonce } from './hardening/content-security-policy';

/** Where the console is served: the same origin as /graphql, so the browser needs no CORS. */
export const ADMIN_CONSOLE_PATH = '/admin';

/**
 * Serves the built react-admin console (admin/dist) at /admin. Hashed assets are cached for a year as immutable and
 * sent compressed (`hashedAssets`); index.html is revalidated on every load, so a rebuild is picked up on the next load. When the build is missing, /admin says how to build it
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
  app.use(`${ADMIN_CONSOLE_PATH}/assets`, hashedAssets(join(dir, 'assets')));
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

/** The encodings the build writes beside each asset (admin/vite.config.ts), best first. */
const ENCODINGS = [
  { token: 'br', suffix: '.br' },
  { token: 'gzip', suffix: '.gz' },
];

function accepted(header: string | undefined, token: string): boolean {
  return (header ?? '').split(',').some((part) => {
    const [name, ...params] = part.trim().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return name.trim().toLowerCase() === token && (!q || Number(q.slice(2)) > 0);
  });
}

/**
 * The console's hashed assets (their names change with their content): `Cache-Control: public, max-age=31536000,
 * immutable` in place of the API's `no-store` (hardening/security-headers.ts), and the build's Brotli or gzip copy
 * when the browser accepts it (`Vary: Accept-Encoding`). Only names in the folder itself are served; anything
 * else is a 404.
 */
export function hashedAssets(dir: string): express.RequestHandler {
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const name = decodeURIComponent(req.path.replace(/^\//, ''));
    const file = join(dir, name);
    if (!name || basename(name) !== name || name.startsWith('.') || ENCODINGS.some((e) => name.endsWith(e.suffix)) || !existsSync(file)) {
      res.status(404).type('text/plain').send('Not found\n');
      return;
    }
    res.setHeader('cache-control', 'public, max-age=31536000, immutable');
    res.setHeader('vary', 'Accept-Encoding');
    res.type(extname(name));
    const encoding = ENCODINGS.find((e) => accepted(req.headers['accept-encoding'], e.token) && existsSync(file + e.suffix));
    if (encoding) res.setHeader('content-encoding', encoding.token);
    res.sendFile(encoding ? file + encoding.suffix : file, { cacheControl: false, lastModified: true }, (error) => {
      if (error && !res.headersSent) next(error);
    });
  };
}

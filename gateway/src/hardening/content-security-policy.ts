import { randomBytes } from 'node:crypto';

/**
 * The placeholder the console's build puts wherever a CSP nonce goes (admin/vite.config.ts, `html.cspNonce`):
 * the `nonce` of its script and style tags and of `<meta property="csp-nonce">`, from which the console's
 * emotion cache reads it (admin/src/main.tsx). The gateway replaces it with a fresh nonce in every response.
 */
export const CSP_NONCE_PLACEHOLDER = 'IMEPANEL_CSP_NONCE';

export const newNonce = () => randomBytes(18).toString('base64');

/**
 * The console's Content-Security-Policy (docs/security.md, "Hardening at the gateway"): scripts only from the
 * console's own files, no inline script, no eval; the API on the same origin only; never framed.
 *
 * Styles: MUI styles components through emotion, which writes `<style>` elements at run time. Instead of
 * `'unsafe-inline'`, those elements carry the per-response nonce (the console creates its emotion cache with
 * it), so an injected `<style>` or `<script>` is refused like any other. `style="…"` attributes are refused too:
 * React sets element styles through the CSSOM (`element.style`), which CSP does not govern.
 */
export function consoleContentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    `style-src 'self' 'nonce-${nonce}'`,
    // data: for the small images MUI and the browser inline (e.g. SVG masks); no remote images.
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "base-uri 'none'",
    "form-action 'self'",
    "object-src 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

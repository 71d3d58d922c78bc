import { isIP } from 'node:net';

/**
 * Which webhook URLs are taken (docs/messaging.md, "Webhooks"): http or https only, no credentials in the URL,
 * and — unless private addresses are allowed (WEBHOOK_ALLOW_PRIVATE_ADDRESSES, on outside production) — no host
 * that is or resolves to a loopback, private, link-local or otherwise internal address, so a webhook cannot make
 * the platform call its own network (SSRF). The address check runs again before every delivery, on what the name
 * resolves to then.
 */
export type WebhookUrlProblem = 'NOT_A_URL' | 'SCHEME' | 'CREDENTIALS' | 'PRIVATE_ADDRESS';

export function webhookUrlProblem(url: string): { problem: WebhookUrlProblem; message: string } | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { problem: 'NOT_A_URL', message: `'${url.slice(0, 100)}' is not an absolute URL` };
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return { problem: 'SCHEME', message: `only http and https URLs are taken, not ${parsed.protocol}` };
  if (parsed.username || parsed.password) return { problem: 'CREDENTIALS', message: 'a webhook URL carries no user name or password: the signature authenticates the platform' };
  return null;
}

const v4 = (ip: string) => ip.split('.').map(Number);

/** Whether an IP address is one a webhook must not reach: loopback, private, link-local, CGNAT, multicast, unspecified… */
export function isInternalAddress(ip: string): boolean {
  const family = isIP(ip);
  if (family === 4) {
    const [a, b] = v4(ip);
    return (
      a === 0 || a === 10 || a === 127 || (a === 100 && b >= 64 && b <= 127) || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) || (a === 192 && b === 0) || (a === 198 && (b === 18 || b === 19)) || a >= 224
    );
  }
  if (family === 6) {
    const lower = ip.toLowerCase();
    const mapped = lower.match(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/);
    if (mapped) return isInternalAddress(mapped[1]);
    return lower === '::' || lower === '::1' || /^f[cd]/.test(lower) || /^fe[89ab]/.test(lower) || lower.startsWith('ff');
  }
  return true;
}

/** The public account endpoints (docs/security.md, "Accounts and invitations"), called before anyone is signed in. */
export async function publicAccountCall<T>(path: string, body: unknown): Promise<{ ok: true; body: T } | { ok: false; status: number; message: string; field?: string }> {
  const response = await fetch(path, { method: 'POST', credentials: 'same-origin', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).catch(() => null);
  if (!response) return { ok: false, status: 0, message: 'Cannot reach the gateway: check that the platform is running.' };
  const json = (await response.json().catch(() => ({}))) as any;
  if (response.ok) return { ok: true, body: json as T };
  if (response.status === 404) return { ok: false, status: 404, message: 'This gateway has no local accounts: your organisation’s identity provider manages passwords.' };
  if (response.status === 429) return { ok: false, status: 429, message: 'Too many requests: wait a minute and try again.' };
  const error = json?.errors?.[0];
  return { ok: false, status: response.status, message: error?.message ?? `The gateway answered ${response.status}`, field: error?.extensions?.fields?.[0]?.field };
}

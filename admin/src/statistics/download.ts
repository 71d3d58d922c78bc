import { freshAuthorizationHeader } from '../authProvider';

/**
 * Downloads `GET /stats/<kind>.csv` (gateway, docs/statistics.md) with the caller's token: the same question the
 * page shows, every measure a column, suppression applied as it is to the caller.
 */
export async function downloadStatsCsv(kind: 'cases' | 'reports', groupBy: string[], filter: Record<string, unknown>): Promise<void> {
  const params = new URLSearchParams();
  if (groupBy.length) params.set('groupBy', groupBy.join(','));
  for (const [name, value] of Object.entries(filter)) {
    if (Array.isArray(value)) value.forEach((v) => params.append(name, String(v)));
    else if (value !== undefined && value !== null && value !== '') params.set(name, String(value));
  }
  const response = await fetch(`/stats/${kind}.csv?${params}`, { headers: await freshAuthorizationHeader() });
  if (!response.ok) {
    const body = await response.json().catch(() => null);
    throw new Error(body?.errors?.[0]?.message ?? `The export failed (HTTP ${response.status})`);
  }
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = kind === 'cases' ? 'case-stats.csv' : 'report-stats.csv';
  document.body.appendChild(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

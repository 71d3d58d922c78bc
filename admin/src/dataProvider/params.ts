import type { PaginationPayload, SortPayload } from 'ra-core';

/** How one react-admin filter value becomes one field of the API's filter input. */
export type FilterRule = {
  /** The API's name for it, when different (react-admin's full-text `q` is the API's `search`). */
  to?: string;
  type: 'string' | 'list' | 'int' | 'float' | 'bool' | 'id';
};
export type FilterRules = Record<string, FilterRule>;

const blank = (v: unknown) => v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);

/**
 * Translates react-admin's filter values (from the URL, so possibly strings) into the API's filter input.
 * Values the API does not know are dropped rather than sent, so a hand-edited URL cannot break the query.
 */
export function toApiFilter(filter: Record<string, unknown> | undefined, rules: FilterRules): Record<string, unknown> | undefined {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(filter ?? {})) {
    const rule = rules[key];
    if (!rule || blank(value)) continue;
    const name = rule.to ?? key;
    switch (rule.type) {
      case 'list':
        out[name] = (Array.isArray(value) ? value : [value]).map(String);
        break;
      case 'int':
      case 'float': {
        const n = Number(value);
        if (Number.isFinite(n)) out[name] = rule.type === 'int' ? Math.trunc(n) : n;
        break;
      }
      case 'bool':
        out[name] = value === true || value === 'true';
        break;
      default:
        out[name] = String(value).trim();
    }
  }
  return Object.keys(out).length ? out : undefined;
}

/** The API's offset pagination (at most 200 a page) from react-admin's page numbers. */
export function toApiPage(pagination: PaginationPayload | undefined): { limit: number; offset: number } {
  const perPage = Math.min(Math.max(pagination?.perPage ?? 25, 1), 200);
  const page = Math.max(pagination?.page ?? 1, 1);
  return { limit: perPage, offset: (page - 1) * perPage };
}

/** The API's `{ field, direction }` sort, when react-admin sorts by a column the API can sort by. */
export function toApiSort(sort: SortPayload | undefined, fields: Record<string, string>) {
  const field = sort?.field ? fields[sort.field] : undefined;
  return field ? { field, direction: sort!.order === 'DESC' ? 'DESC' : 'ASC' } : undefined;
}

/** Optional text: blank means "none" (null), so clearing a field in a form clears it in the API. */
export function optionalText(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  const text = String(value).trim();
  return text === '' ? null : text;
}

/** Required text is sent as typed (trimmed): the API says so when it is blank, next to the field. */
export const requiredText = (value: unknown): string => (value === undefined || value === null ? '' : String(value).trim());

export function optionalNumber(value: unknown): number | null {
  if (value === undefined || value === null || value === '') return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
}

/**
 * The fields of `next` that differ from `previous`. Updates send only these: the API changes only the fields
 * given, so a save never rewrites a field the user did not touch.
 */
export function changedFields<T extends Record<string, unknown>>(next: T, previous: Partial<T> | undefined): Partial<T> {
  const out: Partial<T> = {};
  for (const key of Object.keys(next) as (keyof T)[]) {
    if (previous === undefined || JSON.stringify(next[key]) !== JSON.stringify(previous[key])) out[key] = next[key];
  }
  return out;
}

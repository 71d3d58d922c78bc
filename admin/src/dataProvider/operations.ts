import { parse, type DocumentNode } from 'graphql';
import type { ApiError } from './errors';
import {
  HttpError,
  type CreateParams,
  type DeleteParams,
  type GetListParams,
  type GetManyParams,
  type GetManyReferenceParams,
  type GetOneParams,
  type RaRecord,
  type UpdateParams,
} from 'ra-core';

/** What ra-data-graphql runs for one react-admin call: a GraphQL document, its variables, and the reading of the answer. */
export interface Operation {
  query: DocumentNode;
  variables: Record<string, unknown>;
  parseResponse: (response: { data: any }) => any;
}

/** How one react-admin resource maps onto the API's own queries and mutations. */
export interface ResourceAdapter {
  getList?(params: GetListParams): Operation;
  getOne?(params: GetOneParams): Operation;
  getMany?(params: GetManyParams): Operation;
  getManyReference?(params: GetManyReferenceParams): Operation;
  create?(params: CreateParams): Operation;
  update?(params: UpdateParams): Operation;
  delete?(params: DeleteParams): Operation;
}

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function declare(argTypes: Record<string, string>) {
  const names = Object.keys(argTypes);
  return {
    definitions: names.length ? `(${names.map((a) => `$${a}: ${argTypes[a]}`).join(', ')})` : '',
    args: names.length ? `(${names.map((a) => `${a}: $${a}`).join(', ')})` : '',
  };
}

/** A page of a list query (`examiners(filter, sort, page) { items total }`), as react-admin's `{ data, total }`. */
export function pageQuery(options: {
  field: string;
  argTypes: Record<string, string>;
  variables: Record<string, unknown>;
  selection: string;
  toRecord: (item: any) => RaRecord;
}): Operation {
  const { definitions, args } = declare(options.argTypes);
  return {
    query: parse(`query ${capitalised(options.field)}Page${definitions} { ${options.field}${args} { total items { ${options.selection} } } }`),
    variables: options.variables,
    parseResponse: ({ data }) => ({ data: data[options.field].items.map(options.toRecord), total: data[options.field].total }),
  };
}

/** One record by key (`examiner(id)`); a missing record is a 404 react-admin shows as such. */
export function oneQuery(options: {
  field: string;
  entity: string;
  key?: { name: string; type: string };
  id: unknown;
  selection: string;
  toRecord: (item: any) => RaRecord;
}): Operation {
  const key = options.key ?? { name: 'id', type: 'ID!' };
  return {
    query: parse(`query ${capitalised(options.field)}($${key.name}: ${key.type}) { ${options.field}(${key.name}: $${key.name}) { ${options.selection} } }`),
    variables: { [key.name]: options.id },
    parseResponse: ({ data }) => {
      if (!data[options.field]) throw new HttpError(`${options.entity} ${options.id} does not exist (it may have been removed)`, 404, { code: 'NOT_FOUND' });
      return { data: options.toRecord(data[options.field]) };
    },
  };
}

/** Several records by key in one request, one aliased field each (the API has no "by ids" filter). */
export function manyQuery(options: {
  field: string;
  key?: { name: string; type: string };
  ids: readonly unknown[];
  selection: string;
  toRecord: (item: any) => RaRecord;
}): Operation {
  const key = options.key ?? { name: 'id', type: 'ID!' };
  const ids = [...new Set(options.ids)];
  if (ids.length === 0) return { query: parse('query Nothing { __typename }'), variables: {}, parseResponse: () => ({ data: [] }) };
  const definitions = ids.map((_, i) => `$k${i}: ${key.type}`).join(', ');
  const fields = ids.map((_, i) => `r${i}: ${options.field}(${key.name}: $k${i}) { ${options.selection} }`).join(' ');
  return {
    query: parse(`query Many${capitalised(options.field)}(${definitions}) { ${fields} }`),
    variables: Object.fromEntries(ids.map((id, i) => [`k${i}`, id])),
    parseResponse: ({ data }) => ({ data: ids.map((_, i) => data[`r${i}`]).filter(Boolean).map(options.toRecord) }),
  };
}

/** A mutation of the API; `toData` turns its answer into the record react-admin expects back. */
export function mutation(options: {
  field: string;
  argTypes: Record<string, string>;
  variables: Record<string, unknown>;
  /** Omit for mutations answering a scalar (an id). */
  selection?: string;
  toData: (result: any) => any;
}): Operation {
  const { definitions, args } = declare(options.argTypes);
  const selection = options.selection ? ` { ${options.selection} }` : '';
  return {
    query: parse(`mutation ${capitalised(options.field)}${definitions} { ${options.field}${args}${selection} }`),
    variables: options.variables,
    parseResponse: ({ data }) => ({ data: options.toData(data[options.field]) }),
  };
}

/**
 * Reads accept an answer in which some fields were refused: the API answers a field the caller's role may not
 * read (an analyst and a claim number, say) with null and a FORBIDDEN error at that field's path, and the page
 * shows the rest. Any other error, or a refusal of the whole query, fails the call as usual. Each record answered
 * lists the fields refused on it in `_refused` (`['claimNumber', 'timeline', 'appointments.0.location']`), so that its page can say
 * "Not shown to analysts" instead of a blank (common/NotShown.tsx).
 */
export function withRefusedFieldsAsNull(operation: Operation): Operation {
  return {
    ...operation,
    parseResponse: (response: { data: any; errors?: readonly ApiError[] }) => {
      const fatal = (response.errors ?? []).filter((e) => e.extensions?.code !== 'FORBIDDEN' || (e.path?.length ?? 0) < 2);
      if (fatal.length || !response.data) throw { graphQLErrors: fatal.length ? fatal : (response.errors ?? []) };
      const parsed = operation.parseResponse(response);
      for (const error of response.errors ?? []) markRefused(parsed?.data, response.data, error.path ?? []);
      return parsed;
    },
  };
}

/** Notes a refused field on the record it belongs to: `[field, name…]` (one record) or `[field, 'items', i, name…]` (a page). */
function markRefused(records: unknown, data: Record<string, any>, path: readonly (string | number)[]) {
  const [root, ...rest] = path;
  const answered = data[root as string];
  const paged = answered && typeof answered === 'object' && 'items' in answered && rest[0] === 'items';
  const record = paged ? (Array.isArray(records) ? records[rest[1] as number] : undefined) : Array.isArray(records) ? undefined : records;
  // The path below the record: `claimNumber`, or `appointments.0.location` for a field of a nested object.
  const below = paged ? rest.slice(2) : rest;
  const field = below.join('.');
  if (!record || typeof record !== 'object' || typeof below[0] !== 'string') return;
  const refused = ((record as { _refused?: string[] })._refused ??= []);
  if (!refused.includes(field)) refused.push(field);
}

import { getNamedType, isScalarType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { collectTouchedRecords } from '../audit/touched-records';
import type { SubgraphContext } from './context';

const isId = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length <= 100;

/**
 * An entry names at most this many records; a batch that changes more (refreshReputation scores every examiner)
 * names the first ones and counts the rest in `details.recordIdsOmitted`, so one entry stays one small row.
 */
export const MAX_AUDITED_RECORD_IDS = 1000;

/** Ids a mutation named: the record it returned (or the id it answered) and the ids it was given. */
function recordIdsOf(args: Record<string, unknown>, result: unknown): string[] {
  const ids = new Set<string>();
  if (isId(result)) ids.add(result);
  else if (result && typeof result === 'object' && isId((result as { id?: unknown }).id)) ids.add((result as { id: string }).id);
  const collect = (source: Record<string, unknown> | null | undefined) => {
    for (const [name, value] of Object.entries(source ?? {})) {
      if ((name === 'id' || name.endsWith('Id')) && isId(value)) ids.add(value);
    }
  };
  collect(args);
  if (args.input && typeof args.input === 'object') collect(args.input as Record<string, unknown>);
  return [...ids];
}

/** Names (never values, which may be personal data) of the arguments and input fields a mutation was given. */
function detailsOf(args: Record<string, unknown>): Record<string, unknown> {
  const input = args.input && typeof args.input === 'object' ? (args.input as Record<string, unknown>) : null;
  return {
    arguments: Object.keys(args),
    ...(input ? { inputFields: Object.keys(input).filter((k) => input[k] !== undefined) } : {}),
  };
}

/**
 * Wraps every Mutation resolver so each successful mutation writes one audit entry (who, which mutation, which
 * records — those it returned and was given, and every record its units of work changed (audit/touched-records.ts)
 * — when, request id). The entry is written after the mutation's own transaction committed, in a
 * statement of its own: a failed mutation writes none, and should the audit write itself fail, the error is
 * logged (the change stands and the caller is told it succeeded, so it is not retried twice).
 */
export function auditMutations(schema: GraphQLSchema, resolvers: Record<string, Record<string, unknown>>): void {
  const mutation = schema.getMutationType();
  if (!mutation) return;
  const wrapped: Record<string, unknown> = { ...(resolvers.Mutation ?? {}) };
  for (const field of Object.values(mutation.getFields())) {
    const resolve = (wrapped[field.name] ?? field.resolve) as GraphQLFieldResolver<unknown, SubgraphContext<unknown>> | undefined;
    if (!resolve) continue;
    const returned = getNamedType(field.type);
    const recordType = isScalarType(returned) ? null : returned.name;
    wrapped[field.name] = async (root: unknown, args: Record<string, unknown>, ctx: SubgraphContext<unknown>, info: Parameters<GraphQLFieldResolver<unknown, unknown>>[3]) => {
      const { result, recordIds: changed } = await collectTouchedRecords(() => resolve(root, args, ctx, info));
      try {
        const recordIds = [...new Set([...recordIdsOf(args, result), ...changed])];
        const omitted = Math.max(0, recordIds.length - MAX_AUDITED_RECORD_IDS);
        const details = { ...detailsOf(args), ...(omitted > 0 ? { recordIdsOmitted: omitted } : {}) };
        await ctx.audit.mutation({ operation: field.name, recordType, recordIds: recordIds.slice(0, MAX_AUDITED_RECORD_IDS), details, info });
      } catch (error) {
        ctx.log.error({ err: error, mutation: field.name }, 'the audit entry of a committed mutation could not be written');
      }
      return result;
    };
  }
  resolvers.Mutation = wrapped;
}

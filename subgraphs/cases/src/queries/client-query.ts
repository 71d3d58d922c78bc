import { containsPattern, findPage, isGiven, SortDirection, type Page, type PageInput } from '@imepanel/runtime';
import { clientScope } from '../access';
import type { CasesCommandContext } from '../context';
import { Client } from '../entities';
import type { ClientFilter } from '../inputs/client.inputs';

/** The ordering organisations the actor may see (a CLIENT its own) matching the filter, by name. */
export function findClients(ctx: CasesCommandContext, filter: ClientFilter | undefined, page: PageInput): Promise<Page<Client>> {
  return findPage(ctx.em, Client, {
    alias: 'cl',
    where: [
      clientScope(ctx.actor),
      filter?.search?.trim() && { name: { $ilike: containsPattern(filter.search) } },
      filter?.kind?.length && { kind: { $in: filter.kind } },
      isGiven(filter?.active) && { active: filter.active },
    ],
    order: { properties: ['name'], direction: SortDirection.ASC },
    page,
  });
}

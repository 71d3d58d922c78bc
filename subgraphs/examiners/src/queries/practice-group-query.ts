import { containsPattern, findPage, SortDirection, type Page, type PageInput } from '@imepanel/runtime';
import type { ExaminersCommandContext } from '../context';
import { PracticeGroup } from '../entities';

/** The practice groups whose name contains `search` (any case), by name. */
export function findPracticeGroups(ctx: ExaminersCommandContext, search: string | undefined, page: PageInput): Promise<Page<PracticeGroup>> {
  return findPage(ctx.em, PracticeGroup, {
    alias: 'g',
    where: [search?.trim() && { name: { $ilike: containsPattern(search) } }],
    order: { properties: ['name'], direction: SortDirection.ASC },
    page,
  });
}

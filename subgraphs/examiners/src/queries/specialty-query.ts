import { containsPattern, findPage, isGiven, SortDirection, type Page, type PageInput } from '@imepanel/runtime';
import type { ExaminersCommandContext } from '../context';
import { Specialty } from '../entities';
import type { SpecialtyFilter } from '../inputs/specialty.inputs';

/** The specialty taxonomy matching the filter, by name. */
export function findSpecialties(ctx: ExaminersCommandContext, filter: SpecialtyFilter | undefined, page: PageInput): Promise<Page<Specialty>> {
  const search = filter?.search?.trim() ? containsPattern(filter.search) : null;
  return findPage(ctx.em, Specialty, {
    alias: 's',
    where: [
      search && { $or: [{ code: { $ilike: search } }, { name: { $ilike: search } }] },
      isGiven(filter?.active) && { active: filter.active },
      filter?.parentCode && { parent: { code: filter.parentCode } },
      filter?.rootsOnly && { parent: null },
    ],
    order: { properties: ['name', 'code'], direction: SortDirection.ASC },
    page,
  });
}

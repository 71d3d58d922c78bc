import { listQuery, MAX_PAGE_SIZE, SortDirection } from '@imepanel/runtime';
import type { CasesCommandContext } from '../context';
import { JurisdictionRule } from '../entities';

/** Every jurisdiction with IME rules, by code: one list, in the list ordering policy, of at most a full page. */
export function findJurisdictionRules(ctx: CasesCommandContext): Promise<JurisdictionRule[]> {
  return listQuery(ctx.em, JurisdictionRule, {
    alias: 'r',
    order: { properties: ['code'], direction: SortDirection.ASC },
    page: { limit: MAX_PAGE_SIZE, offset: 0 },
  }).getResult();
}

import { containsPattern, findPage, isGiven, sqlCondition, today, type Page, type PageInput } from '@imepanel/runtime';
import type { ExaminersCommandContext } from '../context';
import { Examiner } from '../entities';
import { ExaminerSort, type ExaminerFilter } from '../inputs/examiner.inputs';

/** Specialty and all of its descendants in the taxonomy. */
const SPECIALTY_SUBTREE = `with recursive tree as (
    select id from examiners.specialty where code = ?
    union all select s.id from examiners.specialty s join tree t on s.parent_id = t.id
  ) select id from tree`;

/**
 * One page of examiners matching the filter: one statement for the rows, one for the total. "Within N days" is
 * counted from the clock's today.
 */
export function findExaminers(ctx: ExaminersCommandContext, filter: ExaminerFilter | undefined, sort: ExaminerSort | undefined, page: PageInput): Promise<Page<Examiner>> {
  const search = filter?.search?.trim() ? containsPattern(filter.search) : null;
  return findPage(ctx.em, Examiner, {
    alias: 'e',
    where: [
      search && sqlCondition(`(e.first_name || ' ' || e.last_name ilike ? or e.npi like ? or e.email ilike ?)`, [search, search, search]),
      filter?.status?.length && { status: { $in: filter.status } },
      filter?.specialtyCode &&
        sqlCondition(`e.id in (select es.examiner_id from examiners.examiner_specialty es where es.specialty_id in (${SPECIALTY_SUBTREE}))`, [
          filter.specialtyCode,
        ]),
      filter?.jurisdiction &&
        sqlCondition(`e.id in (select c.examiner_id from examiners.credential c where c.kind = 'MEDICAL_LICENSE' and c.jurisdiction = ?)`, [
          filter.jurisdiction,
        ]),
      filter?.practiceGroupId && { practiceGroup: filter.practiceGroupId },
      filter?.language && sqlCondition('? = any(e.languages)', [filter.language]),
      isGiven(filter?.telehealth) && { telehealth: filter.telehealth },
      isGiven(filter?.credentialExpiringWithinDays) &&
        sqlCondition(
          `e.id in (select c.examiner_id from examiners.credential c where c.expires_on is not null and c.expires_on <= ?::date + ?::int)`,
          [today(ctx.clock), filter.credentialExpiringWithinDays],
        ),
      isGiven(filter?.reputationMin) && { reputationScore: { $gte: filter.reputationMin } },
      isGiven(filter?.reputationMax) && { reputationScore: { $lte: filter.reputationMax } },
    ],
    order: ExaminerSort.order(sort),
    page,
  });
}

import { containsPattern, listOrder, SortDirection, toPage, type Page, type PageInput } from '@imepanel/runtime';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Examiner } from '../entities';
import { ExaminerSortField, type ExaminerFilter, type ExaminerSort } from '../inputs/examiner.inputs';

const SORT_COLUMNS: Record<ExaminerSortField, string[]> = {
  [ExaminerSortField.NAME]: ['lastName', 'firstName'],
  [ExaminerSortField.CREATED_AT]: ['createdAt'],
  [ExaminerSortField.UPDATED_AT]: ['updatedAt'],
  [ExaminerSortField.STATUS]: ['status', 'lastName'],
  [ExaminerSortField.YEARS_IN_PRACTICE]: ['yearsInPractice'],
  [ExaminerSortField.REPUTATION]: ['reputationScore'],
};

/** Specialty and all of its descendants in the taxonomy. */
const SPECIALTY_SUBTREE = `with recursive tree as (
    select id from examiners.specialty where code = ?
    union all select s.id from examiners.specialty s join tree t on s.parent_id = t.id
  ) select id from tree`;

/** One page of examiners matching the filter: one statement for the rows, one for the total. */
export async function findExaminers(
  em: EntityManager,
  filter: ExaminerFilter | undefined,
  sort: ExaminerSort | undefined,
  page: PageInput,
): Promise<Page<Examiner>> {
  const qb = em.createQueryBuilder(Examiner, 'e');
  if (filter?.search?.trim()) {
    const pattern = containsPattern(filter.search);
    qb.andWhere(`(e.first_name || ' ' || e.last_name ilike ? or e.npi like ? or e.email ilike ?)`, [pattern, pattern, pattern]);
  }
  if (filter?.status?.length) qb.andWhere({ status: { $in: filter.status } });
  if (filter?.specialtyCode) {
    qb.andWhere(
      `e.id in (select es.examiner_id from examiners.examiner_specialty es where es.specialty_id in (${SPECIALTY_SUBTREE}))`,
      [filter.specialtyCode],
    );
  }
  if (filter?.jurisdiction) {
    qb.andWhere(
      `e.id in (select c.examiner_id from examiners.credential c where c.kind = 'MEDICAL_LICENSE' and c.jurisdiction = ?)`,
      [filter.jurisdiction],
    );
  }
  if (filter?.practiceGroupId) qb.andWhere({ practiceGroup: filter.practiceGroupId });
  if (filter?.language) qb.andWhere('? = any(e.languages)', [filter.language]);
  if (filter?.telehealth !== undefined && filter.telehealth !== null) qb.andWhere({ telehealth: filter.telehealth });
  if (filter?.credentialExpiringWithinDays !== undefined && filter.credentialExpiringWithinDays !== null) {
    qb.andWhere(
      `e.id in (select c.examiner_id from examiners.credential c where c.expires_on is not null and c.expires_on <= current_date + ?::int)`,
      [filter.credentialExpiringWithinDays],
    );
  }
  if (filter?.reputationMin !== undefined && filter.reputationMin !== null) qb.andWhere({ reputationScore: { $gte: filter.reputationMin } });
  if (filter?.reputationMax !== undefined && filter.reputationMax !== null) qb.andWhere({ reputationScore: { $lte: filter.reputationMax } });

  const order = listOrder(em, Examiner, SORT_COLUMNS[sort?.field ?? ExaminerSortField.NAME], sort?.direction ?? SortDirection.ASC);
  qb.orderBy(order).limit(page.limit).offset(page.offset);

  const [items, total] = await qb.getResultAndCount();
  return toPage(items, total, page);
}

import type { EntityManager } from '@mikro-orm/postgresql';
import { OPEN_CASE_STATUSES } from '../domain/case-lifecycle';

/** Open cases per examiner, in one statement. */
export async function openCaseLoads(em: EntityManager, examinerIds: readonly string[]): Promise<Map<string, number>> {
  if (examinerIds.length === 0) return new Map();
  const rows: { examiner_id: string; open: string }[] = await em.execute(
    `select examiner_id, count(*) as open from cases.ime_case where examiner_id in (?) and status in (?) group by examiner_id`,
    [[...examinerIds], [...OPEN_CASE_STATUSES]],
  );
  return new Map(rows.map((r) => [r.examiner_id, Number(r.open)]));
}

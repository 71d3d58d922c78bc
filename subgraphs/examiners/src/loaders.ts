import { batchLoader, groupLoader, keyLoader } from '@imepanel/runtime';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  ConflictDeclaration,
  Credential,
  Examiner,
  ExaminerSpecialty,
  OfficeLocation,
  PracticeGroup,
  ReputationSnapshot,
  Specialty,
} from './entities';

/** Per-request DataLoaders: every reference and relation hop of this subgraph costs one statement per tick. */
export function createExaminersLoaders(em: EntityManager) {
  return {
    examinerById: keyLoader(em, Examiner, 'id'),
    specialtyById: keyLoader(em, Specialty, 'id'),
    specialtyByCode: keyLoader(em, Specialty, 'code'),
    practiceGroupById: keyLoader(em, PracticeGroup, 'id'),
    officesByExaminer: groupLoader(
      em,
      OfficeLocation,
      (ids) => ({ examiner: { $in: ids } }),
      (row) => row.examiner.id,
      { orderBy: { primary: 'desc', city: 'asc', id: 'asc' } },
    ),
    specialtiesByExaminer: groupLoader(
      em,
      ExaminerSpecialty,
      (ids) => ({ examiner: { $in: ids } }),
      (row) => row.examiner.id,
      { orderBy: { primary: 'desc', id: 'asc' } },
    ),
    credentialsByExaminer: groupLoader(
      em,
      Credential,
      (ids) => ({ examiner: { $in: ids } }),
      (row) => row.examiner.id,
      { orderBy: { kind: 'asc', expiresOn: 'asc', id: 'asc' } },
    ),
    conflictsByExaminer: groupLoader(
      em,
      ConflictDeclaration,
      (ids) => ({ examiner: { $in: ids } }),
      (row) => row.examiner.id,
      { orderBy: { createdAt: 'asc', id: 'asc' } },
    ),
    snapshotsByExaminer: groupLoader(
      em,
      ReputationSnapshot,
      (ids) => ({ examiner: { $in: ids } }),
      (row) => row.examiner.id,
      { orderBy: { takenAt: 'asc', id: 'asc' } },
    ),
    childrenBySpecialty: groupLoader(
      em,
      Specialty,
      (ids) => ({ parent: { $in: ids } }),
      (row) => row.parent!.id,
      { orderBy: { name: 'asc' } },
    ),
    examinerCountBySpecialty: batchLoader(async (ids) => {
      const rows: { specialty_id: string; count: string }[] = await em
        .getConnection()
        .execute(
          `select specialty_id, count(*) as count from examiners.examiner_specialty where specialty_id in (?) group by specialty_id`,
          [ids],
        );
      return new Map(rows.map((r) => [r.specialty_id, Number(r.count)]));
    }, 0),
  };
}

export type ExaminersLoaders = ReturnType<typeof createExaminersLoaders>;

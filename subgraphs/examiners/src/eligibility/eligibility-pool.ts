import type { EntityManager } from '@mikro-orm/postgresql';
import type { EligibilityExaminer, EligibilityRequest } from '../domain/eligibility';
import { Examiner } from '../entities';
import type { EligibilityInput } from '../inputs/eligibility.inputs';
import type { ExaminersLoaders } from '../loaders';

/** The specialty and its descendants: a spine surgeon qualifies for an orthopaedic surgery request. */
export async function specialtySubtree(em: EntityManager, code: string): Promise<string[]> {
  const rows: { code: string }[] = await em.execute(
    `with recursive tree as (
       select id, code from examiners.specialty where code = ?
       union all select s.id, s.code from examiners.specialty s join tree t on s.parent_id = t.id
     ) select code from tree`,
    [code],
  );
  return rows.map((r) => r.code);
}

/**
 * Candidates worth judging: ACTIVE examiners holding the specialty (or a sub-specialty) with a medical licence
 * in the jurisdiction. A prefilter in SQL only; every rule, dates included, is then applied by the domain.
 */
export async function candidateExaminers(em: EntityManager, specialtyCodes: string[], jurisdiction: string): Promise<Examiner[]> {
  if (specialtyCodes.length === 0) return [];
  return em
    .createQueryBuilder(Examiner, 'e')
    .where({ status: 'ACTIVE' })
    .andWhere(
      `e.id in (select es.examiner_id from examiners.examiner_specialty es join examiners.specialty s on s.id = es.specialty_id where s.code in (?))`,
      [specialtyCodes],
    )
    .andWhere(`e.id in (select c.examiner_id from examiners.credential c where c.kind = 'MEDICAL_LICENSE' and c.jurisdiction = ?)`, [jurisdiction])
    .orderBy({ id: 'asc' })
    .getResultList();
}

/** Loads what the rules need about each examiner, one batched statement per relation. */
export async function toEligibilityExaminers(examiners: Examiner[], loaders: ExaminersLoaders): Promise<EligibilityExaminer[]> {
  return Promise.all(
    examiners.map(async (examiner) => {
      const [held, credentials, offices, conflicts] = await Promise.all([
        loaders.specialtiesByExaminer.load(examiner.id),
        loaders.credentialsByExaminer.load(examiner.id),
        loaders.officesByExaminer.load(examiner.id),
        loaders.conflictsByExaminer.load(examiner.id),
      ]);
      const specialties = await Promise.all(
        held.map(async (h) => ({ code: (await loaders.specialtyById.load(h.specialty.id))?.code ?? '', boardCertified: h.boardCertified })),
      );
      return {
        id: examiner.id,
        status: examiner.status,
        practiceGroup: examiner.practiceGroup?.id ?? null,
        languages: examiner.languages,
        telehealth: examiner.telehealth,
        specialties,
        credentials: credentials.map((c) => ({
          kind: c.kind,
          jurisdiction: c.jurisdiction,
          status: c.verificationStatus,
          issuedOn: c.issuedOn,
          expiresOn: c.expiresOn,
          number: c.number,
        })),
        offices: offices.map((o) => ({ latitude: o.latitude, longitude: o.longitude, label: o.label ?? o.city })),
        npi: examiner.npi,
        conflicts: conflicts.map((c) => ({ partyType: c.partyType, partyKey: c.partyKey, startsOn: c.startsOn, endsOn: c.endsOn })),
      };
    }),
  );
}

export function toEligibilityRequest(input: EligibilityInput, acceptedSpecialtyCodes: string[]): EligibilityRequest {
  return {
    specialtyCode: input.specialtyCode,
    acceptedSpecialtyCodes,
    jurisdiction: input.jurisdiction,
    examDate: input.examDate,
    claimantLanguage: input.claimantLanguage ?? null,
    interpreterArranged: input.interpreterArranged,
    claimantLocation: input.claimantLocation ?? null,
    maxTravelKm: input.maxTravelKm ?? undefined,
    telehealthAllowed: input.telehealthAllowed,
    treatingProviderNpis: input.treatingProviderNpis ?? [],
    partyKeys: input.partyKeys ?? [],
    requiredCredentialKinds: input.requiredCredentialKinds ?? undefined,
  };
}

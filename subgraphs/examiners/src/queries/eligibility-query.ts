import { FieldErrors, loadOrNotFound } from '@imepanel/runtime';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ExaminersCommandContext } from '../context';
import { explainEligibility, type EligibilityExplanation as Explanation } from '../domain/eligibility';
import { candidateFacts, eligibilityFacts, specialtySubtree, toEligibilityRequest } from '../eligibility/eligibility-pool';
import { Examiner } from '../entities';
import type { EligibilityInput } from '../inputs/eligibility.inputs';

/** The accepted specialty codes, refusing an unknown specialty rather than answering "nobody is eligible". */
async function acceptedSpecialties(em: EntityManager, code: string): Promise<string[]> {
  const accepted = await specialtySubtree(em, code);
  if (accepted.length === 0) new FieldErrors().add('input.specialtyCode', `Specialty ${code} does not exist`).throwIfAny();
  return accepted;
}

/** The examiners who pass every eligibility rule for the case described, nearest first (then by id). */
export async function eligibleExaminers({ em }: ExaminersCommandContext, input: EligibilityInput) {
  const request = toEligibilityRequest(input, await acceptedSpecialties(em, input.specialtyCode));
  return (await candidateFacts(em, request))
    .map((facts) => ({ facts, explanation: explainEligibility(facts, request) }))
    .filter(({ explanation }) => explanation.eligible)
    .map(({ facts, explanation }) => ({
      examinerId: facts.id,
      distanceKm: explanation.distanceKm,
      practiceGroupId: facts.practiceGroup ?? null,
      reputationScore: facts.reputationScore,
    }))
    .sort((a, b) => (a.distanceKm ?? Infinity) - (b.distanceKm ?? Infinity) || a.examinerId.localeCompare(b.examinerId));
}

/** Every eligibility rule for one examiner and the case described, passed or failed, with the reason. */
export async function examinerEligibility({ em }: ExaminersCommandContext, examinerId: string, input: EligibilityInput): Promise<Explanation & { examiner: Examiner }> {
  const examiner = await loadOrNotFound(em, Examiner, examinerId);
  const accepted = await acceptedSpecialties(em, input.specialtyCode);
  const [facts] = await eligibilityFacts(em, [examiner.id]);
  return { examiner, ...explainEligibility(facts, toEligibilityRequest(input, accepted)) };
}

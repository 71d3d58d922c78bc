import { badUserInput, today } from '@imepanel/runtime';
import { fetchEligibilityVerdict, fetchEligibleExaminers, type EligibilityQuestion } from '../clients/examiners-client';
import type { CasesCommandContext } from '../context';
import { casePartyKeys } from '../domain/party-keys';
import { earliestExamDate } from '../domain/scheduling';
import type { Case, Client, JurisdictionRule } from '../entities';
import { loadCaseWithRule } from './case-loading';
import { loadHolidayCalendar } from './jurisdiction-holidays';

/** The eligibility question for a case on a given exam date. */
export function eligibilityQuestion(kase: Case, client: Client, rule: JurisdictionRule, examDate: string, secret: string): EligibilityQuestion {
  const { claimant } = kase;
  return {
    specialtyCode: kase.requiredSpecialtyCode,
    jurisdiction: rule.code,
    examDate,
    claimantLanguage: claimant.language,
    interpreterArranged: claimant.interpreterNeeded,
    claimantLocation: claimant.latitude !== null && claimant.longitude !== null ? { latitude: claimant.latitude, longitude: claimant.longitude } : null,
    telehealthAllowed: kase.telehealthAllowed,
    treatingProviderNpis: kase.treatingProviderNpis,
    partyKeys: casePartyKeys(secret, { claimant: kase.claimant, clientId: client.id, representative: kase.claimant.representative, employerName: kase.employerName }),
    requiredCredentialKinds: rule.requiredCredentialKinds,
  };
}

/**
 * The question for a case the actor may see (NOT_FOUND otherwise, as for a case that does not exist), on the
 * date given or else the earliest possible exam date, the one proposePanel and assignExaminer judge on.
 */
async function caseQuestion(ctx: CasesCommandContext, caseId: string, examDate: string | null | undefined) {
  const { kase, client, rule } = await loadCaseWithRule(ctx.em, caseId, ctx.actor);
  const date = examDate ?? earliestExamDate({ rule, today: today(ctx.clock), holidays: await loadHolidayCalendar(ctx.em, rule) });
  return { kase, examDate: date, question: eligibilityQuestion(kase, client, rule, date, ctx.settings.partyKeySecret) };
}

/**
 * The examiners eligible for a case, computed from the case itself: its party keys never leave the server, so a
 * client can ask about its own case without being able to compute (or learn) them.
 */
export async function caseEligibleExaminers(ctx: CasesCommandContext, caseId: string, examDate: string | null | undefined) {
  const { examDate: date, question } = await caseQuestion(ctx, caseId, examDate);
  const eligible = await fetchEligibleExaminers(ctx.services.examiners, question);
  return {
    caseId,
    examDate: date,
    examiners: eligible.map((e) => ({ examinerId: e.examinerId, examiner: { id: e.examinerId }, distanceKm: e.distanceKm, reputationScore: e.reputationScore })),
  };
}

/**
 * Why an examiner is or is not eligible for a case, rule by rule. A declared conflict is named by the party's
 * role only ("declared conflict with the CLAIMANT"): the examiners subgraph's reasons carry neither the party
 * key nor the conflict's free-text reason, which may identify the party (docs/rules.md, claimant right 5).
 */
export async function explainCaseEligibility(ctx: CasesCommandContext, caseId: string, examinerId: string, examDate: string | null | undefined) {
  const { examDate: date, question } = await caseQuestion(ctx, caseId, examDate);
  const verdict = await fetchEligibilityVerdict(ctx.services.examiners, examinerId, question);
  if (!verdict) throw badUserInput([{ field: 'examinerId', message: `Examiner ${examinerId} does not exist` }]);
  return { caseId, examDate: date, examiner: { id: verdict.examiner.id }, eligible: verdict.eligible, distanceKm: verdict.distanceKm, rules: verdict.rules };
}

import { badUserInput, claimantIdentity, partyKey, type Actor, type ServiceClient } from '@imepanel/runtime';
import type { EntityManager } from '@mikro-orm/postgresql';
import { fetchEligibilityVerdict, fetchEligibleExaminers, type EligibilityQuestion, type EligibilityVerdict, type EligibleCandidate } from '../clients/examiners-client';
import { earliestExamDate } from '../domain/scheduling';
import type { Case, Client, JurisdictionRule } from '../entities';
import { dayOf, loadCaseWithRule } from './case-loading';
import { loadHolidayCalendar } from './jurisdiction-holidays';

/**
 * The parties of a case as keyed hashes, so the examiners subgraph can match declared conflicts without ever
 * receiving the claimant's identity (docs/rules.md, claimant right 5). Identities: the claimant's "last|first|birth date",
 * the client's id, the representative's firm (or name), the employer's name.
 */
export function casePartyKeys(kase: Case, client: Client, secret: string): { partyType: string; partyKey: string }[] {
  const keys = [
    { partyType: 'CLAIMANT', partyKey: partyKey(secret, 'CLAIMANT', claimantIdentity(kase.claimant)) },
    { partyType: 'CLIENT', partyKey: partyKey(secret, 'CLIENT', client.id) },
  ];
  const representative = kase.claimant.representative;
  if (representative) {
    keys.push({ partyType: 'ATTORNEY', partyKey: partyKey(secret, 'ATTORNEY', representative.firm ?? representative.name) });
  }
  if (kase.employerName) keys.push({ partyType: 'EMPLOYER', partyKey: partyKey(secret, 'EMPLOYER', kase.employerName) });
  return keys;
}

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
    partyKeys: casePartyKeys(kase, client, secret),
    requiredCredentialKinds: rule.requiredCredentialKinds,
  };
}

/**
 * The question for a case the actor may see (NOT_FOUND otherwise, as for a case that does not exist), on the
 * date given or else the earliest possible exam date, the one proposePanel and assignExaminer judge on.
 */
async function caseQuestion(em: EntityManager, secret: string, caseId: string, examDate: string | null | undefined, actor: Actor | null, now: Date) {
  const { kase, client, rule } = await loadCaseWithRule(em, caseId, actor);
  const date = examDate ?? earliestExamDate({ rule, today: dayOf(now), holidays: await loadHolidayCalendar(em, rule) });
  return { kase, examDate: date, question: eligibilityQuestion(kase, client, rule, date, secret) };
}

/**
 * The examiners eligible for a case, computed from the case itself: its party keys never leave the server, so a
 * client can ask about its own case without being able to compute (or learn) them.
 */
export async function caseEligibleExaminers(
  em: EntityManager,
  examiners: ServiceClient,
  secret: string,
  caseId: string,
  examDate: string | null | undefined,
  actor: Actor | null,
  now: Date,
): Promise<{ caseId: string; examDate: string; examiners: EligibleCandidate[] }> {
  const { examDate: date, question } = await caseQuestion(em, secret, caseId, examDate, actor, now);
  return { caseId, examDate: date, examiners: await fetchEligibleExaminers(examiners, question) };
}

/**
 * Why an examiner is or is not eligible for a case, rule by rule. A declared conflict is named by the party's
 * role only ("declared conflict with the CLAIMANT"): the examiners subgraph's reasons carry neither the party
 * key nor the conflict's free-text reason, which may identify the party (docs/rules.md, claimant right 5).
 */
export async function explainCaseEligibility(
  em: EntityManager,
  examiners: ServiceClient,
  secret: string,
  caseId: string,
  examinerId: string,
  examDate: string | null | undefined,
  actor: Actor | null,
  now: Date,
): Promise<{ caseId: string; examDate: string; verdict: EligibilityVerdict }> {
  const { examDate: date, question } = await caseQuestion(em, secret, caseId, examDate, actor, now);
  const verdict = await fetchEligibilityVerdict(examiners, examinerId, question);
  if (!verdict) throw badUserInput([{ field: 'examinerId', message: `Examiner ${examinerId} does not exist` }]);
  return { caseId, examDate: date, verdict };
}

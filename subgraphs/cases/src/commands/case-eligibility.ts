import { claimantIdentity, partyKey } from '@imepanel/runtime';
import type { EligibilityQuestion } from '../clients/examiners-client';
import type { Case, Client, JurisdictionRule } from '../entities';

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

import { addCalendarDays } from '@imepanel/runtime/calendar';
import { JURISDICTION_REQUIRED_CREDENTIALS, credentialAppliesIn, credentialStandingOn, type EligibilityCredential } from './eligibility';
import type { CredentialKind } from './enums';

/**
 * What a credential's lapse does to its examiner's eligibility (docs/rules.md, "Credential terms"): the day after
 * it expires, in which jurisdictions does the examiner stop passing a credential rule — the medical licence there,
 * or a credential the jurisdiction requires (JURISDICTION_REQUIRED_CREDENTIALS, e.g. a QME certification in
 * California, 8 CCR §§10–11) — because no other credential of theirs of that kind counts on that day.
 */
export interface LapseImpact {
  /** The first day the credential no longer counts; null when it does not expire. */
  lapsesOn: string | null;
  /** Jurisdictions where the examiner stops being eligible, sorted; empty when another term or none is needed. */
  jurisdictions: string[];
}

function ruleJurisdictions(credential: EligibilityCredential, practised: string[]): string[] {
  if (credential.kind === 'MEDICAL_LICENSE') return credential.jurisdiction ? [credential.jurisdiction.trim().toUpperCase()] : [];
  return Object.entries(JURISDICTION_REQUIRED_CREDENTIALS)
    .filter(([, kinds]) => (kinds as readonly CredentialKind[]).includes(credential.kind))
    .map(([jurisdiction]) => jurisdiction)
    .filter((jurisdiction) => credentialAppliesIn(credential, jurisdiction) && practised.includes(jurisdiction));
}

/**
 * `others` are the examiner's other credentials (every term, renewals among them). `practised` are the
 * jurisdictions the examiner holds a medical licence in, where a required credential matters.
 */
export function lapseImpact(credential: EligibilityCredential, others: EligibilityCredential[], practised: string[]): LapseImpact {
  if (credential.expiresOn === null) return { lapsesOn: null, jurisdictions: [] };
  const lapsesOn = addCalendarDays(credential.expiresOn, 1);
  // Only a credential that counts now can be lost by its lapse; one unverified or already expired changes nothing.
  if (!credentialStandingOn(credential, credential.expiresOn).counts) return { lapsesOn, jurisdictions: [] };
  const jurisdictions = ruleJurisdictions(credential, practised.map((j) => j.trim().toUpperCase())).filter(
    (jurisdiction) => !others.some((other) => other.kind === credential.kind && credentialAppliesIn(other, jurisdiction) && credentialStandingOn(other, lapsesOn).counts),
  );
  return { lapsesOn, jurisdictions: [...new Set(jurisdictions)].sort() };
}

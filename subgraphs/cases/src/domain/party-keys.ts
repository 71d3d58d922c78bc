import { claimantIdentity, partyKey, type PartyType } from '@imepanel/runtime';

/** The parties of a case the examiners subgraph matches declared conflicts against. */
export interface CaseParties {
  /** The claimant's name and date of birth; absent where no claimant is keyed (the demo declares none). */
  claimant?: { lastName: string; firstName: string; dateOfBirth: string } | null;
  clientId: string;
  representative?: { firm: string | null; name: string } | null;
  employerName?: string | null;
}

/**
 * The parties of a case as keyed hashes, so the examiners subgraph can match declared conflicts without ever
 * receiving the claimant's identity (docs/rules.md, claimant right 5, "Conflicts and party keys"). Identities: the
 * claimant's "last|first|birth date", the client's id, the representative's firm (or name), the employer's name.
 */
export function casePartyKeys(secret: string, parties: CaseParties): { partyType: PartyType; partyKey: string }[] {
  const keys: { partyType: PartyType; partyKey: string }[] = [];
  if (parties.claimant) keys.push({ partyType: 'CLAIMANT', partyKey: partyKey(secret, 'CLAIMANT', claimantIdentity(parties.claimant)) });
  keys.push({ partyType: 'CLIENT', partyKey: partyKey(secret, 'CLIENT', parties.clientId) });
  const representative = parties.representative;
  if (representative) keys.push({ partyType: 'ATTORNEY', partyKey: partyKey(secret, 'ATTORNEY', representative.firm ?? representative.name) });
  if (parties.employerName) keys.push({ partyType: 'EMPLOYER', partyKey: partyKey(secret, 'EMPLOYER', parties.employerName) });
  return keys;
}

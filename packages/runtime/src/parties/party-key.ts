import { createHmac } from 'node:crypto';
import { secretSetting } from '../config/secrets';
import type { PartyType } from '../vocabulary/parties';

/**
 * DEVELOPMENT DEFAULT ONLY, refused when NODE_ENV=production. Defined once because the examiners subgraph (which
 * stores declared conflicts) and the cases subgraph (which computes a case's party keys) must use the same key.
 */
export const DEV_PARTY_KEY_SECRET = 'dev-only-party-key-secret-change-me';

/** PARTY_KEY_SECRET, the key of the party-key HMAC: the same value in every subgraph that computes party keys. */
export function loadPartyKeySecret(env: Record<string, string | undefined>): string {
  return secretSetting(env, 'PARTY_KEY_SECRET', DEV_PARTY_KEY_SECRET);
}

/**
 * Keyed hashes of party identities, so the examiners subgraph can hold conflict declarations ("I treated this
 * claimant", "I consult for this insurer") and check them at eligibility time without storing anyone's name.
 * docs/security.md (claimant personal data) and docs/architecture.md: claimant PII lives only in the cases subgraph.
 *
 * key = hex(HMAC-SHA256(secret, "<PARTY_TYPE>:" + normalised identity))
 *
 * HMAC with a server secret rather than a bare hash because identities have little entropy: a plain SHA-256
 * of "doe|jane|1980-04-02" could be reversed by trying every name and birth date. The party type is part of
 * the message so the same string names different parties as a CLIENT and as an EMPLOYER. Whoever computes a
 * key for comparison (for example from the case's claimant) must use the same secret and the same
 * normalisation, which is why both live here.
 */

/**
 * Canonical form of an identity: Unicode compatibility-decomposed (NFKD) with combining marks removed
 * ("José" → "jose"), lower-cased, trimmed, inner whitespace collapsed to one space. Spelling differences that
 * are not just accents or spacing ("Jon" / "John") still give different keys, deliberately: a fuzzy match
 * would flag conflicts the examiner never declared.
 */
export function normaliseIdentity(identity: string): string {
  return identity
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .trim()
    .replace(/\s+/gu, ' ');
}

/** The keyed hash identifying a party of the given type; refuses an empty secret or a blank identity. */
export function partyKey(secret: string, partyType: PartyType, identity: string): string {
  if (secret.length === 0) throw new Error('partyKey needs a non-empty secret');
  const normalised = normaliseIdentity(identity);
  if (normalised.length === 0) throw new RangeError(`partyKey needs a non-blank identity for the ${partyType}`);
  return createHmac('sha256', secret).update(`${partyType}:${normalised}`, 'utf8').digest('hex');
}

export interface ClaimantNameAndBirth {
  lastName: string;
  firstName: string;
  /** 'YYYY-MM-DD' */
  dateOfBirth: string;
}

/**
 * The canonical identity string of a claimant: "last|first|YYYY-MM-DD", each name normalised. Name plus date of
 * birth is what both an examiner (declaring a former patient) and the cases subgraph (holding the claimant)
 * know; a claim number would not be known to the examiner.
 */
export function claimantIdentity(claimant: ClaimantNameAndBirth): string {
  const lastName = normaliseIdentity(claimant.lastName);
  const firstName = normaliseIdentity(claimant.firstName);
  const dateOfBirth = claimant.dateOfBirth.trim();
  if (!lastName) throw new RangeError('A claimant identity needs a last name');
  if (!firstName) throw new RangeError('A claimant identity needs a first name');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(dateOfBirth)) {
    throw new RangeError(`A claimant identity needs a date of birth as YYYY-MM-DD, got '${claimant.dateOfBirth}'`);
  }
  return `${lastName}|${firstName}|${dateOfBirth}`;
}

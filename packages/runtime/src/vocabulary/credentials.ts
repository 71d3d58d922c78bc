/**
 * Kinds of credential an examiner holds. The examiners subgraph owns credentials; the cases subgraph's
 * jurisdiction rules name the kinds a jurisdiction requires (REQUIRED_CREDENTIAL_KINDS), so both read this list.
 */
export const CREDENTIAL_KINDS = [
  'MEDICAL_LICENSE',
  'BOARD_CERTIFICATION',
  'IME_CERTIFICATION',
  'QME_CERTIFICATION',
  'DEA_REGISTRATION',
  'MALPRACTICE_INSURANCE',
] as const;
export type CredentialKind = (typeof CREDENTIAL_KINDS)[number];

/**
 * Kinds a jurisdiction rule can require of an examiner besides the medical licence. The licence in the case's
 * jurisdiction is always required (docs/rules.md, eligibility rule MEDICAL_LICENSE), so a rule never lists it.
 */
export const REQUIRED_CREDENTIAL_KINDS = CREDENTIAL_KINDS.filter(
  (kind): kind is Exclude<CredentialKind, 'MEDICAL_LICENSE'> => kind !== 'MEDICAL_LICENSE',
);
export type RequiredCredentialKind = (typeof REQUIRED_CREDENTIAL_KINDS)[number];

export const isRequiredCredentialKind = (value: string): value is RequiredCredentialKind =>
  (REQUIRED_CREDENTIAL_KINDS as readonly string[]).includes(value);

/**
 * What an examiner needs before activation, exactly as changeExaminerStatus checks it
 * (subgraphs/examiners/src/domain/examiner-status.ts; rules ACTIVATION_NEEDS_SPECIALTY and ACTIVATION_NEEDS_LICENCE in
 * docs/rules.md): at least one specialty, and a verified medical licence that has not expired today (UTC, the API's
 * "today"). Nothing else is required to activate, so nothing else is on the list.
 */
export interface ActivationFacts {
  examinerId: string;
  specialtyCount: number;
  licences: { id: string; verificationStatus: string; expiresOn: string | null; jurisdiction: string | null; current?: boolean }[];
  today: string;
}

export interface ActivationItem {
  rule: 'ACTIVATION_NEEDS_SPECIALTY' | 'ACTIVATION_NEEDS_LICENCE';
  label: string;
  done: boolean;
  /** What the record holds now, in words. */
  detail: string;
  /** Where to go to fix it (a console route), when it is not done. */
  fix: { label: string; to: string } | null;
}

const unexpired = (l: { expiresOn: string | null }, today: string) => l.expiresOn === null || l.expiresOn >= today;

export function activationChecklist(facts: ActivationFacts): ActivationItem[] {
  const { examinerId, specialtyCount, licences, today } = facts;
  const valid = licences.filter((l) => l.verificationStatus === 'VERIFIED' && unexpired(l, today));
  // An unexpired licence still to verify is the quickest fix; otherwise one must be added.
  const toVerify = licences.find((l) => l.verificationStatus === 'UNVERIFIED' && unexpired(l, today) && l.current !== false);
  const addLicence = `/credentials/create?source=${encodeURIComponent(JSON.stringify({ examinerId, kind: 'MEDICAL_LICENSE' }))}`;
  return [
    {
      rule: 'ACTIVATION_NEEDS_SPECIALTY',
      label: 'At least one specialty',
      done: specialtyCount > 0,
      detail: specialtyCount > 0 ? `${specialtyCount} recorded` : 'None recorded',
      fix: specialtyCount > 0 ? null : { label: 'Add a specialty', to: `/examiners/${examinerId}` },
    },
    {
      rule: 'ACTIVATION_NEEDS_LICENCE',
      label: 'A verified medical licence that has not expired',
      done: valid.length > 0,
      detail: valid.length
        ? `Verified in ${[...new Set(valid.map((l) => l.jurisdiction ?? 'no jurisdiction'))].join(', ')}`
        : toVerify
          ? `A licence${toVerify.jurisdiction ? ` in ${toVerify.jurisdiction}` : ''} is recorded but not verified`
          : licences.length
            ? 'No licence on record is both verified and unexpired'
            : 'No medical licence recorded',
      fix: valid.length ? null : toVerify ? { label: 'Verify it', to: `/examiners/${examinerId}/show/credentials` } : { label: 'Add a medical licence', to: addLicence },
    },
  ];
}

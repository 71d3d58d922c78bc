import type { ServiceClient } from '@imepanel/runtime';

/** The examiner as the report's cover names them: name, and verified credentials and specialties as qualifications. */
export interface ExaminerCover {
  name: string;
  qualifications: string[];
}

const EXAMINER_COVER = /* GraphQL */ `
  query ExaminerCover($id: ID!) {
    examiner(id: $id) {
      displayName
      specialties { specialty { name } boardCertified }
      credentials { kind number jurisdiction issuer verificationStatus }
    }
  }
`;

interface ExaminerCoverData {
  examiner: {
    displayName: string;
    specialties: { specialty: { name: string } | null; boardCertified: boolean }[];
    credentials: { kind: string; number: string; jurisdiction: string | null; issuer: string; verificationStatus: string }[];
  } | null;
}

/** The examiner's cover facts from the examiners subgraph; null when it has no such examiner. */
export async function fetchExaminerCover(examiners: ServiceClient, id: string): Promise<ExaminerCover | null> {
  const data = await examiners.request<ExaminerCoverData>(EXAMINER_COVER, { id });
  if (!data.examiner) return null;
  const specialties = data.examiner.specialties.filter((s) => s.specialty).map((s) => `${s.specialty!.name}${s.boardCertified ? ' (board certified)' : ''}`);
  const credentials = data.examiner.credentials
    .filter((c) => c.verificationStatus === 'VERIFIED')
    .map((c) => `${c.kind.replace(/_/g, ' ').toLowerCase()} ${c.number}${c.jurisdiction ? ` (${c.jurisdiction})` : ''}, ${c.issuer}`);
  return { name: data.examiner.displayName, qualifications: [...specialties, ...credentials] };
}

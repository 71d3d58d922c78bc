import type { ServiceClient } from '@imepanel/runtime';

/** The eligibility question for one case, as the examiners subgraph's EligibilityInput. No claimant PII. */
export interface EligibilityQuestion {
  specialtyCode: string;
  jurisdiction: string;
  examDate: string;
  claimantLanguage: string | null;
  interpreterArranged: boolean;
  claimantLocation: { latitude: number; longitude: number } | null;
  telehealthAllowed: boolean;
  treatingProviderNpis: string[];
  partyKeys: { partyType: string; partyKey: string }[];
  requiredCredentialKinds: string[];
}

export interface EligibleCandidate {
  examinerId: string;
  distanceKm: number | null;
  practiceGroupId: string | null;
  reputationScore: number | null;
}

export interface EligibilityVerdict {
  eligible: boolean;
  examiner: { id: string; displayName: string };
  rules: { rule: string; passed: boolean; reason: string }[];
}

const ELIGIBLE = /* GraphQL */ `
  query EligibleExaminers($input: EligibilityInput!) {
    eligibleExaminers(input: $input) { examinerId distanceKm practiceGroupId reputationScore }
  }
`;

const EXPLAIN = /* GraphQL */ `
  query ExplainEligibility($examinerId: ID!, $input: EligibilityInput!) {
    explainEligibility(examinerId: $examinerId, input: $input) { eligible examiner { id displayName } rules { rule passed reason } }
  }
`;

export async function fetchEligibleExaminers(examiners: ServiceClient, question: EligibilityQuestion): Promise<EligibleCandidate[]> {
  const data = await examiners.request<{ eligibleExaminers: EligibleCandidate[] }>(ELIGIBLE, { input: question });
  return data.eligibleExaminers;
}

export async function fetchEligibilityVerdict(examiners: ServiceClient, examinerId: string, question: EligibilityQuestion): Promise<EligibilityVerdict> {
  const data = await examiners.request<{ explainEligibility: EligibilityVerdict }>(EXPLAIN, { examinerId, input: question });
  return data.explainEligibility;
}

const EXAMINER_NAME = /* GraphQL */ `
  query ExaminerName($id: ID!) { examiner(id: $id) { displayName } }
`;

/** The examiner's name as the notice must state it. */
export async function fetchExaminerName(examiners: ServiceClient, id: string): Promise<string> {
  const data = await examiners.request<{ examiner: { displayName: string } | null }>(EXAMINER_NAME, { id });
  if (!data.examiner) throw new Error(`examiner ${id} not found in the examiners subgraph`);
  return data.examiner.displayName;
}

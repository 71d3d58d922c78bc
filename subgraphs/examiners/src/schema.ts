import { buildFederatedSchema, createAuditLogResolver } from '@imepanel/runtime';
import { AuditEntry } from './entities';
import { examinersReferenceResolvers } from './references';
import { AvailabilityResolver } from './resolvers/availability.resolver';
import { ConflictResolver } from './resolvers/conflict.resolver';
import { CredentialResolver } from './resolvers/credential.resolver';
import { CredentialEvidenceResolver } from './resolvers/credential-evidence.resolver';
import { EligibilityResolver, EligibleExaminerResolver } from './resolvers/eligibility.resolver';
import { ExaminerResolver } from './resolvers/examiner.resolver';
import { PracticeGroupResolver } from './resolvers/practice-group.resolver';
import { ExaminerReputationResolver, ReputationEventResolver, ReputationWeightsResolver } from './resolvers/reputation.resolver';
import { ExaminerSpecialtyResolver, SpecialtyResolver } from './resolvers/specialty.resolver';

export const examinersResolvers = [
  ExaminerResolver,
  ExaminerReputationResolver,
  SpecialtyResolver,
  ExaminerSpecialtyResolver,
  CredentialResolver,
  CredentialEvidenceResolver,
  ConflictResolver,
  PracticeGroupResolver,
  ReputationEventResolver,
  ReputationWeightsResolver,
  EligibilityResolver,
  EligibleExaminerResolver,
  AvailabilityResolver,
  createAuditLogResolver('examiners', AuditEntry),
] as const;

/** The examiners subgraph schema, built in-process (no database, no network). */
export function buildExaminersSchema() {
  return buildFederatedSchema({ resolvers: examinersResolvers }, examinersReferenceResolvers);
}

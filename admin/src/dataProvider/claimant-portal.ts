import { parse } from 'graphql';
import { mutation, type Operation } from './operations';

/**
 * The claimant portal as the case's client and administrators see it (docs/claimant-portal.md): the case's links
 * (never the links themselves, except a new one, shown once) and the claimant's requests with their answers.
 */
export const getClaimantPortal = (params: { caseId: string }): Operation => ({
  query: parse(`query ClaimantPortal($id: ID!) { case(id: $id) { id
    claimantAccesses { id party status issuedAt expiresAt revokedAt failedAttempts lockedAt lastVerifiedAt }
    claimantRequests { id party kind details language status answer answeredAt createdAt } } }`),
  variables: { id: params.caseId },
  parseResponse: (response) => ({ data: { accesses: response.data.case?.claimantAccesses ?? [], requests: response.data.case?.claimantRequests ?? [] } }),
});

export const issueClaimantAccess = (params: { caseId: string; party: 'CLAIMANT' | 'REPRESENTATIVE' }): Operation =>
  mutation({
    field: 'issueClaimantAccess',
    argTypes: { caseId: 'ID!', party: 'ClaimantParty!' },
    variables: params,
    selection: 'link sentTo access { id status }',
    toData: (issued: any) => issued,
  });

export const revokeClaimantAccess = (params: { accessId: string }): Operation =>
  mutation({ field: 'revokeClaimantAccess', argTypes: { accessId: 'ID!' }, variables: params, selection: 'id status revokedAt', toData: (access: any) => access });

export const answerClaimantRequest = (params: { requestId: string; granted: boolean; answer: string }): Operation =>
  mutation({
    field: 'answerClaimantRequest',
    argTypes: { requestId: 'ID!', input: 'AnswerClaimantRequestInput!' },
    variables: { requestId: params.requestId, input: { granted: params.granted, answer: params.answer } },
    selection: 'id status answer answeredAt',
    toData: (request: any) => request,
  });

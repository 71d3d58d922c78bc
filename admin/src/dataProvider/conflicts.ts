import { parse } from 'graphql';
import { mutation, type Operation } from './operations';
import { changedFields, optionalText, requiredText } from './params';

/**
 * Conflicts an examiner declared. The API lists them on the examiner (`Examiner.conflicts`) and changes them with
 * their own mutations; the party's identity goes in once, is hashed by the API, and never comes back.
 */
export const CONFLICT_FIELDS = `id partyType partyLabel reason startsOn endsOn createdAt version`;

export interface NewConflict {
  partyType: string;
  /** As the API documents it: "last|first|YYYY-MM-DD" for a claimant, the client's id, else the name. */
  partyIdentity: string;
  partyLabel?: string | null;
  reason: string;
  startsOn?: string | null;
  endsOn?: string | null;
}

export interface ConflictChange {
  reason?: string;
  startsOn?: string | null;
  endsOn?: string | null;
}

export const declareConflict = (params: { examinerId: string; input: NewConflict }): Operation =>
  mutation({
    field: 'declareConflict',
    argTypes: { examinerId: 'ID!', input: 'DeclareConflictInput!' },
    variables: {
      examinerId: params.examinerId,
      input: {
        partyType: params.input.partyType,
        partyIdentity: requiredText(params.input.partyIdentity),
        partyLabel: optionalText(params.input.partyLabel),
        reason: requiredText(params.input.reason),
        startsOn: optionalText(params.input.startsOn),
        endsOn: optionalText(params.input.endsOn),
      },
    },
    selection: CONFLICT_FIELDS,
    toData: (conflict) => conflict,
  });

const changeInput = (c: ConflictChange) => ({ reason: requiredText(c.reason), startsOn: optionalText(c.startsOn), endsOn: optionalText(c.endsOn) });

/** Sends only what changed against `previous`, with the version the dialog was opened with. */
export const updateConflict = (params: { id: string; version: number; data: ConflictChange; previous: ConflictChange }): Operation =>
  mutation({
    field: 'updateConflict',
    argTypes: { id: 'ID!', version: 'Int!', input: 'UpdateConflictInput!' },
    variables: { id: params.id, version: params.version, input: changedFields(changeInput(params.data), changeInput(params.previous)) },
    selection: CONFLICT_FIELDS,
    toData: (conflict) => conflict,
  });

export const removeConflict = (params: { id: string; version: number }): Operation =>
  mutation({
    field: 'removeConflict',
    argTypes: { id: 'ID!', version: 'Int!' },
    variables: { id: params.id, version: params.version },
    toData: (id) => ({ id }),
  });

/** The examiner's conflicts as they are now (after a refused save, to apply the user's edits on the latest version). */
export const getConflicts = (params: { examinerId: string }): Operation => ({
  query: parse(`query ExaminerConflicts($id: ID!) { examiner(id: $id) { id conflicts { ${CONFLICT_FIELDS} } } }`),
  variables: { id: params.examinerId },
  parseResponse: ({ data }) => ({ data: data.examiner?.conflicts ?? [] }),
});

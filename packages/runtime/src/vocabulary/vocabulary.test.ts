import { describe, expect, it } from 'vitest';
import {
  CASES_RULES,
  CLIENT_ERROR_CODES,
  CREDENTIAL_KINDS,
  ERROR_CODES,
  EXAMINERS_RULES,
  IDENTITY_RULES,
  PLATFORM_RULES,
  PRECONDITION_RULES,
  REPORTS_RULES,
  REQUIRED_CREDENTIAL_KINDS,
  SUBGRAPH_REFUSAL_CODES,
  isErrorCode,
  isRequiredCredentialKind,
} from '.';

describe('the vocabularies', () => {
  it('lets a jurisdiction require every credential kind but the licence, which is always required', () => {
    expect(REQUIRED_CREDENTIAL_KINDS).toEqual(CREDENTIAL_KINDS.filter((kind) => kind !== 'MEDICAL_LICENSE'));
    expect(isRequiredCredentialKind('MEDICAL_LICENSE')).toBe(false);
    expect(isRequiredCredentialKind('QME_CERTIFICATION')).toBe(true);
  });

  it('passes on from a subgraph only codes a client may see, and the refusals among them', () => {
    for (const code of SUBGRAPH_REFUSAL_CODES) expect(CLIENT_ERROR_CODES).toContain(code);
    for (const code of ERROR_CODES) expect(SUBGRAPH_REFUSAL_CODES).toContain(code);
    expect(isErrorCode('NOT_FOUND')).toBe(true);
    expect(isErrorCode('INTERNAL_SERVER_ERROR')).toBe(false);
    expect(isErrorCode(undefined)).toBe(false);
  });

  it('names each FAILED_PRECONDITION rule once per list, in UPPER_SNAKE_CASE', () => {
    for (const list of [PLATFORM_RULES, EXAMINERS_RULES, CASES_RULES, REPORTS_RULES, IDENTITY_RULES]) {
      expect(new Set(list).size).toBe(list.length);
      for (const rule of list) expect(rule).toMatch(/^[A-Z][A-Z_]*[A-Z]$/);
    }
    // ILLEGAL_TRANSITION is both lifecycles' name for a transition the current status does not allow.
    expect(PRECONDITION_RULES.filter((rule) => rule === 'ILLEGAL_TRANSITION')).toHaveLength(1);
  });
});

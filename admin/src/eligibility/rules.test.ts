import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULE_QUESTIONS, ruleQuestion, verdict } from './rules';

describe('eligibility rules in words', () => {
  it('asks a question for every rule the API judges', () => {
    const sdl = readFileSync(new URL('../../../schema/supergraph.graphql', import.meta.url), 'utf8');
    const body = /enum EligibilityRule[^{]*\{([^}]*)\}/.exec(sdl)![1];
    const rules = [...body.matchAll(/^\s*([A-Z_]+)\b/gm)].map((m) => m[1]);
    expect(rules.length).toBeGreaterThan(5);
    expect(Object.keys(RULE_QUESTIONS).sort()).toEqual(rules.sort());
  });

  it('names an unknown rule as the API does, and says the verdict in a sentence', () => {
    expect(ruleQuestion('SOMETHING_NEW')).toBe('SOMETHING_NEW');
    expect(verdict('Dr Ada', true, [{ rule: 'SPECIALTY', passed: true }])).toBe('Dr Ada is eligible for this case: every rule passed.');
    expect(verdict('Dr Ada', false, [{ rule: 'SPECIALTY', passed: true }, { rule: 'LANGUAGE', passed: false }])).toBe('Dr Ada is not eligible for this case: 1 of 2 rules failed.');
  });
});

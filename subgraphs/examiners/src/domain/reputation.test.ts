import { describe, expect, it } from 'vitest';
import {
  DEFAULT_REPUTATION_WEIGHTS,
  REPUTATION_COMPONENTS,
  computeReputation,
  conductScore,
  validateWeights,
  type ReputationComponent,
  type ReputationInputs,
  type ReputationWeights,
} from './reputation';

const noData: ReputationInputs = {
  reportsCounted: 0,
  onTimeRate: null,
  medianTurnaroundDays: null,
  addendumRateExcludingLateRecords: null,
  qaFirstPassRate: null,
  auditScores: [],
  examsCounted: 0,
  examinerNoShows: 0,
  examinerLateCancellations: 0,
  complaints: 0,
  commendations: 0,
  credentialLapses: 0,
  clientFeedback: [],
  claimantFeedback: [],
};

const perfect: ReputationInputs = {
  reportsCounted: 40,
  onTimeRate: 1,
  medianTurnaroundDays: 7,
  addendumRateExcludingLateRecords: 0,
  qaFirstPassRate: 1,
  auditScores: [100, 100],
  examsCounted: 50,
  examinerNoShows: 0,
  examinerLateCancellations: 0,
  complaints: 0,
  commendations: 0,
  credentialLapses: 0,
  clientFeedback: [5, 5],
  claimantFeedback: [5],
};

const typical: ReputationInputs = {
  reportsCounted: 40,
  onTimeRate: 0.9,
  medianTurnaroundDays: 14,
  addendumRateExcludingLateRecords: 0.05,
  qaFirstPassRate: 0.8,
  auditScores: [85, 92],
  examsCounted: 50,
  examinerNoShows: 1,
  examinerLateCancellations: 1,
  complaints: 1,
  commendations: 2,
  credentialLapses: 0,
  clientFeedback: [4, 5, 4],
  claimantFeedback: [4],
};

const valueOf = (inputs: ReputationInputs, name: ReputationComponent) =>
  computeReputation(inputs).components.find((c) => c.name === name)!.value;

describe('computeReputation — bounds', () => {
  it('scores a perfect record 100 and has no data → null', () => {
    expect(computeReputation(perfect).score).toBeCloseTo(100, 9);
    const empty = computeReputation(noData);
    expect(empty.score).toBeNull();
    expect(empty.components.every((c) => c.value === null && c.weight === 0 && c.contribution === 0)).toBe(true);
  });

  it('scores the worst record 0', () => {
    const worst: ReputationInputs = {
      ...perfect,
      onTimeRate: 0,
      medianTurnaroundDays: 90,
      addendumRateExcludingLateRecords: 0.6,
      qaFirstPassRate: 0,
      auditScores: [0],
      examinerNoShows: 10,
      complaints: 10,
      clientFeedback: [1],
      claimantFeedback: [1],
      credentialLapses: 5,
    };
    expect(computeReputation(worst).score).toBe(0);
  });

  it('keeps the score in 0..100 and contributions summing to it', () => {
    const result = computeReputation(typical);
    expect(result.score).toBeGreaterThan(0);
    expect(result.score).toBeLessThan(100);
    expect(result.components.map((c) => c.name)).toEqual([...REPUTATION_COMPONENTS]);
    expect(result.components.reduce((s, c) => s + c.contribution, 0)).toBeCloseTo(result.score!, 9);
    expect(result.components.reduce((s, c) => s + c.weight, 0)).toBeCloseTo(1, 9);
  });
});

describe('component formulas', () => {
  it('timeliness is the on-time percentage', () => {
    expect(valueOf(typical, 'timeliness')).toBeCloseTo(90, 9);
  });

  it('turnaround is 100 at ≤ 10 days, 0 at ≥ 60, linear between', () => {
    expect(valueOf({ ...typical, medianTurnaroundDays: 3 }, 'turnaround')).toBe(100);
    expect(valueOf({ ...typical, medianTurnaroundDays: 10 }, 'turnaround')).toBe(100);
    expect(valueOf({ ...typical, medianTurnaroundDays: 35 }, 'turnaround')).toBe(50);
    expect(valueOf({ ...typical, medianTurnaroundDays: 60 }, 'turnaround')).toBe(0);
    expect(valueOf({ ...typical, medianTurnaroundDays: 120 }, 'turnaround')).toBe(0);
  });

  it('completeness is 100 − 200 × addendum rate', () => {
    expect(valueOf({ ...typical, addendumRateExcludingLateRecords: 0.1 }, 'completeness')).toBeCloseTo(80, 9);
    expect(valueOf({ ...typical, addendumRateExcludingLateRecords: 0.5 }, 'completeness')).toBe(0);
    expect(valueOf({ ...typical, addendumRateExcludingLateRecords: 0.9 }, 'completeness')).toBe(0);
  });

  it('qa is the first-pass percentage and audit the mean audit score', () => {
    expect(valueOf(typical, 'qa')).toBeCloseTo(80, 9);
    expect(valueOf(typical, 'audit')).toBe(88.5);
  });

  it('reliability loses 10 points per examiner failure in 100 exams', () => {
    expect(valueOf(typical, 'reliability')).toBe(60); // 2 failures in 50 exams = 4 %
    expect(valueOf({ ...typical, examinerNoShows: 5, examinerLateCancellations: 0 }, 'reliability')).toBe(0);
    expect(valueOf({ ...typical, examinerNoShows: 9, examinerLateCancellations: 9 }, 'reliability')).toBe(0);
  });

  it('conduct averages complaints and feedback, adds capped commendations', () => {
    // complaints: 1 per 50 exams = 2 per 100 → 60; feedback: client 4.33, claimant 4 → 4.1667 → 79.17; +4
    expect(conductScore(typical)).toBeCloseTo((60 + (((4 + 5 + 4) / 3 + 4) / 2 - 1) * 25) / 2 + 4, 9);
    expect(conductScore({ ...perfect, commendations: 50 })).toBe(100);
    expect(conductScore({ ...typical, commendations: 50 })! - conductScore({ ...typical, commendations: 0 })!).toBeCloseTo(10, 9);
  });

  it('weighs client and claimant feedback equally, however many ratings each side gave', () => {
    const manyClients = { ...noData, clientFeedback: Array(50).fill(5), claimantFeedback: [1] };
    expect(conductScore(manyClients)).toBe(50);
    expect(conductScore({ ...noData, claimantFeedback: [3] })).toBe(50);
  });

  it('gives no conduct value from commendations alone', () => {
    expect(conductScore({ ...noData, commendations: 3 })).toBeNull();
  });

  it('credentials lose 25 per lapse, floored at 0', () => {
    expect(valueOf({ ...typical, credentialLapses: 1 }, 'credentials')).toBe(75);
    expect(valueOf({ ...typical, credentialLapses: 6 }, 'credentials')).toBe(0);
    expect(valueOf(typical, 'credentials')).toBe(100);
  });

  it('counts a lapse even with no activity, but not a clean record alone', () => {
    expect(valueOf({ ...noData, credentialLapses: 1 }, 'credentials')).toBe(75);
    expect(valueOf(noData, 'credentials')).toBeNull();
  });
});

describe('missing data and renormalisation', () => {
  it('leaves report components out when no reports are counted', () => {
    const result = computeReputation({ ...typical, reportsCounted: 0 });
    for (const name of ['timeliness', 'turnaround', 'completeness', 'qa'] as const) {
      expect(result.components.find((c) => c.name === name)).toMatchObject({ value: null, weight: 0, contribution: 0 });
    }
  });

  it('renormalises the weights over the present components', () => {
    const onlyTimeliness = { ...noData, reportsCounted: 10, onTimeRate: 0.7 };
    // credentials is present too (activity, no lapses): (0.25 × 70 + 0.05 × 100) / 0.30
    const result = computeReputation(onlyTimeliness);
    expect(result.score).toBeCloseTo((0.25 * 70 + 0.05 * 100) / 0.3, 9);
    expect(result.components.find((c) => c.name === 'timeliness')!.weight).toBeCloseTo(0.25 / 0.3, 9);
  });

  it('is null when only zero-weighted components have data', () => {
    const weights: ReputationWeights = { ...DEFAULT_REPUTATION_WEIGHTS, audit: 0 };
    expect(computeReputation({ ...noData, auditScores: [90] }, weights).score).toBeNull();
    expect(computeReputation({ ...noData, auditScores: [90] }).score).toBe(90);
  });

  it('does not depend on the scale of the weights', () => {
    const doubled = Object.fromEntries(REPUTATION_COMPONENTS.map((n) => [n, DEFAULT_REPUTATION_WEIGHTS[n] * 7])) as ReputationWeights;
    expect(computeReputation(typical, doubled).score).toBeCloseTo(computeReputation(typical).score!, 9);
  });

  it('follows the weights: all weight on one component gives its value', () => {
    const onlyReliability = Object.fromEntries(REPUTATION_COMPONENTS.map((n) => [n, n === 'reliability' ? 1 : 0])) as ReputationWeights;
    expect(computeReputation(typical, onlyReliability).score).toBe(60);
  });
});

describe('monotonicity', () => {
  const score = (inputs: ReputationInputs) => computeReputation(inputs).score!;

  it('a late report lowers the score', () => {
    expect(score({ ...typical, onTimeRate: 35 / 40 })).toBeLessThan(score({ ...typical, onTimeRate: 36 / 40 }));
  });

  it('slower turnaround, more addenda, QA failures, lower audits, no-shows, complaints and lapses each lower it', () => {
    const base = score(typical);
    expect(score({ ...typical, medianTurnaroundDays: 20 })).toBeLessThan(base);
    expect(score({ ...typical, addendumRateExcludingLateRecords: 0.1 })).toBeLessThan(base);
    expect(score({ ...typical, qaFirstPassRate: 0.7 })).toBeLessThan(base);
    expect(score({ ...typical, auditScores: [85, 92, 60] })).toBeLessThan(base);
    expect(score({ ...typical, examinerNoShows: 2 })).toBeLessThan(base);
    expect(score({ ...typical, examinerLateCancellations: 2 })).toBeLessThan(base);
    expect(score({ ...typical, complaints: 2 })).toBeLessThan(base);
    expect(score({ ...typical, claimantFeedback: [4, 2] })).toBeLessThan(base);
    expect(score({ ...typical, credentialLapses: 1 })).toBeLessThan(base);
  });

  it('a commendation raises it', () => {
    expect(score({ ...typical, commendations: 3 })).toBeGreaterThan(score(typical));
  });
});

describe('input checks', () => {
  it.each<[string, Partial<ReputationInputs>]>([
    ['negative count', { complaints: -1 }],
    ['fractional count', { examsCounted: 2.5 }],
    ['rate above 1', { onTimeRate: 1.2 }],
    ['negative rate', { qaFirstPassRate: -0.1 }],
    ['NaN rate', { addendumRateExcludingLateRecords: Number.NaN }],
    ['negative turnaround', { medianTurnaroundDays: -2 }],
    ['audit above 100', { auditScores: [101] }],
    ['feedback below 1', { clientFeedback: [0] }],
    ['feedback above 5', { claimantFeedback: [6] }],
  ])('refuses %s', (_name, change) => {
    expect(() => computeReputation({ ...typical, ...change })).toThrow(RangeError);
  });

  it('refuses invalid weights', () => {
    expect(() => computeReputation(typical, { ...DEFAULT_REPUTATION_WEIGHTS, qa: -1 })).toThrow(/qa/);
  });
});

describe('validateWeights', () => {
  it('accepts the defaults and any non-negative set with a positive weight', () => {
    expect(validateWeights(DEFAULT_REPUTATION_WEIGHTS)).toEqual([]);
    expect(validateWeights({ ...DEFAULT_REPUTATION_WEIGHTS, qa: 0, audit: 40 })).toEqual([]);
  });

  it('reports each negative, non-finite or missing weight against its field', () => {
    const problems = validateWeights({ ...DEFAULT_REPUTATION_WEIGHTS, qa: -1, audit: Number.POSITIVE_INFINITY, conduct: undefined, turnaround: '1' });
    expect(problems.map((p) => p.field)).toEqual(['turnaround', 'qa', 'audit', 'conduct']);
    expect(problems[1]!.message).toBe('The qa weight must be zero or more, got -1');
  });

  it('refuses all zeros', () => {
    const zeros = Object.fromEntries(REPUTATION_COMPONENTS.map((n) => [n, 0]));
    const problems = validateWeights(zeros);
    expect(problems).toHaveLength(REPUTATION_COMPONENTS.length);
    expect(problems[0]).toEqual({ field: 'timeliness', message: 'At least one weight must be above zero' });
  });

  it('sums the defaults to 1', () => {
    expect(Object.values(DEFAULT_REPUTATION_WEIGHTS).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
  });
});

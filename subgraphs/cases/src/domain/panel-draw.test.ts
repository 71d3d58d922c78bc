import { describe, expect, it } from 'vitest';
import { auditPanelDraw, createRng, drawPanel, type PanelCandidate } from './panel-draw';

const solo = (n: number, extra: Partial<PanelCandidate> = {}): PanelCandidate[] =>
  Array.from({ length: n }, (_, i) => ({
    examinerId: `ex-${String(i).padStart(2, '0')}`,
    practiceGroup: null,
    reputation: null,
    openCaseLoad: 0,
    ...extra,
  }));

describe('createRng', () => {
  it('produces the documented HMAC-SHA256 counter stream (pinned, reproducible in any language)', () => {
    // Python: hmac.new(b'case-2026-000123', (0).to_bytes(8, 'big'), 'sha256').digest()[0:12] read as 3 big-endian uint32
    const rng = createRng('case-2026-000123');
    expect([rng.nextUint32(), rng.nextUint32(), rng.nextUint32()]).toEqual([1738043559, 2640021976, 3296445670]);
  });

  it('is the same for the same seed and different for another', () => {
    const a = createRng('seed-a');
    const b = createRng('seed-a');
    const c = createRng('seed-b');
    const take = (r: ReturnType<typeof createRng>) => Array.from({ length: 20 }, () => r.nextUint32());
    const first = take(a);
    expect(take(b)).toEqual(first);
    expect(take(c)).not.toEqual(first);
  });

  it('continues past the first 32-byte block', () => {
    const rng = createRng('long');
    const values = Array.from({ length: 100 }, () => rng.nextUint32());
    expect(new Set(values).size).toBe(100);
  });

  it('gives floats in [0, 1) and integers in range', () => {
    const rng = createRng('range');
    for (let i = 0; i < 2000; i += 1) {
      const f = rng.next();
      expect(f).toBeGreaterThanOrEqual(0);
      expect(f).toBeLessThan(1);
      const n = rng.nextInt(7);
      expect(Number.isInteger(n) && n >= 0 && n < 7).toBe(true);
    }
    expect(createRng('x').nextInt(1)).toBe(0);
  });

  it('refuses an empty seed and a bad range', () => {
    expect(() => createRng('')).toThrow(RangeError);
    expect(() => createRng('x').nextInt(0)).toThrow(RangeError);
    expect(() => createRng('x').nextInt(2.5)).toThrow(RangeError);
  });
});

describe('drawPanel — reproducibility', () => {
  const candidates = solo(12);

  it('draws the same panel for the same seed (pinned)', () => {
    const first = drawPanel({ candidates, size: 3, strategy: 'RANDOM', seed: 'case-2026-000123' });
    expect(first).toEqual(drawPanel({ candidates, size: 3, strategy: 'RANDOM', seed: 'case-2026-000123' }));
    expect(first.members).toHaveLength(3);
    expect(new Set(first.members).size).toBe(3);
    expect(drawPanel({ candidates: solo(8), size: 3, strategy: 'RANDOM', seed: 'case-2026-000123' }).members).toEqual(['ex-07', 'ex-04', 'ex-05']);
  });

  it('does not depend on the order the candidates arrive in', () => {
    const reversed = [...candidates].reverse();
    const shuffled = [candidates[5]!, ...candidates.slice(0, 5), ...candidates.slice(6)];
    for (const strategy of ['RANDOM', 'BALANCED'] as const) {
      const expected = drawPanel({ candidates, size: 3, strategy, seed: 's-1' });
      expect(drawPanel({ candidates: reversed, size: 3, strategy, seed: 's-1' })).toEqual(expected);
      expect(drawPanel({ candidates: shuffled, size: 3, strategy, seed: 's-1' })).toEqual(expected);
    }
  });

  it('draws different panels for different seeds', () => {
    const panels = new Set(Array.from({ length: 30 }, (_, i) => drawPanel({ candidates, size: 3, strategy: 'RANDOM', seed: `seed-${i}` }).members.join(',')));
    // 1320 ordered panels possible; 30 seeds colliding into fewer than 25 would mean the seed barely matters.
    expect(panels.size).toBeGreaterThanOrEqual(25);
  });
});

describe('drawPanel — practice groups', () => {
  const grouped: PanelCandidate[] = [
    { examinerId: 'a1', practiceGroup: 'Alpha Ortho', reputation: 80, openCaseLoad: 1 },
    { examinerId: 'a2', practiceGroup: 'Alpha Ortho', reputation: 80, openCaseLoad: 1 },
    { examinerId: 'a3', practiceGroup: 'Alpha Ortho', reputation: 80, openCaseLoad: 1 },
    { examinerId: 'b1', practiceGroup: 'Beta Spine', reputation: 80, openCaseLoad: 1 },
    { examinerId: 'b2', practiceGroup: 'Beta Spine', reputation: 80, openCaseLoad: 1 },
    { examinerId: 's1', practiceGroup: null, reputation: 80, openCaseLoad: 1 },
    { examinerId: 's2', practiceGroup: null, reputation: 80, openCaseLoad: 1 },
  ];
  const groupOf = new Map(grouped.map((c) => [c.examinerId, c.practiceGroup]));

  it('never puts two members of one practice group on a panel', () => {
    for (const strategy of ['RANDOM', 'BALANCED'] as const) {
      for (let i = 0; i < 200; i += 1) {
        const { members } = drawPanel({ candidates: grouped, size: 3, strategy, seed: `g-${i}` });
        const groups = members.map((m) => groupOf.get(m)).filter((g) => g !== null);
        expect(new Set(groups).size).toBe(groups.length);
        expect(members).toHaveLength(3);
      }
    }
  });

  it('treats solo practices as distinct and explains group exclusions', () => {
    const { members, excluded, shortfall } = drawPanel({ candidates: grouped, size: 4, strategy: 'RANDOM', seed: 'four' });
    expect(shortfall).toBe(0);
    expect(members).toEqual(expect.arrayContaining(['s1', 's2']));
    for (const e of excluded) {
      const group = groupOf.get(e.examinerId)!;
      const member = members.find((m) => groupOf.get(m) === group)!;
      expect(e.reason).toBe(`same practice group (${group}) as ${member}, already on the panel`);
    }
    expect(excluded).toHaveLength(3); // 2 of Alpha, 1 of Beta
  });

  it('reports a shortfall when too few distinct practices remain', () => {
    const result = drawPanel({ candidates: grouped, size: 5, strategy: 'RANDOM', seed: 'five' });
    expect(result.members).toHaveLength(4);
    expect(result.shortfall).toBe(1);
    expect(drawPanel({ candidates: [], size: 3, strategy: 'RANDOM', seed: 'none' })).toEqual({ members: [], excluded: [], shortfall: 3 });
  });
});

describe('drawPanel — RANDOM is uniform', () => {
  it('picks each of 10 candidates about equally often over 5000 seeds (chi-square, 9 degrees of freedom)', () => {
    const candidates = solo(10);
    const counts = new Map<string, number>();
    const draws = 5000;
    for (let i = 0; i < draws; i += 1) {
      const [member] = drawPanel({ candidates, size: 1, strategy: 'RANDOM', seed: `uniform-${i}` }).members;
      counts.set(member!, (counts.get(member!) ?? 0) + 1);
    }
    const expected = draws / candidates.length;
    const chiSquare = [...counts.values()].reduce((sum, observed) => sum + (observed - expected) ** 2 / expected, 0);
    expect(counts.size).toBe(10);
    // p = 0.001 at 27.9; the seeds are fixed, so this cannot flake.
    expect(chiSquare).toBeLessThan(27.9);
  });

  it('gives every candidate about the same chance of a place on a panel of 3', () => {
    const candidates = solo(6);
    const places = new Map<string, number>();
    for (let i = 0; i < 3000; i += 1) {
      for (const m of drawPanel({ candidates, size: 3, strategy: 'RANDOM', seed: `p3-${i}` }).members) places.set(m, (places.get(m) ?? 0) + 1);
    }
    for (const count of places.values()) expect(Math.abs(count - 1500)).toBeLessThan(120); // expected 3000 × 3 / 6
  });

  it('ignores case load and reputation', () => {
    const candidates = solo(4).map((c, i) => ({ ...c, openCaseLoad: i * 20, reputation: i * 30 }));
    const result = drawPanel({ candidates, size: 4, strategy: 'RANDOM', seed: 'all' });
    expect(result.members).toHaveLength(4);
    expect(result.excluded).toEqual([]);
  });
});

describe('drawPanel — BALANCED', () => {
  it('skips candidates above the case-load cap (default 10) and says why', () => {
    const candidates: PanelCandidate[] = [
      { examinerId: 'busy', practiceGroup: null, reputation: 99, openCaseLoad: 11 },
      { examinerId: 'full', practiceGroup: null, reputation: 99, openCaseLoad: 10 },
      { examinerId: 'free', practiceGroup: null, reputation: 50, openCaseLoad: 0 },
    ];
    const result = drawPanel({ candidates, size: 3, strategy: 'BALANCED', seed: 'cap' });
    expect(result.members.sort()).toEqual(['free', 'full']);
    expect(result.excluded).toEqual([{ examinerId: 'busy', reason: 'open case load 11 is above the cap of 10' }]);
    expect(result.shortfall).toBe(1);
    const tighter = drawPanel({ candidates, size: 3, strategy: 'BALANCED', seed: 'cap', maxOpenCaseLoad: 5 });
    expect(tighter.members).toEqual(['free']);
    expect(tighter.shortfall).toBe(2);
  });

  it('favours higher reputations in proportion', () => {
    const candidates: PanelCandidate[] = [
      { examinerId: 'high', practiceGroup: null, reputation: 90, openCaseLoad: 0 },
      { examinerId: 'low', practiceGroup: null, reputation: 10, openCaseLoad: 0 },
    ];
    let high = 0;
    for (let i = 0; i < 2000; i += 1) {
      if (drawPanel({ candidates, size: 1, strategy: 'BALANCED', seed: `w-${i}` }).members[0] === 'high') high += 1;
    }
    expect(high / 2000).toBeGreaterThan(0.86); // expected 0.9
    expect(high / 2000).toBeLessThan(0.94);
  });

  it('gives unknown reputations the median of the known ones, or 50', () => {
    const withUnknown: PanelCandidate[] = [
      { examinerId: 'known-80', practiceGroup: null, reputation: 80, openCaseLoad: 0 },
      { examinerId: 'known-20', practiceGroup: null, reputation: 20, openCaseLoad: 0 },
      { examinerId: 'new', practiceGroup: null, reputation: null, openCaseLoad: 0 },
    ];
    // Weights 80 : 20 : 50 (median of 80 and 20).
    let picksOfNew = 0;
    for (let i = 0; i < 3000; i += 1) {
      if (drawPanel({ candidates: withUnknown, size: 1, strategy: 'BALANCED', seed: `m-${i}` }).members[0] === 'new') picksOfNew += 1;
    }
    expect(picksOfNew / 3000).toBeGreaterThan(0.3); // expected 50 / 150 = 0.333
    expect(picksOfNew / 3000).toBeLessThan(0.37);

    const allUnknown = solo(3);
    expect(drawPanel({ candidates: allUnknown, size: 3, strategy: 'BALANCED', seed: 'u' }).members).toHaveLength(3);
  });

  it('keeps a small chance for a reputation of 0', () => {
    const candidates: PanelCandidate[] = [
      { examinerId: 'zero', practiceGroup: null, reputation: 0, openCaseLoad: 0 },
      { examinerId: 'also-zero', practiceGroup: null, reputation: 0, openCaseLoad: 0 },
    ];
    expect(drawPanel({ candidates, size: 2, strategy: 'BALANCED', seed: 'z' }).members).toHaveLength(2);
  });
});

describe('drawPanel — input checks', () => {
  it('refuses a bad size, an unknown strategy, an empty seed and duplicate candidates', () => {
    const candidates = solo(3);
    expect(() => drawPanel({ candidates, size: 0, strategy: 'RANDOM', seed: 's' })).toThrow(RangeError);
    expect(() => drawPanel({ candidates, size: 1.5, strategy: 'RANDOM', seed: 's' })).toThrow(RangeError);
    expect(() => drawPanel({ candidates, size: 3, strategy: 'ROUND_ROBIN' as 'RANDOM', seed: 's' })).toThrow(RangeError);
    expect(() => drawPanel({ candidates, size: 3, strategy: 'RANDOM', seed: '' })).toThrow(RangeError);
    expect(() => drawPanel({ candidates: [...candidates, candidates[0]!], size: 3, strategy: 'RANDOM', seed: 's' })).toThrow(/twice/);
  });
});

describe('auditPanelDraw', () => {
  const pool: PanelCandidate[] = ['a', 'b', 'c', 'd', 'e'].map((id, i) => ({ examinerId: id, practiceGroup: i < 2 ? 'g1' : null, reputation: 60 + i, openCaseLoad: i }));
  const input = { candidates: pool, size: 3, strategy: 'RANDOM' as const, seed: 'audit-seed' };
  const drawn = drawPanel(input).members;

  it('matches the panel drawn from the same inputs, whatever order the pool is stored in', () => {
    expect(auditPanelDraw({ members: drawn, poolSize: 5 }, { ...input, candidates: [...pool].reverse() })).toEqual({
      matches: true,
      recomputed: drawPanel(input),
      differences: [],
    });
  });

  it('names each position where the recorded panel is not the draw', () => {
    const swapped = [drawn[1]!, drawn[0]!, drawn[2]!];
    expect(auditPanelDraw({ members: swapped, poolSize: 5 }, input)).toMatchObject({
      matches: false,
      differences: [`position 1: the panel has ${drawn[1]}, the draw gives ${drawn[0]}`, `position 2: the panel has ${drawn[0]}, the draw gives ${drawn[1]}`],
    });
    expect(auditPanelDraw({ members: drawn.slice(0, 2), poolSize: 5 }, input).differences).toEqual([`position 3: the draw gives ${drawn[2]}, the panel has no one`]);
  });

  it('notices a stored pool that is not the one the panel was drawn from', () => {
    expect(auditPanelDraw({ members: drawn, poolSize: 6 }, input).differences).toEqual(['the panel records a pool of 6 examiners, but 5 candidates are stored']);
  });

  it('depends on the load cap for BALANCED draws, which is therefore recorded', () => {
    const balanced = { candidates: pool, size: 3, strategy: 'BALANCED' as const, seed: 'audit-seed', maxOpenCaseLoad: 1 };
    const members = drawPanel(balanced).members; // c, d and e are above the cap; a and b share a group: one member
    expect(members).toHaveLength(1);
    expect(auditPanelDraw({ members, poolSize: 5 }, balanced).matches).toBe(true);
    expect(auditPanelDraw({ members, poolSize: 5 }, { ...balanced, maxOpenCaseLoad: 10 }).matches).toBe(false);
  });
});

import { createHmac } from 'node:crypto';

/**
 * Seeded, reproducible panel draws (docs/rules.md, "Panels"). The panel, its strategy and its seed are
 * recorded, so anyone can redraw from the same inputs and get the same panel: the draw can be audited after
 * the fact, which is what makes a claimant's choice from it credible (CA QME panels are "drawn at random").
 */

export const PANEL_STRATEGIES = ['RANDOM', 'BALANCED'] as const;
export type PanelStrategy = (typeof PANEL_STRATEGIES)[number];

/** A deterministic source of random numbers derived from a seed string. */
export interface SeededRng {
  /** The next 32-bit unsigned integer of the stream. */
  nextUint32(): number;
  /** A float in [0, 1) with 53 random bits. */
  next(): number;
  /** An integer in [0, maxExclusive), exactly uniform (rejection sampling, no modulo bias). */
  nextInt(maxExclusive: number): number;
}

/**
 * HMAC-SHA256 in counter mode: block i is HMAC-SHA256(key = seed as UTF-8, message = i as an 8-byte big-endian
 * integer), i = 0, 1, 2 …, and the stream is those blocks' bytes read as big-endian 32-bit integers. Chosen
 * over a hand-written PRNG because it is a standard primitive: the stream is the same on every Node version and
 * platform, an auditor can reproduce it in any language with an HMAC library (Python: hmac.new(seed,
 * i.to_bytes(8, 'big'), 'sha256')), and no one can steer the draw by choosing a seed that biases it.
 */
export function createRng(seed: string): SeededRng {
  if (seed.length === 0) throw new RangeError('A panel draw needs a non-empty seed, recorded so the draw can be reproduced');
  let counter = 0n;
  let block = Buffer.alloc(0);
  let offset = 0;

  const nextUint32 = (): number => {
    if (offset >= block.length) {
      const message = Buffer.alloc(8);
      message.writeBigUInt64BE(counter);
      counter += 1n;
      block = createHmac('sha256', seed).update(message).digest();
      offset = 0;
    }
    const value = block.readUInt32BE(offset);
    offset += 4;
    return value;
  };

  const next = (): number => {
    // 27 + 26 = 53 bits, the precision of a double.
    const high = nextUint32() >>> 5;
    const low = nextUint32() >>> 6;
    return (high * 67_108_864 + low) / 9_007_199_254_740_992;
  };

  const nextInt = (maxExclusive: number): number => {
    if (!Number.isInteger(maxExclusive) || maxExclusive < 1 || maxExclusive > 2 ** 32) {
      throw new RangeError(`nextInt needs a whole number from 1 to 2^32, got ${maxExclusive}`);
    }
    // Reject the top partial range of 2^32 so every result is equally likely.
    const limit = 2 ** 32 - (2 ** 32 % maxExclusive);
    for (;;) {
      const value = nextUint32();
      if (value < limit) return value % maxExclusive;
    }
  };

  return { nextUint32, next, nextInt };
}

export interface PanelCandidate {
  examinerId: string;
  /** Examiners of one group practice share it; null for a solo practice (always distinct). */
  practiceGroup: string | null;
  /** Reputation composite 0..100, or null without enough data. */
  reputation: number | null;
  openCaseLoad: number;
}

export interface PanelDrawInput {
  /** The eligible pool; the caller has already applied the eligibility rules. */
  candidates: PanelCandidate[];
  size: number;
  strategy: PanelStrategy;
  seed: string;
  /** BALANCED only: candidates with more open cases than this are skipped. Default 10. */
  maxOpenCaseLoad?: number;
}

export interface PanelDrawResult {
  /** Examiner ids in the order drawn. */
  members: string[];
  /** Candidates ruled out, and why (load cap, practice group of a member). Candidates simply not drawn are not listed. */
  excluded: { examinerId: string; reason: string }[];
  /** How many places could not be filled; the caller must say so rather than present a short panel as full. */
  shortfall: number;
}

/** The order a draw reads its pool in: by examinerId, in code-unit order (not locale), whatever order it was stored in. */
export const byExaminerId = (a: PanelCandidate, b: PanelCandidate) => (a.examinerId < b.examinerId ? -1 : a.examinerId > b.examinerId ? 1 : 0);

export const DEFAULT_MAX_OPEN_CASE_LOAD = 10;
/** Reputation given to candidates without one when no candidate has one either. */
export const NEUTRAL_REPUTATION = 50;
/** Lowest drawing weight, so an examiner with a reputation of 0 keeps a small chance rather than none. */
export const MIN_DRAW_WEIGHT = 1;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * BALANCED weights: reputation clamped to 0..100, unknown reputations given the median of the known ones (so
 * newcomers are neither favoured nor starved), or 50 when none is known, and floored at MIN_DRAW_WEIGHT.
 */
function drawWeights(pool: PanelCandidate[]): Map<string, number> {
  const known = pool.map((c) => c.reputation).filter((r): r is number => r !== null && Number.isFinite(r));
  const fallback = known.length > 0 ? median(known) : NEUTRAL_REPUTATION;
  return new Map(
    pool.map((c) => {
      const reputation = c.reputation !== null && Number.isFinite(c.reputation) ? c.reputation : fallback;
      return [c.examinerId, Math.max(MIN_DRAW_WEIGHT, Math.min(100, reputation))];
    }),
  );
}

function pickWeighted(pool: PanelCandidate[], weights: Map<string, number>, rng: SeededRng): number {
  const total = pool.reduce((sum, c) => sum + weights.get(c.examinerId)!, 0);
  const target = rng.next() * total;
  let cumulative = 0;
  for (let i = 0; i < pool.length; i += 1) {
    cumulative += weights.get(pool[i]!.examinerId)!;
    if (target < cumulative) return i;
  }
  return pool.length - 1; // rounding at the top end
}

/**
 * Draws a panel of `size` examiners:
 * 1. candidates are sorted by examinerId (code-unit order, not locale), so the order they arrive in does not
 *    change the draw;
 * 2. BALANCED skips candidates with more than `maxOpenCaseLoad` open cases, so work spreads out; RANDOM, the
 *    regulatory default, draws uniformly from the whole eligible pool;
 * 3. one member at a time is drawn from those remaining — uniformly (RANDOM) or weighted by reputation,
 *    without replacement (BALANCED) — and the other members of its practice group are then ruled out: at most
 *    one examiner per group practice, as two from the same group is grounds for a replacement panel in CA.
 * With too few distinct candidates the panel is short and `shortfall` says by how many.
 */
export function drawPanel(input: PanelDrawInput): PanelDrawResult {
  const { size, strategy, seed } = input;
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`A panel needs a size of 1 or more, got ${size}`);
  if (strategy !== 'RANDOM' && strategy !== 'BALANCED') {
    throw new RangeError(`Unknown panel strategy '${String(strategy)}': expected RANDOM or BALANCED`);
  }
  const ids = new Set<string>();
  for (const c of input.candidates) {
    if (ids.has(c.examinerId)) throw new RangeError(`Examiner ${c.examinerId} is listed twice among the panel candidates`);
    ids.add(c.examinerId);
  }
  const rng = createRng(seed);
  const excluded: PanelDrawResult['excluded'] = [];
  let pool = [...input.candidates].sort(byExaminerId);

  if (strategy === 'BALANCED') {
    const cap = input.maxOpenCaseLoad ?? DEFAULT_MAX_OPEN_CASE_LOAD;
    for (const c of pool.filter((c) => c.openCaseLoad > cap)) {
      excluded.push({ examinerId: c.examinerId, reason: `open case load ${c.openCaseLoad} is above the cap of ${cap}` });
    }
    pool = pool.filter((c) => c.openCaseLoad <= cap);
  }
  const weights = strategy === 'BALANCED' ? drawWeights(pool) : null;

  const members: string[] = [];
  while (members.length < size && pool.length > 0) {
    const index = weights ? pickWeighted(pool, weights, rng) : rng.nextInt(pool.length);
    const member = pool[index]!;
    members.push(member.examinerId);
    pool.splice(index, 1);
    if (member.practiceGroup !== null) {
      for (const c of pool.filter((c) => c.practiceGroup === member.practiceGroup)) {
        excluded.push({
          examinerId: c.examinerId,
          reason: `same practice group (${member.practiceGroup}) as ${member.examinerId}, already on the panel`,
        });
      }
      pool = pool.filter((c) => c.practiceGroup !== member.practiceGroup);
    }
  }
  return { members, excluded, shortfall: size - members.length };
}

export interface PanelDrawAuditResult {
  /** The recomputed draw is the recorded panel: the same examiners in the same order, and the recorded pool size. */
  matches: boolean;
  recomputed: PanelDrawResult;
  /** Each way the recorded panel differs from the recomputed draw; empty when it matches. */
  differences: string[];
}

/**
 * Recomputes a recorded draw from its stored inputs (pool, size, strategy, seed, load cap) and compares it with
 * the panel as recorded: anyone holding the same inputs gets the same panel (see createRng), so a mismatch
 * means the panel is not the draw it claims to be.
 */
export function auditPanelDraw(recorded: { members: string[]; poolSize: number }, input: PanelDrawInput): PanelDrawAuditResult {
  const recomputed = drawPanel(input);
  const differences: string[] = [];
  if (recorded.poolSize !== input.candidates.length) {
    differences.push(`the panel records a pool of ${recorded.poolSize} examiners, but ${input.candidates.length} candidates are stored`);
  }
  const places = Math.max(recorded.members.length, recomputed.members.length);
  for (let i = 0; i < places; i += 1) {
    const was = recorded.members[i];
    const is = recomputed.members[i];
    if (was === is) continue;
    if (was === undefined) differences.push(`position ${i + 1}: the draw gives ${is}, the panel has no one`);
    else if (is === undefined) differences.push(`position ${i + 1}: the panel has ${was}, the draw gives no one`);
    else differences.push(`position ${i + 1}: the panel has ${was}, the draw gives ${is}`);
  }
  return { matches: differences.length === 0, recomputed, differences };
}

import { describe, expect, it } from 'vitest';
import { Random, Weighted } from './random';

describe('Random', () => {
  it('draws the same sequence from the same seed, a number seed as its decimal text', () => {
    const draw = (r: Random) => [r.next(), r.int(1, 6), r.uuid(), r.digits(4)];
    expect(draw(new Random(42))).toEqual(draw(new Random('42')));
    expect(draw(new Random('ime-panel-demo'))).not.toEqual(draw(new Random('ime-panel-demo-2')));
  });

  it('keeps its draws in range', () => {
    const r = new Random(7);
    for (let i = 0; i < 2000; i += 1) {
      const n = r.int(3, 5);
      expect(n).toBeGreaterThanOrEqual(3);
      expect(n).toBeLessThanOrEqual(5);
      expect(r.next()).toBeLessThan(1);
      expect(Math.abs(r.jitter(0.5))).toBeLessThanOrEqual(0.5);
    }
    expect(r.uuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(r.shuffle([1, 2, 3, 4]).sort()).toEqual([1, 2, 3, 4]);
  });

  it('never picks a value of weight zero, whether weighted once or through Weighted', () => {
    const r = new Random(1);
    const table = new Weighted([['a', 0], ['b', 1]] as const);
    for (let i = 0; i < 500; i += 1) {
      expect(r.weighted(['a', 'b'], (v) => (v === 'a' ? 0 : 1))).toBe('b');
      expect(table.pick(r)).toBe('b');
    }
  });
});

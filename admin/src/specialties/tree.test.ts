import { describe, expect, it } from 'vitest';
import { branchCodes, buildSpecialtyTree, type SpecialtyRow } from './tree';

const row = (code: string, parentCode: string | null, name = code, examinerCount = 1): SpecialtyRow => ({ code, name, parentCode, active: true, examinerCount });

describe('buildSpecialtyTree', () => {
  it('puts every specialty under its parent, siblings by name', () => {
    const tree = buildSpecialtyTree([row('SPINE', 'ORTHO', 'Spine'), row('ORTHO', null, 'Orthopaedics'), row('HAND', 'ORTHO', 'Hand'), row('NEURO', null, 'Neurology')]);
    expect(tree.map((n) => n.code)).toEqual(['NEURO', 'ORTHO']);
    expect(tree[1].children.map((n) => n.code)).toEqual(['HAND', 'SPINE']);
    expect(branchCodes(tree)).toEqual(['ORTHO']);
  });

  it('keeps a specialty whose parent is missing, and a cycle, at the root instead of losing or looping', () => {
    const orphan = buildSpecialtyTree([row('A', 'GONE')]);
    expect(orphan.map((n) => n.code)).toEqual(['A']);
    const cycle = buildSpecialtyTree([row('A', 'B'), row('B', 'A')]);
    expect(cycle.map((n) => n.code).sort()).toEqual(['A', 'B']);
  });
});

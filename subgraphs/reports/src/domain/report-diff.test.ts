import { describe, expect, it } from 'vitest';
import { diffLines, diffSnapshots } from './report-diff';

describe('report version diff', () => {
  it('lists only the fields that changed, with a readable line diff', () => {
    const from = { status: 'DRAFT', findings: 'Lumbar tenderness. Straight leg raise negative.', impairmentPercent: null, diagnoses: [{ icd10: 'M54.16', description: 'Radiculopathy' }] };
    const to = { status: 'SUBMITTED', findings: 'Lumbar tenderness. Straight leg raise positive on the left.', impairmentPercent: 8, diagnoses: [{ icd10: 'M54.16', description: 'Radiculopathy' }] };
    expect(diffSnapshots(from, to)).toEqual([
      { field: 'status', before: 'DRAFT', after: 'SUBMITTED', lines: ['- DRAFT', '+ SUBMITTED'] },
      {
        field: 'findings',
        before: 'Lumbar tenderness. Straight leg raise negative.',
        after: 'Lumbar tenderness. Straight leg raise positive on the left.',
        lines: ['  Lumbar tenderness.', '- Straight leg raise negative.', '+ Straight leg raise positive on the left.'],
      },
      { field: 'impairmentPercent', before: null, after: '8', lines: ['+ 8'] },
    ]);
  });

  it('diffs by longest common subsequence', () => {
    expect(diffLines(['a', 'b', 'c', 'd'], ['a', 'c', 'e', 'd'])).toEqual(['  a', '- b', '  c', '+ e', '  d']);
    expect(diffLines([], ['x'])).toEqual(['+ x']);
    expect(diffSnapshots({ findings: 'same' }, { findings: 'same' })).toEqual([]);
  });
});

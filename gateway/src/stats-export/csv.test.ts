import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv';

describe('csvCell', () => {
  it('writes numbers, flags and empties plainly', () => {
    expect(csvCell(0.25)).toBe('0.25');
    expect(csvCell(12)).toBe('12');
    expect(csvCell(true)).toBe('true');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
  });

  it('quotes cells holding a comma, a quote or a line break, doubling quotes', () => {
    expect(csvCell('Hudson Valley Orthopaedic Associates, PLLC')).toBe('"Hudson Valley Orthopaedic Associates, PLLC"');
    expect(csvCell('The "Best" Insurer')).toBe('"The ""Best"" Insurer"');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('plain')).toBe('plain');
  });

  it('defuses text a spreadsheet would evaluate as a formula', () => {
    expect(csvCell('=HYPERLINK("http://evil.example")')).toBe(`"'=HYPERLINK(""http://evil.example"")"`);
    expect(csvCell('+1')).toBe(`'+1`);
    expect(csvCell('-x')).toBe(`'-x`);
    expect(csvCell('@SUM(A1)')).toBe(`'@SUM(A1)`);
  });
});

describe('csvCell, read by a spreadsheet with another separator', () => {
  it('defuses a formula after a separator or line break inside the text, and quotes text holding ; or a tab', () => {
    expect(csvCell("Whitcombe;=cmd|' /C calc'!A0;x")).toBe(`"Whitcombe;'=cmd|' /C calc'!A0;x"`);
    expect(csvCell('Acme,+1')).toBe(`"Acme,'+1"`);
    expect(csvCell('one\n@two')).toBe(`"one\n'@two"`);
    expect(csvCell('\t=1')).toBe(`"'\t'=1"`);
    expect(csvCell('Smith; Jones')).toBe('"Smith; Jones"');
    // A space before the formula character keeps the cell text: nothing to defuse.
    expect(csvCell('Smith, -ortho')).toBe('"Smith, -ortho"');
  });

  it('writes negative numbers as numbers, and only text that starts like a formula with an apostrophe', () => {
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(-0.25)).toBe('-0.25');
    expect(csvCell('-3')).toBe(`'-3`);
  });
});

describe('toCsv', () => {
  it('writes a header and the rows with CRLF line ends', () => {
    expect(toCsv(['a', 'b'], [[1, 'x'], [null, 'y,z']])).toBe('a,b\r\n1,x\r\n,"y,z"\r\n');
  });
});

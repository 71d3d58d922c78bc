import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { PdfWriter, winAnsiText, wrapText } from './pdf-writer';

describe('PDF text', () => {
  it('keeps what WinAnsi encodes and replaces or drops the rest', () => {
    expect(winAnsiText('Señora Müller — “café” €5 ½')).toBe('Señora Müller — “café” €5 ½');
    expect(winAnsiText('Łódź ≥ 5 → ok\u200b')).toBe('Lódz >= 5 -> ok');
    expect(winAnsiText('数 😀')).toBe('? ?');
  });

  it('wraps to the width, breaking a word longer than a line', async () => {
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    const lines = wrapText(`${'word '.repeat(60)}\n${'x'.repeat(300)}`, font, 10, 200);
    expect(lines.length).toBeGreaterThan(8);
    for (const line of lines) expect(font.widthOfTextAtSize(line, 10)).toBeLessThanOrEqual(200);
    expect(lines.join('')).toContain('x'.repeat(20));
  });

  it('renders the same bytes for the same content, on as many pages as it needs', async () => {
    const render = async () => {
      const writer = await PdfWriter.create({ title: 'Report', author: 'IME Panel', at: new Date('2026-12-01T10:00:00Z'), footer: 'IME-2026-000001' });
      writer.title('Independent medical examination');
      for (let i = 0; i < 120; i++) writer.field(`Item ${i}`, 'Zoë’s lumbar spine — long text '.repeat(3));
      return writer.bytes();
    };
    const [a, b] = [await render(), await render()];
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const parsed = await PDFDocument.load(a);
    expect(parsed.getPageCount()).toBeGreaterThan(3);
    expect(parsed.getTitle()).toBe('Report');
  });
});

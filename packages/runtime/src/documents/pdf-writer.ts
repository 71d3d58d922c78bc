import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';

/**
 * Characters of WinAnsiEncoding besides printable ASCII and Latin-1 (its 0x80–0x9F range), the only characters
 * the standard PDF fonts can draw without embedding a font.
 */
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

/** Common characters outside WinAnsi, and what to write instead. */
const REPLACEMENTS: Record<string, string> = {
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2212': '-', '\u2032': "'", '\u2033': '"', '\u2264': '<=', '\u2265': '>=', '\u2248': '~',
  '\u0141': 'L', '\u0142': 'l', '\u0110': 'D', '\u0111': 'd', '\u0131': 'i',
  '\u00a0': ' ', '\u2009': ' ', '\u202f': ' ', '\u2007': ' ', '\u200b': '', '\ufeff': '', '\u2192': '->', '\u2190': '<-', '\u2713': 'x', '\u00ad': '',
};

const encodable = (char: string) => {
  const code = char.codePointAt(0)!;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(char);
};

/**
 * Text the standard fonts can draw (WinAnsi): known look-alikes replaced, accents kept where Latin-1 has them and
 * otherwise dropped (NFKD), tabs as spaces, anything else as "?". Line breaks are kept for the writer to honour.
 */
export function winAnsiText(text: string): string {
  let out = '';
  for (const char of text.replace(/\r\n?/g, '\n').replace(/\t/g, '    ')) {
    if (char === '\n' || encodable(char)) out += char;
    else if (char in REPLACEMENTS) out += REPLACEMENTS[char];
    else {
      const decomposed = [...char.normalize('NFKD')].filter((c) => encodable(c) && !/\p{M}/u.test(c)).join('');
      out += decomposed || '?';
    }
  }
  return out;
}

/** Splits text into lines no wider than `width` at `size`, breaking at spaces (and inside a word longer than a line). */
export function wrapText(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of winAnsiText(text).split('\n')) {
    let line = '';
    for (const word of paragraph.split(/ +/)) {
      const candidate = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(candidate, size) <= width) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      line = '';
      let rest = word;
      while (font.widthOfTextAtSize(rest, size) > width) {
        let cut = rest.length - 1;
        while (cut > 1 && font.widthOfTextAtSize(rest.slice(0, cut), size) > width) cut--;
        lines.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      line = rest;
    }
    lines.push(line);
  }
  return lines;
}

const PAGE = { width: 612, height: 792, margin: 64 };

/**
 * A plain document of headings, labelled fields and wrapped paragraphs on US Letter pages, in Helvetica (WinAnsi),
 * with "page n of m" footers. Its metadata dates are the ones given, so the same content renders the same bytes.
 */
export class PdfWriter {
  private page!: PDFPage;
  private y = 0;

  private constructor(
    private readonly pdf: PDFDocument,
    private readonly regular: PDFFont,
    private readonly bold: PDFFont,
    private readonly footer: string,
  ) {
    this.newPage();
  }

  static async create(meta: { title: string; author: string; subject?: string; at: Date; footer: string; language?: string }): Promise<PdfWriter> {
    const pdf = await PDFDocument.create({ updateMetadata: false });
    pdf.setTitle(winAnsiText(meta.title));
    pdf.setAuthor(winAnsiText(meta.author));
    if (meta.subject) pdf.setSubject(winAnsiText(meta.subject));
    pdf.setProducer('IME Panel (pdf-lib)');
    pdf.setCreator('IME Panel');
    pdf.setCreationDate(meta.at);
    pdf.setModificationDate(meta.at);
    if (meta.language) pdf.setLanguage(meta.language);
    return new PdfWriter(pdf, await pdf.embedFont(StandardFonts.Helvetica), await pdf.embedFont(StandardFonts.HelveticaBold), meta.footer);
  }

  private get textWidth() {
    return PAGE.width - 2 * PAGE.margin;
  }

  private newPage() {
    this.page = this.pdf.addPage([PAGE.width, PAGE.height]);
    this.y = PAGE.height - PAGE.margin;
  }

  private line(text: string, font: PDFFont, size: number, indent = 0) {
    const height = size * 1.35;
    if (this.y - height < PAGE.margin + 20) this.newPage();
    this.y -= height;
    this.page.drawText(text, { x: PAGE.margin + indent, y: this.y, size, font, color: rgb(0, 0, 0) });
  }

  title(text: string): this {
    for (const line of wrapText(text, this.bold, 18, this.textWidth)) this.line(line, this.bold, 18);
    this.y -= 8;
    return this;
  }

  heading(text: string): this {
    this.y -= 10;
    if (this.y < PAGE.margin + 80) this.newPage();
    for (const line of wrapText(text, this.bold, 13, this.textWidth)) this.line(line, this.bold, 13);
    this.y -= 2;
    return this;
  }

  paragraph(text: string, options: { indent?: number; bold?: boolean } = {}): this {
    const font = options.bold ? this.bold : this.regular;
    const indent = options.indent ?? 0;
    for (const line of wrapText(text, font, 10.5, this.textWidth - indent)) this.line(line, font, 10.5, indent);
    this.y -= 4;
    return this;
  }

  /** "Label: value", the value wrapped under itself. */
  field(label: string, value: string | null | undefined): this {
    return this.paragraph(`${label}: ${value === null || value === undefined || value === '' ? '-' : value}`);
  }

  async bytes(): Promise<Uint8Array> {
    const pages = this.pdf.getPages();
    pages.forEach((page, index) => {
      const text = winAnsiText(`${this.footer} - page ${index + 1} of ${pages.length}`);
      page.drawText(text, { x: PAGE.margin, y: PAGE.margin / 2, size: 8, font: this.regular, color: rgb(0.3, 0.3, 0.3) });
    });
    return this.pdf.save({ useObjectStreams: false });
  }
}

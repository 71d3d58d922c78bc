import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { NoticeFacts } from '../domain/notice';
import { renderNoticePdf } from './notice-pdf';

/** The text drawn on the pages, lines joined by spaces: pdf-lib writes each line as a hex string shown with Tj in a Flate stream. */
function drawnText(bytes: Uint8Array): string {
  const raw = Buffer.from(bytes).toString('latin1');
  const lines: string[] = [];
  for (const match of raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    let content: string;
    try {
      content = inflateSync(Buffer.from(match[1]!, 'latin1')).toString('latin1');
    } catch {
      continue;
    }
    for (const shown of content.matchAll(/<([0-9A-Fa-f]*)> Tj/g)) lines.push(Buffer.from(shown[1]!, 'hex').toString('latin1'));
  }
  return lines.join(' ');
}

const facts = (overrides: Partial<NoticeFacts> = {}): NoticeFacts => ({
  jurisdictionName: 'New York',
  reasons: ['CAUSATION'],
  bodyParts: ['lumbar spine'],
  examFormat: 'TELEHEALTH',
  examinerName: 'Dr Ada Examiner',
  examScheduledAt: new Date('2026-03-09T13:00:00Z'),
  location: null,
  recordingAllowed: false,
  observerAllowed: true,
  panelRequired: false,
  reportRecipients: ['CLIENT', 'CLAIMANT'],
  interpreterNeeded: false,
  ...overrides,
});

const letter = (f: NoticeFacts, language = 'en') => ({
  language,
  claimantName: 'Jordan Claimant',
  claimantAddress: ['1 Elm St', 'Chicago IL 60601'],
  caseReference: 'IME-2026-000123',
  servedAt: new Date('2026-02-20T15:00:00Z'),
  method: 'MAIL',
  facts: f,
  purpose: 'An independent medical examination.',
  rightsStatement: '1. You will receive a copy of the report.',
  issuer: 'IME Panel',
});

describe('the notice letter', () => {
  it("gives the exam's time in the zone it is shown in, across the daylight-saving change", async () => {
    // 13:00Z on Monday 9 March 2026 (EDT since the 8th) is 08:00 in Chicago (CDT) and 06:00 in Phoenix (MST).
    const chicago = drawnText(await renderNoticePdf(letter(facts({ examTimeZone: 'America/Chicago' }))));
    expect(chicago).toContain('Monday, March 9, 2026, 8:00 AM CDT (America/Chicago)');
    const phoenix = drawnText(await renderNoticePdf(letter(facts({ examTimeZone: 'America/Phoenix' }))));
    expect(phoenix).toContain('Monday, March 9, 2026, 6:00 AM MST (America/Phoenix)');
    // The Friday before, still standard time in New York: 09:00 EST.
    const before = drawnText(await renderNoticePdf(letter(facts({ examScheduledAt: new Date('2026-03-06T14:00:00Z'), examTimeZone: 'America/New_York' }))));
    expect(before).toContain('Friday, March 6, 2026, 9:00 AM EST (America/New_York)');
  });

  it('says what was arranged, in Spanish too', async () => {
    const arranged = { accommodation: 'Wheelchair-accessible room', arrangement: 'ground-floor room 2', arrangedBy: 'Albany front desk', confirmed: true };
    const spanish = drawnText(await renderNoticePdf(letter(facts({ examTimeZone: 'America/New_York', accommodations: [arranged] }), 'es')));
    expect(spanish).toMatch(/lunes, 9 de marzo de 2026, 9:00\sa\.\s?m\. EDT \(America\/New_York\)/);
    expect(spanish).toContain('Se ha confirmado para usted (Wheelchair-accessible room): ground-floor room 2, a cargo de Albany front desk.');
  });
});

import type { Actor } from '@imepanel/runtime';
import { describe, expect, it } from 'vitest';
import { assertMayReportOn } from './access';

const kase = { id: 'case-1', examinerId: 'examiner-e', client: { id: 'client-a' } };
const actor = (role: Actor['role'], ids: { clientId?: string; examinerId?: string } = {}): Actor => ({ id: `${role}-1`, name: role, role, ...ids });
const code = (run: () => void) => {
  try {
    run();
    return 'ok';
  } catch (error) {
    return (error as { extensions?: { code?: string } }).extensions?.code;
  }
};

describe('who may start a report on a case', () => {
  it('the assigned examiner and administrators start any kind; another examiner finds no such case', () => {
    for (const kind of ['IME', 'ADDENDUM', 'SUPPLEMENTAL']) {
      expect(code(() => assertMayReportOn(actor('EXAMINER', { examinerId: 'examiner-e' }), kase, kind))).toBe('ok');
      expect(code(() => assertMayReportOn(actor('ADMIN'), kase, kind))).toBe('ok');
    }
    expect(code(() => assertMayReportOn(actor('EXAMINER', { examinerId: 'examiner-f' }), kase, 'IME'))).toBe('NOT_FOUND');
  });

  it('the ordering client requests an addendum, and nothing else; another organisation finds no such case', () => {
    const client = actor('CLIENT', { clientId: 'client-a' });
    expect(code(() => assertMayReportOn(client, kase, 'ADDENDUM'))).toBe('ok');
    expect(code(() => assertMayReportOn(client, kase, 'IME'))).toBe('FORBIDDEN');
    expect(code(() => assertMayReportOn(client, kase, 'SUPPLEMENTAL'))).toBe('FORBIDDEN');
    expect(code(() => assertMayReportOn(actor('CLIENT', { clientId: 'client-b' }), kase, 'ADDENDUM'))).toBe('NOT_FOUND');
  });

  it('analysts start none', () => {
    expect(code(() => assertMayReportOn(actor('ANALYST'), kase, 'ADDENDUM'))).toBe('FORBIDDEN');
  });
});

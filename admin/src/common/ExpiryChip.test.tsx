import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { daysFromToday, relativeDays } from './dates';
import { ExpiryChip } from './ExpiryChip';

const inDays = (days: number) => {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

describe('ExpiryChip', () => {
  it('is red when expired, amber within 60 days, green beyond, and says when in words', () => {
    const expired = renderToStaticMarkup(<ExpiryChip expiresOn={inDays(-3)} expiryState="EXPIRED" />);
    expect(expired).toContain('MuiChip-colorError');
    expect(expired).toContain('3 days ago');
    const expiring = renderToStaticMarkup(<ExpiryChip expiresOn={inDays(45)} expiryState="EXPIRING" />);
    expect(expiring).toContain('MuiChip-colorWarning');
    expect(expiring).toContain('in 45 days');
    expect(renderToStaticMarkup(<ExpiryChip expiresOn={inDays(400)} expiryState="VALID" />)).toContain('MuiChip-colorSuccess');
    expect(renderToStaticMarkup(<ExpiryChip expiresOn={null} expiryState="NO_EXPIRY" />)).toContain('No expiry');
  });

  it('counts whole days from today', () => {
    expect(daysFromToday(inDays(0))).toBe(0);
    expect(daysFromToday(inDays(-1))).toBe(-1);
    expect(relativeDays(1)).toBe('tomorrow');
    expect(relativeDays(-10)).toBe('10 days ago');
  });
});

import { describe, expect, it } from 'vitest';
import { scopeStatsClients } from './stats-scope';

describe('scopeStatsClients', () => {
  it('keeps the filter of administrators, analysts and services', () => {
    expect(scopeStatsClients({ role: 'ANALYST', clientId: null }, ['a', 'b'])).toEqual(['a', 'b']);
    expect(scopeStatsClients({ role: 'ADMIN', clientId: null }, undefined)).toBeUndefined();
  });

  it('narrows a client to its own organisation', () => {
    expect(scopeStatsClients({ role: 'CLIENT', clientId: 'mine' }, undefined)).toEqual(['mine']);
    expect(scopeStatsClients({ role: 'CLIENT', clientId: 'mine' }, [])).toEqual(['mine']);
    expect(scopeStatsClients({ role: 'CLIENT', clientId: 'mine' }, ['mine', 'theirs'])).toEqual(['mine']);
  });

  it('refuses a client asking only for other organisations', () => {
    expect(() => scopeStatsClients({ role: 'CLIENT', clientId: 'mine' }, ['theirs'])).toThrow(/own organisation/);
  });
});

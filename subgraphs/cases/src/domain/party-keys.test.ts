import { describe, expect, it } from 'vitest';
import { claimantIdentity, partyKey } from '@imepanel/runtime';
import { casePartyKeys } from './party-keys';

const SECRET = 'test-party-key-secret';

describe('casePartyKeys', () => {
  it('keys the claimant, the client by id, the representative by firm and the employer by name', () => {
    const claimant = { lastName: 'Okafor', firstName: 'Ada', dateOfBirth: '1980-02-29' };
    const keys = casePartyKeys(SECRET, { claimant, clientId: 'c-1', representative: { firm: 'Brandt & Hale', name: 'J. Brandt' }, employerName: 'Pioneer Foods' });
    expect(keys).toEqual([
      { partyType: 'CLAIMANT', partyKey: partyKey(SECRET, 'CLAIMANT', claimantIdentity(claimant)) },
      { partyType: 'CLIENT', partyKey: partyKey(SECRET, 'CLIENT', 'c-1') },
      { partyType: 'ATTORNEY', partyKey: partyKey(SECRET, 'ATTORNEY', 'Brandt & Hale') },
      { partyType: 'EMPLOYER', partyKey: partyKey(SECRET, 'EMPLOYER', 'Pioneer Foods') },
    ]);
  });

  it('keys a representative without a firm by name, and leaves out the parties a case does not have', () => {
    const keys = casePartyKeys(SECRET, { clientId: 'c-2', representative: { firm: null, name: 'J. Brandt' }, employerName: null });
    expect(keys).toEqual([
      { partyType: 'CLIENT', partyKey: partyKey(SECRET, 'CLIENT', 'c-2') },
      { partyType: 'ATTORNEY', partyKey: partyKey(SECRET, 'ATTORNEY', 'J. Brandt') },
    ]);
  });
});

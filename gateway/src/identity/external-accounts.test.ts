import { describe, expect, it } from 'vitest';
import { linkingDecision } from './external-accounts';
import { UserAccount } from './user-account';

const account = (fields: Partial<UserAccount>) => Object.assign(new UserAccount(), { email: 'casey@client.example', displayName: 'Casey', passwordHash: '', role: 'CLIENT', ...fields });
const claims = (fields: Partial<{ sub: string; email: string | null; emailVerified: boolean | null }> = {}) => ({ sub: 'idp|1', email: 'casey@client.example', emailVerified: true, ...fields });

describe('linking an external identity provider subject to an account', () => {
  it('keeps an account already linked to the subject', () => {
    const linked = account({ externalSubject: 'idp|1' });
    expect(linkingDecision(linked, null, claims({ email: null }))).toEqual({ kind: 'LINKED', account: linked });
  });

  it('links the active, unlinked account with the verified e-mail address', () => {
    const byEmail = account({});
    expect(linkingDecision(null, byEmail, claims())).toEqual({ kind: 'LINK', account: byEmail });
    expect(linkingDecision(null, byEmail, claims({ emailVerified: null }))).toEqual({ kind: 'LINK', account: byEmail });
  });

  it('links nothing without an address, with an unverified one, to a disabled account or to one linked elsewhere', () => {
    expect(linkingDecision(null, null, claims({ email: null }))).toMatchObject({ kind: 'REFUSED', status: 404 });
    expect(linkingDecision(null, account({}), claims({ emailVerified: false }))).toMatchObject({ kind: 'REFUSED', status: 409, message: expect.stringMatching(/not verified/) });
    expect(linkingDecision(null, null, claims())).toMatchObject({ kind: 'REFUSED', status: 404, message: expect.stringMatching(/administrator creates one/) });
    expect(linkingDecision(null, account({ externalSubject: 'idp|2' }), claims())).toMatchObject({ kind: 'REFUSED', status: 409, message: expect.stringMatching(/another identity/) });
    expect(linkingDecision(null, account({ active: false }), claims())).toMatchObject({ kind: 'REFUSED', status: 409, message: expect.stringMatching(/disabled/) });
  });
});

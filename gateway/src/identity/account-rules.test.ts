import { describe, expect, it } from 'vitest';
import { accountActionRefusal, mayManageAccounts, type AccountManager } from './account-rules';

const ORG = '11111111-1111-4111-8111-111111111111';
const OTHER_ORG = '22222222-2222-4222-8222-222222222222';
const admin: AccountManager = { id: 'a', role: 'ADMIN', clientId: null, manager: false };
const manager: AccountManager = { id: 'm', role: 'CLIENT', clientId: ORG, manager: true };
const adjuster: AccountManager = { id: 'c', role: 'CLIENT', clientId: ORG, manager: false };
const analyst: AccountManager = { id: 'n', role: 'ANALYST', clientId: null, manager: false };

describe('who manages which accounts', () => {
  it('lets an administrator do everything', () => {
    for (const action of ['create', 'changeRole', 'resetTwoFactor', 'endSessions'] as const) {
      expect(accountActionRefusal(admin, action, { role: 'ADMIN', clientId: null })).toBeNull();
    }
  });

  it('lets an organisation manager manage the CLIENT accounts of their own organisation', () => {
    expect(mayManageAccounts(manager)).toBeNull();
    for (const action of ['list', 'view', 'create', 'update', 'disable', 'resetPassword'] as const) {
      expect(accountActionRefusal(manager, action, { role: 'CLIENT', clientId: ORG })).toBeNull();
    }
  });

  it('keeps an organisation manager out of other organisations, other roles and administrator actions', () => {
    expect(accountActionRefusal(manager, 'create', { role: 'CLIENT', clientId: OTHER_ORG })?.rule).toBe('MANAGER_OWN_ORGANISATION');
    expect(accountActionRefusal(manager, 'disable', { role: 'CLIENT', clientId: OTHER_ORG })?.rule).toBe('MANAGER_OWN_ORGANISATION');
    expect(accountActionRefusal(manager, 'create', { role: 'EXAMINER', clientId: null })?.rule).toBe('MANAGER_CLIENT_ROLE_ONLY');
    expect(accountActionRefusal(manager, 'create', { role: 'ANALYST', clientId: null })?.rule).toBe('MANAGER_CLIENT_ROLE_ONLY');
    expect(accountActionRefusal(manager, 'create', { role: 'ADMIN', clientId: null })?.rule).toBe('ADMIN_CREATES_ADMIN');
    expect(accountActionRefusal(manager, 'resetTwoFactor', { role: 'CLIENT', clientId: ORG })?.rule).toBe('ADMIN_ONLY');
    expect(accountActionRefusal(manager, 'changeRole', { role: 'CLIENT', clientId: ORG })?.rule).toBe('ADMIN_ONLY');
  });

  it('refuses everybody else, and names the rule when a non-administrator creates an administrator', () => {
    expect(mayManageAccounts(adjuster)?.rule).toBe('ADMIN_ONLY');
    expect(mayManageAccounts(analyst)?.rule).toBe('ADMIN_ONLY');
    expect(accountActionRefusal(adjuster, 'create', { role: 'CLIENT', clientId: ORG })?.rule).toBe('ADMIN_ONLY');
    expect(accountActionRefusal(analyst, 'create', { role: 'ADMIN', clientId: null })).toMatchObject({ rule: 'ADMIN_CREATES_ADMIN', message: 'Only an ADMIN may create an ADMIN account' });
    expect(accountActionRefusal({ ...manager, clientId: null }, 'list', { role: 'CLIENT', clientId: null })?.rule).toBe('ADMIN_ONLY');
  });
});

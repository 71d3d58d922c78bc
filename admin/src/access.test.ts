import { describe, expect, it } from 'vitest';
import type { AuthProvider } from 'ra-core';
import { mayAccess, menuFor, resourceLabel, withRoleAccess } from './access';

const resourcesIn = (role: Parameters<typeof menuFor>[0]) => menuFor(role).flatMap((e) => ('resource' in e ? [e.resource] : []));

describe('role-aware console access', () => {
  it('administrators may do everything; analysts read every page and change nothing', () => {
    for (const action of ['list', 'show', 'create', 'edit', 'delete']) expect(mayAccess('ADMIN', 'credentials', action)).toBe(true);
    // …but orders no IME: the referral form is the client organisation's.
    expect(mayAccess('ADMIN', 'cases', 'create')).toBe(false);
    expect(mayAccess('ADMIN', 'cases', 'show')).toBe(true);
    expect(mayAccess('ANALYST', 'cases', 'list')).toBe(true);
    expect(mayAccess('ANALYST', 'examiners', 'show')).toBe(true);
    for (const action of ['create', 'edit', 'delete']) expect(mayAccess('ANALYST', 'reports', action)).toBe(false);
  });

  it('client staff order and follow IMEs and read reports, and nothing of the panel curation', () => {
    expect(mayAccess('CLIENT', 'cases', 'create')).toBe(true);
    expect(mayAccess('CLIENT', 'cases', 'list')).toBe(true);
    expect(mayAccess('CLIENT', 'reports', 'show')).toBe(true);
    expect(mayAccess('CLIENT', 'cases', 'edit')).toBe(false);
    expect(mayAccess('CLIENT', 'reports', 'edit')).toBe(false);
    for (const resource of ['examiners', 'credentials', 'reputationEvents', 'clients']) expect(mayAccess('CLIENT', resource, 'list')).toBe(false);
    expect(mayAccess('CLIENT', undefined, 'list')).toBe(false);
  });

  it('examiners read their cases, edit their reports, read their credentials, and order nothing', () => {
    expect(mayAccess('EXAMINER', 'reports', 'edit')).toBe(true);
    expect(mayAccess('EXAMINER', 'cases', 'show')).toBe(true);
    expect(mayAccess('EXAMINER', 'credentials', 'list')).toBe(true);
    expect(mayAccess('EXAMINER', 'cases', 'create')).toBe(false);
    expect(mayAccess('EXAMINER', 'credentials', 'edit')).toBe(false);
    expect(mayAccess('EXAMINER', 'examiners', 'list')).toBe(false);
    expect(mayAccess('EXAMINER', 'reputationEvents', 'list')).toBe(false);
  });

  it('keeps History tabs and the eligibility check to administrators (the audit log and explainCaseEligibility are theirs)', () => {
    for (const resource of ['history', 'eligibility']) {
      expect(mayAccess('ADMIN', resource, 'show')).toBe(true);
      for (const role of ['ANALYST', 'CLIENT', 'EXAMINER'] as const) expect(mayAccess(role, resource, 'show'), `${role} ${resource}`).toBe(false);
    }
    expect(mayAccess('ANALYST', 'practiceGroups', 'list')).toBe(true);
    expect(mayAccess('ANALYST', 'practiceGroups', 'create')).toBe(false);
    expect(menuFor('ADMIN').some((e) => 'to' in e && e.to === '/eligibility')).toBe(true);
    expect(menuFor('ANALYST').some((e) => 'to' in e && e.to === '/eligibility')).toBe(false);
    expect(menuFor('ANALYST').some((e) => 'to' in e && e.to === '/specialty-tree')).toBe(true);
  });

  it('refuses without a role, and for roles the console has no workspace for', () => {
    expect(mayAccess(undefined, 'cases', 'list')).toBe(false);
    expect(mayAccess('SERVICE' as never, 'cases', 'list')).toBe(false);
    expect(menuFor(undefined)).toEqual([]);
  });

  it('gives every role a menu of only what it may list', () => {
    for (const role of ['ADMIN', 'ANALYST', 'CLIENT', 'EXAMINER'] as const) {
      for (const resource of resourcesIn(role)) expect(mayAccess(role, resource, 'list'), `${role} ${resource}`).toBe(true);
    }
    expect(resourcesIn('CLIENT')).toEqual(['cases', 'reports', 'webhookSubscriptions']);
    expect(menuFor('CLIENT')[0]).toMatchObject({ to: '/cases/create', label: 'Order an IME' });
    expect(resourcesIn('EXAMINER')).toEqual(['cases', 'reports', 'credentials']);
    expect(menuFor('EXAMINER').map((e) => ('label' in e ? e.label : e.resource))).toContain('My conflicts');
    expect(resourcesIn('ADMIN')).toContain('examiners');
    expect(menuFor('ANALYST').find((e) => 'label' in e && e.label === 'Expiring credentials')).toMatchObject({ to: expect.stringContaining('expiringWithinDays') });
  });

  it('names each workspace’s lists for the person reading them', () => {
    expect(resourceLabel('EXAMINER', 'credentials')).toBe('My credentials');
    expect(resourceLabel('CLIENT', 'cases')).toBe('Our cases');
    expect(resourceLabel('ADMIN', 'cases')).toBeUndefined();
  });

  it('leaves the Users page to the session’s own rule (administrators, and organisation managers)', async () => {
    const session = (role: string, manager: boolean): AuthProvider =>
      ({
        getPermissions: async () => ({ role, manager }),
        canAccess: async ({ resource }: { resource: string }) => resource === 'users' && (role === 'ADMIN' || manager),
      }) as unknown as AuthProvider;
    const manager = withRoleAccess(session('CLIENT', true));
    const adjuster = withRoleAccess(session('CLIENT', false));
    expect(await manager.canAccess!({ resource: 'users', action: 'list' })).toBe(true);
    expect(await adjuster.canAccess!({ resource: 'users', action: 'list' })).toBe(false);
    expect(await adjuster.canAccess!({ resource: 'cases', action: 'create' })).toBe(true);
    expect(await withRoleAccess(session('ADMIN', false)).canAccess!({ resource: 'users', action: 'create' })).toBe(true);
  });

  it('offers the calendars to administrators and each examiner their own availability', () => {
    expect(menuFor('ADMIN').some((e) => 'to' in e && e.to === '/availability')).toBe(true);
    expect(menuFor('EXAMINER').find((e) => 'to' in e && e.to === '/availability')).toMatchObject({ label: 'My availability' });
    expect(menuFor('ANALYST').some((e) => 'to' in e && e.to === '/availability')).toBe(false);
    expect(menuFor('CLIENT').some((e) => 'to' in e && e.to === '/availability')).toBe(false);
  });

  it('offers the Statistics page to those the statistics answer', () => {
    for (const role of ['ADMIN', 'ANALYST', 'CLIENT'] as const) expect(menuFor(role).some((e) => 'to' in e && e.to === '/statistics'), role).toBe(true);
    expect(menuFor('EXAMINER').some((e) => 'to' in e && e.to === '/statistics')).toBe(false);
  });
});

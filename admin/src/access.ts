import type { AuthProvider } from 'ra-core';
import type { UserRole } from '@imepanel/runtime/vocabulary';
import { filteredListUrl } from './common/links';

/**
 * What each role may do in the console (react-admin's `canAccess`, docs/console.md "Workspaces"): one console,
 * one workspace per role. Administrators curate everything; analysts read every page (as de-identified rows);
 * client staff order and follow their organisation's IMEs; examiners work their assigned cases and write their
 * reports. The API enforces each role's scope whatever this says: these rules only keep a role's menu and pages to
 * what it can use, so nobody meets a page the API would refuse them.
 */

export type ConsoleAction = 'list' | 'show' | 'create' | 'edit' | 'delete' | 'export' | (string & {});

/** react-admin's actions that only read. */
const READ: readonly string[] = ['list', 'show'];

/** For client staff and examiners: the actions they have on each resource (anything else is refused). */
const WORKSPACE_RESOURCES: Record<'CLIENT' | 'EXAMINER', Record<string, readonly string[]>> = {
  CLIENT: {
    // Order an IME and follow it; the API answers only the organisation's own cases.
    cases: ['list', 'show', 'create'],
    // Read the final reports, print or download them.
    reports: ['list', 'show'],
    // Looked up by the referral form (pick a specialty).
    specialties: ['list'],
    // The organisation's webhooks and their delivery log (docs/messaging.md, "Webhooks").
    webhookSubscriptions: ['list', 'show', 'create', 'edit'],
    webhookDeliveries: ['list'],
  },
  EXAMINER: {
    cases: ['list', 'show'],
    // The report editor: DRAFT and CHANGES_REQUESTED reports are edited, the others read.
    reports: ['list', 'show', 'edit'],
    credentials: ['list', 'show'],
  },
};

/**
 * Pages for administrators only, whatever else the role may read: a record's History (the audit log is
 * administrators' only, docs/security.md "Audit log") and the eligibility check (explainCaseEligibility refuses
 * analysts and examiners; client staff ask about their own cases through the API).
 */
const ADMIN_ONLY: readonly string[] = ['history', 'eligibility'];

/** Whether `role` may take `action` on `resource` in the console. */
export function mayAccess(role: UserRole | null | undefined, resource: string | undefined, action: ConsoleAction): boolean {
  if (resource && ADMIN_ONLY.includes(resource)) return role === 'ADMIN';
  // An administrator curates everything, but orders no IME: a case is ordered by client staff for their organisation.
  if (role === 'ADMIN') return !(resource === 'cases' && action === 'create');
  if (role === 'ANALYST') return READ.includes(action);
  if (role === 'CLIENT' || role === 'EXAMINER') return Boolean(resource && WORKSPACE_RESOURCES[role][resource]?.includes(action));
  return false;
}

/** One entry of a role's menu: a resource's list, or a page of the console's own. */
export type MenuEntry = { resource: string } | { to: string; label: string; icon: WorkspaceIcon };
export type WorkspaceIcon = 'order' | 'exams' | 'conflicts' | 'expiring' | 'weights' | 'statistics' | 'availability' | 'tree' | 'eligibility';

/** The console's navigation per role, in the order of that role's day; the home page comes first for everyone. */
export function menuFor(role: UserRole | null | undefined): MenuEntry[] {
  switch (role) {
    case 'ADMIN':
    case 'ANALYST':
      return [
        { resource: 'examiners' },
        { resource: 'credentials' },
        {
          to: filteredListUrl('credentials', { expiringWithinDays: 60, current: true }, { field: 'expiresOn', order: 'ASC' }),
          label: 'Expiring credentials',
          icon: 'expiring',
        },
        { resource: 'practiceGroups' },
        { resource: 'specialties' },
        { to: '/specialty-tree', label: 'Specialty tree', icon: 'tree' },
        { resource: 'reputationEvents' },
        { to: '/reputation-weights', label: 'Reputation weights', icon: 'weights' },
        { resource: 'cases' },
        { resource: 'reports' },
        { resource: 'clients' },
        ...(role === 'ADMIN'
          ? [
              { to: '/availability', label: 'Calendars', icon: 'availability' } as const,
              { to: '/eligibility', label: 'Eligibility check', icon: 'eligibility' } as const,
              { resource: 'webhookSubscriptions' },
              { resource: 'messages' },
              { resource: 'deadLetters' },
            ]
          : []),
        { to: '/statistics', label: 'Statistics', icon: 'statistics' },
      ];
    case 'CLIENT':
      return [
        { to: '/cases/create', label: 'Order an IME', icon: 'order' },
        { resource: 'cases' },
        { resource: 'reports' },
        { to: '/statistics', label: 'Statistics', icon: 'statistics' },
        { resource: 'webhookSubscriptions' },
      ];
    case 'EXAMINER':
      return [
        { to: filteredListUrl('cases', { status: ['SCHEDULED'] }, { field: 'dueDate', order: 'ASC' }), label: 'Upcoming exams', icon: 'exams' },
        { resource: 'cases' },
        { resource: 'reports' },
        { to: '/availability', label: 'My availability', icon: 'availability' },
        { resource: 'credentials' },
        { to: '/my-conflicts', label: 'My conflicts', icon: 'conflicts' },
      ];
    default:
      return [];
  }
}

/** What each role calls the resources in its menu and page titles (an examiner's credentials are their own). */
export function resourceLabel(role: UserRole | null | undefined, resource: string): string | undefined {
  const labels: Partial<Record<UserRole, Record<string, string>>> = {
    CLIENT: { cases: 'Our cases', reports: 'Reports' },
    EXAMINER: { cases: 'My cases', reports: 'My reports', credentials: 'My credentials' },
  };
  return role ? labels[role]?.[resource] : undefined;
}

/**
 * The session's authProvider with the role-aware `canAccess` above: the role comes from the session's permissions
 * (no session, no access).
 */
export function withRoleAccess(provider: AuthProvider): AuthProvider {
  return {
    ...provider,
    async canAccess(params: { action: string; resource?: string }) {
      const { action, resource } = params;
      // Accounts are the session's own rule: administrators, and organisation managers for their colleagues.
      if (resource === 'users') return Boolean(await provider.canAccess?.({ ...params, resource } as never));
      const permissions = await provider.getPermissions?.({}).catch(() => null);
      return mayAccess((permissions as { role?: UserRole } | null)?.role, resource, action);
    },
  };
}

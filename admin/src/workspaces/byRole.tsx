import type { ComponentType, ReactElement } from 'react';
import { usePermissions } from 'react-admin';
import type { UserRole } from '@imepanel/runtime/vocabulary';

/** The session's role (undefined while it loads or without a session). */
export function useRole(): UserRole | undefined {
  const { permissions } = usePermissions<{ role?: UserRole }>();
  return permissions?.role;
}

/**
 * One page of a resource, shown as each role's workspace has it: the view for the session's role, else the
 * administrators' and analysts' view (`default`). Nothing is shown until the role is known.
 */
export function byRole(views: { default: ComponentType } & Partial<Record<UserRole, ComponentType>>): () => ReactElement | null {
  const RoleView = () => {
    const { permissions, isPending } = usePermissions<{ role?: UserRole }>();
    if (isPending) return null;
    const View = (permissions?.role && views[permissions.role]) || views.default;
    return <View />;
  };
  return RoleView;
}

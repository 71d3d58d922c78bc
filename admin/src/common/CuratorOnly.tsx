import type { ReactNode } from 'react';
import { usePermissions } from 'react-admin';
import { canCurate } from '../authProvider';

/**
 * Actions that change the panel (verify, suspend, recompute, …) for administrators only: an analyst reads the
 * same pages without them. react-admin's own create, edit and delete buttons follow authProvider.canAccess.
 */
export const CuratorOnly = ({ children }: { children: ReactNode }) => {
  const { permissions, isPending } = usePermissions();
  return !isPending && canCurate(permissions) ? <>{children}</> : null;
};

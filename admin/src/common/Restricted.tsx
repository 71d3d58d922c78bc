import { Alert, Box, CircularProgress } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { usePermissions } from 'react-admin';
import { canSeeClaimantData } from '../authProvider';

type Permissions = Parameters<typeof canSeeClaimantData>[0];

/**
 * A section of a page that only some roles may read, loaded by its own query and only for them: the page's own
 * query never asks for it. A role without access reads `hidden`; when the API refuses or fails, the section says
 * so and the rest of the page is unaffected.
 */
export function RestrictedData<T>({
  allowed,
  what,
  hidden,
  queryKey,
  load,
  children,
}: {
  allowed(permissions: Permissions): boolean;
  /** What the section holds, as the subject of "… are not available". */
  what: string;
  hidden: string;
  queryKey: unknown[];
  load: () => Promise<T>;
  children: (data: T) => ReactNode;
}) {
  const { permissions, isPending: permissionsPending } = usePermissions();
  const mayRead = allowed(permissions);
  const query = useQuery({ queryKey, queryFn: load, enabled: mayRead, retry: false });
  if (permissionsPending) return null;
  if (!mayRead) return <Alert severity="info">{hidden}</Alert>;
  if (query.isPending) return <CircularProgress size={20} />;
  if (query.error) return <Alert severity="warning">{what} are not available: {(query.error as Error).message}</Alert>;
  return <Box>{children(query.data as T)}</Box>;
}

/** Claimant identity and health data (docs/security.md): read only by the roles that need it. */
export function ClaimantData<T>(props: { queryKey: unknown[]; load: () => Promise<T>; children: (data: T) => ReactNode }) {
  return <RestrictedData allowed={canSeeClaimantData} what="Claimant details" hidden="Claimant details are hidden: your role does not give access to them." {...props} />;
}

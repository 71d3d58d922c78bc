import { Alert, Box, CircularProgress } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { usePermissions } from 'react-admin';
import { canSeeClaimantData } from '../authProvider';

/**
 * Claimant identity and health data (DESIGN.md §6): read only for roles that need it, and only when this section
 * is shown — the page's own query never asks for it. When the API refuses (FORBIDDEN), the section says so and
 * the rest of the page is unaffected.
 */
export function ClaimantData<T>({ queryKey, load, children }: { queryKey: unknown[]; load: () => Promise<T>; children: (data: T) => ReactNode }) {
  const { permissions, isPending: permissionsPending } = usePermissions();
  const allowed = canSeeClaimantData(permissions);
  const query = useQuery({ queryKey, queryFn: load, enabled: allowed, retry: false });
  if (permissionsPending) return null;
  if (!allowed) return <Alert severity="info">Claimant details are hidden: your role does not give access to them.</Alert>;
  if (query.isPending) return <CircularProgress size={20} />;
  if (query.error) return <Alert severity="warning">Claimant details are not available: {(query.error as Error).message}</Alert>;
  return <Box>{children(query.data as T)}</Box>;
}

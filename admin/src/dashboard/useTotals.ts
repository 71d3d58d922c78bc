import { useQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { ImePanelDataProvider } from '../dataProvider';

/** Counts of a resource under several filters, in one request (each list query's `total`). */
export function useTotals(resource: string, filters: Record<string, Record<string, unknown>>) {
  const dataProvider = useDataProvider<ImePanelDataProvider>();
  return useQuery({
    queryKey: ['totals', resource, filters],
    queryFn: () => dataProvider.getTotals({ resource, filters }).then((r) => r.data),
  });
}

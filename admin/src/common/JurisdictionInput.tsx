import { useQuery } from '@tanstack/react-query';
import { AutocompleteInput, SelectArrayInput, useDataProvider, type AutocompleteInputProps } from 'react-admin';
import type { ImePanelDataProvider } from '../dataProvider';

/** The jurisdictions the platform has IME rules for (US-NY, US-CA, …), read once per session. */
export function useJurisdictions() {
  const dataProvider = useDataProvider<ImePanelDataProvider>();
  return useQuery({ queryKey: ['jurisdictions'], queryFn: () => dataProvider.getJurisdictions().then((r) => r.data), staleTime: Infinity });
}

export const JurisdictionInput = (props: Omit<AutocompleteInputProps, 'choices'>) => {
  const { data, isPending } = useJurisdictions();
  return <AutocompleteInput choices={data ?? []} isPending={isPending} label="Jurisdiction" {...props} />;
};

export const JurisdictionsInput = (props: { source: string; label?: string; alwaysOn?: boolean }) => {
  const { data, isPending } = useJurisdictions();
  return <SelectArrayInput choices={data ?? []} isPending={isPending} label="Jurisdiction" {...props} />;
};

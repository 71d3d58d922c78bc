import { AutocompleteInput, ReferenceInput, type ReferenceInputProps } from 'react-admin';

/** What a list's filter form hands a filter (its source, alwaysOn, size, …), passed on to the ReferenceInput. */
type FilterProps = Omit<ReferenceInputProps, 'reference' | 'children'> & { source: string };

/** A list filter on the examiner, picked by name. */
export const ExaminerFilter = (props: FilterProps) => (
  <ReferenceInput {...props} reference="examiners">
    <AutocompleteInput label="Examiner" optionText="displayName" sx={{ minWidth: 260 }} />
  </ReferenceInput>
);

/** A list filter on the client, picked by name. */
export const ClientFilter = (props: FilterProps) => (
  <ReferenceInput {...props} reference="clients">
    <AutocompleteInput label="Client" optionText="name" sx={{ minWidth: 260 }} />
  </ReferenceInput>
);

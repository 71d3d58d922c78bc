import { AutocompleteInput, ReferenceInput, TextInput, required } from 'react-admin';

/** Name, description and the parent in the taxonomy. */
export const SpecialtyFields = () => (
  <>
    <TextInput source="name" validate={required()} />
    <TextInput source="description" multiline minRows={2} />
    <ReferenceInput source="parentCode" reference="specialties" filter={{ active: true }}>
      <AutocompleteInput
        label="Part of (parent specialty)"
        optionText={(s) => `${s.name} (${s.code})`}
        helperText="Empty for a top-level specialty. Examiners with a sub-specialty qualify for cases needing its parent."
      />
    </ReferenceInput>
  </>
);

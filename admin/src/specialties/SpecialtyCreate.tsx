import { Create, regex, required, SimpleForm, TextInput } from 'react-admin';
import { SpecialtyFields } from './SpecialtyForm';

export const SpecialtyCreate = () => (
  <Create redirect="show" title="New specialty">
    <SimpleForm warnWhenUnsavedChanges>
      <TextInput
        source="code"
        validate={[required(), regex(/^[A-Za-z][A-Za-z0-9_]*$/, 'Letters, digits and underscores, e.g. ORTHO_SPINE')]}
        helperText="Stable code used by cases and the API, e.g. ORTHO_SPINE; it cannot change later"
      />
      <SpecialtyFields />
    </SimpleForm>
  </Create>
);

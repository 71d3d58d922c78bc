import { BooleanInput, Labeled, SimpleForm, TextField, useRecordContext } from 'react-admin';
import { ConflictAlert, LockedEdit, SaveToolbar } from '../common/LockedEdit';
import { SpecialtyFields } from './SpecialtyForm';

const Title = () => {
  const record = useRecordContext();
  return <>Edit {record?.name ?? 'specialty'}</>;
};

export const SpecialtyEdit = () => (
  <LockedEdit title={<Title />} redirect="show">
    <SimpleForm toolbar={<SaveToolbar />} warnWhenUnsavedChanges>
      <ConflictAlert what="specialty" />
      <Labeled label="Code">
        <TextField source="code" />
      </Labeled>
      <SpecialtyFields />
      <BooleanInput source="active" helperText="An inactive specialty stays on the examiners who hold it but cannot be newly assigned" />
    </SimpleForm>
  </LockedEdit>
);

import { SimpleForm, useRecordContext } from 'react-admin';
import { ConflictAlert, LockedEdit, SaveToolbar } from '../common/LockedEdit';
import { ExaminerFormFields } from './ExaminerForm';

const Title = () => {
  const record = useRecordContext();
  return <>Edit {record?.displayName ?? 'examiner'}</>;
};

export const ExaminerEdit = () => (
  <LockedEdit title={<Title />} redirect="show">
    <SimpleForm toolbar={<SaveToolbar />} warnWhenUnsavedChanges>
      <ConflictAlert what="examiner" />
      <ExaminerFormFields />
    </SimpleForm>
  </LockedEdit>
);

import { Create, SimpleForm } from 'react-admin';
import { ExaminerFormFields } from './ExaminerForm';

/** Onboarding: the API creates the examiner PENDING_REVIEW; activation comes after credentials are verified. */
export const ExaminerCreate = () => (
  <Create redirect="show" title="Onboard an examiner">
    <SimpleForm warnWhenUnsavedChanges defaultValues={{ languages: ['en'], telehealth: false, specialties: [], offices: [] }}>
      <ExaminerFormFields />
    </SimpleForm>
  </Create>
);

import {
  AutocompleteInput,
  Create,
  DateInput,
  maxValue,
  minValue,
  NumberInput,
  ReferenceInput,
  required,
  SelectInput,
  SimpleForm,
  TextInput,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import { reputationEventKindChoices } from '../common/choices';

/** The score's meaning depends on the kind: QA audits 0–100, feedback 1–5, complaints and commendations none. */
const ScoreInput = () => {
  const kind = useWatch({ name: 'kind' });
  if (kind === 'QA_AUDIT') return <NumberInput source="score" label="Audit score (0–100)" validate={[required(), minValue(0), maxValue(100)]} />;
  if (kind === 'CLIENT_FEEDBACK' || kind === 'CLAIMANT_FEEDBACK')
    return <NumberInput source="score" label="Rating (1–5)" validate={[required(), minValue(1), maxValue(5)]} />;
  return null;
};

/** The case concerned, searched by reference number among the examiner's cases. */
const CaseInput = () => {
  const examinerId = useWatch({ name: 'examinerId' });
  return (
    <ReferenceInput source="caseId" reference="cases" filter={examinerId ? { examinerId } : {}}>
      <AutocompleteInput label="Case concerned (optional)" optionText="referenceNumber" />
    </ReferenceInput>
  );
};

export const ReputationEventCreate = () => (
  <Create
    title="Record a QA audit, complaint or feedback"
    redirect={(_resource, _id, data) => `examiners/${data?.examinerId}/show/reputation`}
  >
    <SimpleForm warnWhenUnsavedChanges defaultValues={{ kind: 'QA_AUDIT' }}>
      <ReferenceInput source="examinerId" reference="examiners">
        <AutocompleteInput label="Examiner" optionText="displayName" validate={required()} sx={{ minWidth: 320 }} />
      </ReferenceInput>
      <SelectInput source="kind" choices={reputationEventKindChoices} validate={required()} />
      <ScoreInput />
      <TextInput source="note" multiline minRows={2} helperText="What happened; never the claimant's identity" />
      <CaseInput />
      <DateInput source="occurredOn" label="Occurred on" helperText="Defaults to today" />
    </SimpleForm>
  </Create>
);

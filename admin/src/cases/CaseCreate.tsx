import { Box, Typography } from '@mui/material';
import { useMemo, useState } from 'react';
import {
  ArrayInput,
  AutocompleteInput,
  BooleanInput,
  CheckboxGroupInput,
  Create,
  DateInput,
  FormDataConsumer,
  ReferenceInput,
  SaveButton,
  SelectInput,
  SimpleForm,
  SimpleFormIterator,
  TextInput,
  Toolbar,
  required,
  useNotify,
  usePermissions,
  useRedirect,
} from 'react-admin';
import { JurisdictionInput } from '../common/JurisdictionInput';
import { examFormatChoices, imeReasonChoices, lineOfBusinessChoices, priorityChoices } from '../workspaces/choices';
import { ReferralAttachments, uploadReferralAttachments, type ReferralAttachment } from '../workspaces/client/ReferralAttachments';

const Section = ({ title, hint }: { title: string; hint?: string }) => (
  <Box sx={{ mt: 2, width: '100%' }}>
    <Typography variant="h6">{title}</Typography>
    {hint && <Typography color="text.secondary">{hint}</Typography>}
  </Box>
);

/** Two inputs side by side on a wide screen, one under the other on a phone. */
const Row = ({ children }: { children: React.ReactNode }) => (
  <Box sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 2, width: '100%', '& > *': { flex: '1 1 14rem' } }}>{children}</Box>
);

/** A fresh key per form opened: a retried submission (a lost answer, a double click) returns the case created first (docs/api.md). */
function newIdempotencyKey(): string {
  return globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

/**
 * The referral form client staff order an IME with: the claimant, the claim, what the examiner is asked and in
 * which jurisdiction. The API checks everything (an NPI's check digit, an unknown specialty, …) and its refusals
 * appear under the fields; nothing is stored until it accepts.
 */
export const CaseCreate = () => {
  const { permissions } = usePermissions<{ clientId?: string | null }>();
  const idempotencyKey = useMemo(newIdempotencyKey, []);
  const notify = useNotify();
  const redirect = useRedirect();
  const [attachments, setAttachments] = useState<ReferralAttachment[]>([]);
  return (
    <Create
      title="Order an IME"
      mutationOptions={{
        onSuccess: async (created: { id: string; referenceNumber: string }) => {
          // The documents go to the case once it exists; a refused one is named, and can be sent again from the case's Documents tab.
          const { uploaded, failed } = await uploadReferralAttachments(created.id, attachments);
          const sent = uploaded ? ` with ${uploaded} document${uploaded === 1 ? '' : 's'}` : '';
          if (failed.length) {
            notify(`IME ordered: case ${created.referenceNumber}${sent}. Not uploaded: ${failed.join('; ')}. Upload them again on the case's Documents tab.`, { type: 'warning', autoHideDuration: 15_000 });
          } else {
            notify(`IME ordered: case ${created.referenceNumber}${sent}. The panel's administrators take it from here.`, { type: 'success' });
          }
          redirect('show', 'cases', created.id);
        },
      }}
      transform={(values: Record<string, unknown>) => ({ ...values, clientId: permissions?.clientId, idempotencyKey })}
      sx={{ maxWidth: 960 }}
    >
      <SimpleForm
        toolbar={
          <Toolbar>
            <SaveButton label="Order the IME" />
          </Toolbar>
        }
        defaultValues={{ lineOfBusiness: 'WORKERS_COMP', priority: 'ROUTINE', examFormat: 'IN_PERSON', referralQuestions: [''], claimant: { language: 'en' } }}
      >
        <Section title="Claimant" hint="Their contact details are used for the notice of the exam; they are seen only by your organisation, the examiner and the panel's administrators." />
        <Row>
          <TextInput source="claimant.firstName" label="First name" validate={required()} />
          <TextInput source="claimant.lastName" label="Last name" validate={required()} />
          <DateInput source="claimant.dateOfBirth" label="Date of birth" validate={required()} />
        </Row>
        <Row>
          <TextInput source="claimant.email" label="Email" type="email" />
          <TextInput source="claimant.phone" label="Phone" />
        </Row>
        <Row>
          <TextInput source="claimant.addressLine1" label="Street address" />
          <TextInput source="claimant.city" label="City" />
          <TextInput source="claimant.region" label="State" />
          <TextInput source="claimant.postalCode" label="ZIP code" />
        </Row>
        <Row>
          <TextInput source="claimant.language" label="Language (e.g. en, es)" validate={required()} />
          <BooleanInput source="claimant.interpreterNeeded" label="Needs an interpreter" />
          <BooleanInput source="claimant.represented" label="Represented by an attorney" />
        </Row>
        <Row>
          <TextInput
            source="claimantTimeZone"
            label="Claimant's time zone"
            helperText="IANA name, e.g. America/Chicago: a video exam's time is given in it. Leave empty for the jurisdiction's."
          />
        </Row>
        <ArrayInput source="claimant.accommodations" label="Accommodations needed at the exam" helperText="E.g. wheelchair-accessible room; each is arranged and confirmed before the notice.">
          <SimpleFormIterator inline disableReordering>
            <TextInput source="" label="Accommodation" helperText={false} />
          </SimpleFormIterator>
        </ArrayInput>
        <FormDataConsumer>
          {({ formData }) =>
            formData.claimant?.represented ? (
              <Row>
                <TextInput source="claimant.representative.name" label="Representative's name" validate={required()} />
                <TextInput source="claimant.representative.firm" label="Firm" />
                <TextInput source="claimant.representative.email" label="Representative's email" />
                <TextInput source="claimant.representative.phone" label="Representative's phone" />
              </Row>
            ) : null
          }
        </FormDataConsumer>

        <Section title="Claim" />
        <Row>
          <TextInput source="claimNumber" label="Claim number" validate={required()} />
          <SelectInput source="lineOfBusiness" label="Line of business" choices={lineOfBusinessChoices} validate={required()} />
          <DateInput source="injuryDate" label="Date of injury" />
        </Row>
        <Row>
          <TextInput source="employerName" label="Employer" />
          <JurisdictionInput source="jurisdiction" label="Jurisdiction" validate={required()} />
        </Row>
        <ArrayInput source="bodyParts" label="Body parts">
          <SimpleFormIterator inline disableReordering>
            <TextInput source="" label="Body part" helperText={false} />
          </SimpleFormIterator>
        </ArrayInput>
        <ArrayInput source="treatingProviderNpis" label="Treating providers (NPI)" helperText="They may not examine the claimant.">
          <SimpleFormIterator inline disableReordering>
            <TextInput source="" label="NPI (10 digits)" helperText={false} />
          </SimpleFormIterator>
        </ArrayInput>

        <Section title="The examination" hint="Why the IME is needed and what the examiner must answer, each question on its own line." />
        <CheckboxGroupInput source="reasons" label="Reasons" choices={imeReasonChoices} validate={required('Choose at least one reason')} row />
        <ArrayInput source="referralQuestions" label="Referral questions">
          <SimpleFormIterator disableReordering fullWidth>
            <TextInput source="" label="Question" multiline fullWidth helperText={false} />
          </SimpleFormIterator>
        </ArrayInput>
        <Row>
          <ReferenceInput source="requiredSpecialtyCode" reference="specialties" filter={{ active: true }} sort={{ field: 'name', order: 'ASC' }}>
            <AutocompleteInput label="Specialty" optionText="name" validate={required()} />
          </ReferenceInput>
          <SelectInput source="examFormat" label="Exam format" choices={examFormatChoices} />
          <BooleanInput source="telehealthAllowed" label="Telehealth acceptable" />
        </Row>
        <Row>
          <SelectInput source="priority" label="Priority" choices={priorityChoices} />
          <DateInput source="dueDate" label="Report needed by" helperText="Leave empty for the jurisdiction's deadline." />
        </Row>

        <Section title="Documents" hint="The referral letter and the medical records you hold; each is stored with the case and its hash on the case's chain of custody." />
        <ReferralAttachments value={attachments} onChange={setAttachments} />
      </SimpleForm>
    </Create>
  );
};

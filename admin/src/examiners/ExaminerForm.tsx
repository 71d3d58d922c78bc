import { Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import {
  ArrayInput,
  AutocompleteInput,
  BooleanInput,
  email,
  maxValue,
  minValue,
  NumberInput,
  ReferenceInput,
  regex,
  required,
  SimpleFormIterator,
  TextArrayInput,
  TextInput,
} from 'react-admin';

const Section = ({ title, children }: { title: string; children: ReactNode }) => (
  <Stack sx={{ width: '100%', mb: 2 }}>
    <Typography variant="h6" gutterBottom>
      {title}
    </Typography>
    {children}
  </Stack>
);

const Row = ({ children }: { children: ReactNode }) => (
  <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ width: '100%' }}>
    {children}
  </Stack>
);

// The API checks the NPI's check digit and uniqueness and answers next to the field; here only the obvious.
const npi = [required(), regex(/^\s*\d{10}\s*$/, 'An NPI is exactly 10 digits')];

/** The examiner's fields, named like the API's input so its field errors land on the right input. */
export const ExaminerFormFields = () => (
  <>
    <Section title="Identity">
      <Row>
        <TextInput source="firstName" validate={required()} />
        <TextInput source="lastName" validate={required()} />
        <TextInput source="suffix" helperText="MD, DO, DC…" />
      </Row>
      <Row>
        <TextInput source="npi" label="NPI" validate={npi} helperText="National Provider Identifier: 10 digits, the last a check digit" />
        <TextInput source="email" validate={[required(), email()]} />
        <TextInput source="phone" />
      </Row>
    </Section>
    <Section title="Practice">
      <Row>
        <ReferenceInput source="practiceGroupId" reference="practiceGroups">
          <AutocompleteInput label="Practice group" optionText="name" helperText="Panels take at most one examiner per group" />
        </ReferenceInput>
        <NumberInput source="yearsInPractice" min={0} validate={[minValue(0), maxValue(80)]} />
      </Row>
      <Row>
        <TextArrayInput source="languages" helperText="ISO 639-1 codes the examiner examines in (en, es, zh…); press Enter after each" />
        <BooleanInput source="telehealth" label="Offers telehealth exams" />
      </Row>
      <TextInput source="bio" multiline minRows={2} />
    </Section>
    <Section title="Specialties">
      <ArrayInput source="specialties" label={false}>
        <SimpleFormIterator inline disableReordering>
          <ReferenceInput source="code" reference="specialties" filter={{ active: true }}>
            <AutocompleteInput label="Specialty" optionText={(s) => `${s.name} (${s.code})`} validate={required()} sx={{ minWidth: 320 }} />
          </ReferenceInput>
          <BooleanInput source="boardCertified" label="Board certified" />
          <BooleanInput source="primary" label="Primary" />
        </SimpleFormIterator>
      </ArrayInput>
    </Section>
    <Section title="Offices">
      <ArrayInput source="offices" label={false}>
        <SimpleFormIterator disableReordering>
          <Row>
            <TextInput source="label" helperText="e.g. Main office" />
            <BooleanInput source="primary" label="Primary office" />
          </Row>
          <Row>
            <TextInput source="addressLine1" label="Address" validate={required()} />
            <TextInput source="addressLine2" label="Address (line 2)" />
          </Row>
          <Row>
            <TextInput source="city" validate={required()} />
            <TextInput source="region" label="State / region" validate={required()} helperText="e.g. NY" />
            <TextInput source="postalCode" validate={required()} />
            <TextInput source="country" defaultValue="US" helperText="ISO code, e.g. US" />
          </Row>
          <Row>
            <NumberInput source="latitude" validate={[required(), minValue(-90), maxValue(90)]} helperText="Used for travel distance to claimants" />
            <NumberInput source="longitude" validate={[required(), minValue(-180), maxValue(180)]} />
          </Row>
        </SimpleFormIterator>
      </ArrayInput>
    </Section>
  </>
);

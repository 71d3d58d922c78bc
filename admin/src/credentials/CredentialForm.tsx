import { Alert } from '@mui/material';
import { DateInput, required, TextInput } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { JurisdictionInput } from '../common/JurisdictionInput';

/** Medical licences and QME certifications are per jurisdiction (the API requires one for them). */
const NEEDS_JURISDICTION = ['MEDICAL_LICENSE', 'QME_CERTIFICATION'];

export const CredentialFields = () => {
  const kind = useWatch({ name: 'kind' });
  return (
    <>
      <TextInput source="issuer" validate={required()} helperText='Who issued it, e.g. "New York State Education Department"' />
      <TextInput source="number" validate={required()} />
      <JurisdictionInput source="jurisdiction" validate={NEEDS_JURISDICTION.includes(kind) ? required() : undefined} helperText="Required for medical licences and QME certifications" />
      <DateInput source="issuedOn" label="Issued on" />
      <DateInput source="expiresOn" label="Expires on" helperText="Leave empty when it does not expire" />
    </>
  );
};

export const ReverificationNotice = () => (
  <Alert severity="info" sx={{ mb: 2 }}>
    Changing the number, jurisdiction or dates sends the credential back to unverified: it must be verified again.
  </Alert>
);

import { BooleanInput, CreateButton, ExportButton, FilterButton, List, NumberInput, SelectArrayInput, TopToolbar } from 'react-admin';
import { credentialKindChoices, verificationStatusChoices } from '../common/choices';
import { shapedExporter } from '../common/exporters';
import { JurisdictionInput } from '../common/JurisdictionInput';
import { ExaminerFilter } from '../common/ReferenceFilters';
import { CredentialTable } from './CredentialTable';

const filters = [
  <NumberInput key="expiringWithinDays" source="expiringWithinDays" label="Expired or expiring within (days)" min={0} alwaysOn />,
  <SelectArrayInput key="kind" source="kind" choices={credentialKindChoices} alwaysOn sx={{ minWidth: 200 }} />,
  <SelectArrayInput key="verificationStatus" source="verificationStatus" label="Verification" choices={verificationStatusChoices} alwaysOn sx={{ minWidth: 160 }} />,
  <JurisdictionInput key="jurisdiction" source="jurisdiction" sx={{ minWidth: 220 }} />,
  <NumberInput key="verificationDueWithinDays" source="verificationDueWithinDays" label="Re-verification due within (days)" min={0} />,
  <ExaminerFilter key="examinerId" source="examinerId" />,
  <BooleanInput key="current" source="current" label="Current terms only" alwaysOn />,
];

const exporter = shapedExporter((c) => ({
  examiner: c.examiner?.displayName,
  kind: c.kind,
  jurisdiction: c.jurisdiction,
  number: c.number,
  issuer: c.issuer,
  issuedOn: c.issuedOn,
  expiresOn: c.expiresOn,
  expiryState: c.expiryState,
  verificationStatus: c.verificationStatus,
  verifiedBy: c.verifiedBy,
  verifiedAt: c.verifiedAt,
  nextVerificationDue: c.nextVerificationDue,
  currentTerm: c.current,
}));

/**
 * Credentials across the whole panel. Opened from the menu it shows the current terms that are expired or expire
 * within 60 days, soonest first — the administrator's renewal worklist; a term a renewal replaced is history and
 * shows only when "Current terms only" is off.
 */
export const CredentialList = () => (
  <List
    filters={filters}
    filterDefaultValues={{ expiringWithinDays: 60, current: true }}
    sort={{ field: 'expiresOn', order: 'ASC' }}
    exporter={exporter}
    // The filters and the buttons share a row while they fit, and wrap on a narrower screen.
    sx={{ '& .RaList-actions': { flexWrap: 'wrap' } }}
    title="Credentials"
    actions={
      <TopToolbar>
        <FilterButton />
        <ExportButton label="Export CSV" maxResults={10000} />
        <CreateButton label="Add credential" />
      </TopToolbar>
    }
  >
    <CredentialTable />
  </List>
);

import {
  AutocompleteInput,
  CreateButton,
  DataTable,
  DateField,
  List,
  NullableBooleanInput,
  NumberInput,
  ReferenceInput,
  SearchInput,
  SelectArrayInput,
  TextInput,
  TopToolbar,
  FilterButton,
  ExportButton,
  useDataProvider,
} from 'react-admin';
import { BulkAction } from '../common/BulkAction';
import { shapedExporter } from '../common/exporters';
import { CuratorOnly } from '../common/CuratorOnly';
import type { ImePanelDataProvider } from '../dataProvider';
import { examinerStatusChoices } from '../common/choices';
import { JurisdictionInput } from '../common/JurisdictionInput';
import { ValueChip } from '../common/StatusChip';
import { ScoreWithSample } from '../reputation/ScoreWithSample';

/** Every filter runs on the server (ExaminerFilter): search, status, specialty, jurisdiction, expiring credentials, reputation. */
const filters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="Name, NPI or email" />,
  <SelectArrayInput key="status" source="status" label="Status" choices={examinerStatusChoices} alwaysOn sx={{ minWidth: 180 }} />,
  <ReferenceInput key="specialtyCode" source="specialtyCode" reference="specialties">
    <AutocompleteInput label="Specialty (with sub-specialties)" optionText={(s) => `${s.name} (${s.code})`} sx={{ minWidth: 260 }} />
  </ReferenceInput>,
  <JurisdictionInput key="jurisdiction" source="jurisdiction" label="Licensed in" sx={{ minWidth: 220 }} />,
  <NumberInput key="credentialExpiringWithinDays" source="credentialExpiringWithinDays" label="Credential expiring within (days)" min={0} />,
  <NumberInput key="reputationMin" source="reputationMin" label="Reputation at least" min={0} max={100} />,
  <NumberInput key="reputationMax" source="reputationMax" label="Reputation at most" min={0} max={100} />,
  <NullableBooleanInput key="telehealth" source="telehealth" label="Offers telehealth" />,
  <TextInput key="language" source="language" label="Examines in language (ISO code)" />,
];

const ListActions = () => (
  <TopToolbar>
    <FilterButton />
    <ExportButton label="Export CSV" maxResults={10000} />
    <CreateButton label="Onboard examiner" />
  </TopToolbar>
);

const exporter = shapedExporter((e) => ({
  name: e.displayName,
  npi: e.npi,
  status: e.status,
  primarySpecialty: e.primarySpecialty,
  practiceGroup: e.practiceGroup?.name,
  reputationScore: e.reputationScore,
  yearsInPractice: e.yearsInPractice,
  updatedAt: e.updatedAt,
}));

/** Suspend many examiners with one reason (each is its own status change, audited with the reason). */
const BulkSuspend = () => {
  const dataProvider = useDataProvider<ImePanelDataProvider>();
  return (
    <BulkAction
      label="Suspend selected"
      resource="examiners"
      describe={(r) => String(r.displayName)}
      noteLabel="Reason for the suspension"
      noteRequired
      eligible={(r) => r.status === 'ACTIVE'}
      run={(r, reason) => dataProvider.changeExaminerStatus({ id: String(r.id), version: r.version, status: 'SUSPENDED', reason })}
    />
  );
};

export const ExaminerList = () => (
  <List filters={filters} actions={<ListActions />} sort={{ field: 'displayName', order: 'ASC' }} perPage={25} exporter={exporter} title="Examiner panel">
    <DataTable
      rowClick="show"
      bulkActionButtons={
        <CuratorOnly>
          <BulkSuspend />
        </CuratorOnly>
      }
    >
      <DataTable.Col source="displayName" label="Name" />
      <DataTable.Col source="npi" label="NPI" disableSort />
      <DataTable.Col source="status" render={(r) => <ValueChip value={r.status} />} />
      <DataTable.Col source="primarySpecialty" label="Primary specialty" disableSort />
      <DataTable.Col source="practiceGroup.name" label="Practice group" disableSort />
      <DataTable.Col source="reputationScore" label="Reputation" align="right" render={(e) => <ScoreWithSample score={e.reputationScore} sample={e.reputation} />} />
      <DataTable.NumberCol source="yearsInPractice" label="Years" />
      <DataTable.Col source="updatedAt" label="Last changed" field={DateField} />
    </DataTable>
  </List>
);

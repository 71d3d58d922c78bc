import { Stack, Typography } from '@mui/material';
import {
  Create,
  CreateButton,
  DataTable,
  DateField,
  EditButton,
  Link,
  List,
  SearchInput,
  Show,
  SimpleForm,
  SimpleShowLayout,
  TextField,
  TextInput,
  TopToolbar,
  UrlField,
  maxLength,
  regex,
  required,
  useRecordContext,
} from 'react-admin';
import { CuratorOnly } from '../common/CuratorOnly';
import { filteredListUrl } from '../common/links';
import { ConflictAlert, LockedEdit, SaveToolbar } from '../common/LockedEdit';
import { RelatedTable } from '../common/RelatedTable';
import { ValueChip } from '../common/StatusChip';
import { ScoreWithSample } from '../reputation/ScoreWithSample';

/**
 * Practice groups (docs/console.md, "Practice groups"): the practices examiners belong to. A panel takes at most one
 * examiner per group (docs/rules.md, "Panels"), so the group an examiner is in decides whom they can sit beside.
 * Administrators keep them; analysts read them.
 */
const filters = [<SearchInput key="q" source="q" alwaysOn placeholder="Name" />];

export const PracticeGroupList = () => (
  <List
    filters={filters}
    title="Practice groups"
    empty={false}
    actions={
      <TopToolbar>
        <CuratorOnly>
          <CreateButton label="New practice group" />
        </CuratorOnly>
      </TopToolbar>
    }
  >
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="name" disableSort />
      <DataTable.Col source="website" disableSort render={(g) => g.website ?? '—'} />
      <DataTable.Col source="createdAt" label="Since" disableSort field={DateField} />
    </DataTable>
  </List>
);

const Fields = () => (
  <>
    <TextInput source="name" validate={[required(), maxLength(200)]} sx={{ minWidth: 360 }} helperText="Unique, whatever the case of its letters" />
    <TextInput
      source="website"
      type="url"
      validate={[maxLength(200), regex(/^https?:\/\/\S+$/, 'A web address such as https://example.org')]}
      sx={{ minWidth: 360 }}
      helperText="Optional, e.g. https://example.org"
    />
  </>
);

export const PracticeGroupCreate = () => (
  <Create redirect="show" title="New practice group">
    <SimpleForm warnWhenUnsavedChanges>
      <Fields />
    </SimpleForm>
  </Create>
);

const Title = () => {
  const record = useRecordContext();
  return <>{record ? `Practice group ${record.name}` : 'Practice group'}</>;
};

export const PracticeGroupEdit = () => (
  <LockedEdit title={<Title />} redirect="show">
    <SimpleForm toolbar={<SaveToolbar />} warnWhenUnsavedChanges>
      <ConflictAlert what="practice group" />
      <Fields />
    </SimpleForm>
  </LockedEdit>
);

/** The group's examiners, ten a page, each opening its examiner. */
const Examiners = () => {
  const record = useRecordContext();
  if (!record) return null;
  return (
    <Stack spacing={1} sx={{ width: '100%' }}>
      <Stack direction="row" sx={{ justifyContent: 'space-between' }}>
        <Typography variant="h6" component="h2">
          Examiners
        </Typography>
        <Link to={filteredListUrl('examiners', { practiceGroupId: record.id })}>All of them on the examiner list</Link>
      </Stack>
      <RelatedTable reference="examiners" target="practiceGroupId" sort={{ field: 'displayName', order: 'ASC' }} empty="No examiner is in this group yet: choose it on an examiner's form.">
        <DataTable.Col source="displayName" label="Name" />
        <DataTable.Col source="status" render={(e) => <ValueChip value={e.status} />} />
        <DataTable.Col source="primarySpecialty" label="Primary specialty" disableSort />
        <DataTable.Col source="reputationScore" label="Reputation" align="right" render={(e) => <ScoreWithSample score={e.reputationScore} sample={e.reputation} />} />
      </RelatedTable>
    </Stack>
  );
};

export const PracticeGroupShow = () => (
  <Show
    title={<Title />}
    actions={
      <TopToolbar>
        <CuratorOnly>
          <EditButton />
        </CuratorOnly>
      </TopToolbar>
    }
  >
    <SimpleShowLayout>
      <TextField source="name" />
      <UrlField source="website" emptyText="—" target="_blank" rel="noopener noreferrer" />
      <DateField source="createdAt" label="Recorded" showTime />
      <DateField source="updatedAt" label="Last changed" showTime />
      <Examiners />
    </SimpleShowLayout>
  </Show>
);

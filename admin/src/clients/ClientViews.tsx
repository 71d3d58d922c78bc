import { Button, Stack, Typography } from '@mui/material';
import {
  BooleanField,
  BooleanInput,
  Create,
  DataTable,
  DateField,
  EditButton,
  EmailField,
  Labeled,

  List,
  NullableBooleanInput,
  SearchInput,
  SelectArrayInput,
  SelectInput,
  Show,
  SimpleForm,
  SimpleShowLayout,
  TextField,
  TextInput,
  TopToolbar,
  CreateButton,
  email,
  required,
  useRecordContext,
} from 'react-admin';
import { Link as RouterLink } from 'react-router';
import { clientKindChoices, humanize } from '../common/choices';
import { CuratorOnly } from '../common/CuratorOnly';
import { ConflictAlert, LockedEdit, SaveToolbar } from '../common/LockedEdit';
import { filteredListUrl } from '../common/links';

/**
 * Client organisations (docs/console.md, "Onboarding an organisation"): the insurers, employers, TPAs and boards that
 * order IMEs. Administrators onboard one here, then invite its manager from its page; the manager invites the rest.
 */
const filters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="Name" />,
  <SelectArrayInput key="kind" source="kind" choices={clientKindChoices} alwaysOn sx={{ minWidth: 180 }} />,
  <NullableBooleanInput key="active" source="active" label="Active" alwaysOn />,
];

export const ClientList = () => (
  <List
    filters={filters}
    title="Client organisations"
    // With none yet, the list and its "Onboard an organisation" button still show.
    empty={false}
    actions={
      <TopToolbar>
        <CuratorOnly>
          <CreateButton label="Onboard an organisation" />
        </CuratorOnly>
      </TopToolbar>
    }
  >
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="name" disableSort />
      <DataTable.Col source="kind" disableSort render={(r) => humanize(r.kind)} />
      <DataTable.Col source="contactName" label="Contact" disableSort />
      <DataTable.Col source="contactEmail" label="E-mail" disableSort />
      <DataTable.Col source="active" disableSort field={BooleanField} />
      <DataTable.Col source="createdAt" label="Since" disableSort field={DateField} />
    </DataTable>
  </List>
);

const ClientFields = () => (
  <>
    <TextInput source="name" validate={required()} sx={{ minWidth: 360 }} />
    <SelectInput source="kind" choices={clientKindChoices} validate={required()} />
    <TextInput source="contactName" label="Contact person" sx={{ minWidth: 360 }} />
    <TextInput source="contactEmail" label="Contact e-mail" type="email" validate={email()} sx={{ minWidth: 360 }} />
    <TextInput source="contactPhone" label="Contact phone" />
  </>
);

export const ClientCreate = () => (
  <Create redirect="show" title="Onboard an organisation">
    <SimpleForm warnWhenUnsavedChanges>
      <ClientFields />
    </SimpleForm>
  </Create>
);

const Title = () => {
  const record = useRecordContext();
  return <>{record?.name ?? 'Client organisation'}</>;
};

export const ClientEdit = () => (
  <LockedEdit title={<Title />} redirect="show">
    <SimpleForm toolbar={<SaveToolbar />} warnWhenUnsavedChanges>
      <ConflictAlert what="client organisation" />
      <ClientFields />
      <BooleanInput source="active" helperText="An inactive organisation keeps its cases but orders no new IME" />
    </SimpleForm>
  </LockedEdit>
);

/** The next steps of onboarding: invite the organisation's manager (who invites the colleagues), see its users and cases. */
const Onboarding = () => {
  const record = useRecordContext();
  if (!record) return null;
  return (
    <Stack spacing={1} sx={{ mt: 2 }}>
      <Typography variant="h6" component="h2">
        People and cases
      </Typography>
      <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap' }} useFlexGap>
        <CuratorOnly>
          <Button component={RouterLink} to="/users/create" state={{ record: { role: 'CLIENT', clientId: record.id, manager: true } }} variant="contained" size="small">
            Invite its manager
          </Button>
        </CuratorOnly>
        <Button component={RouterLink} to={filteredListUrl('users', { clientId: record.id })} size="small">
          Its users
        </Button>
        <Button component={RouterLink} to={filteredListUrl('cases', { clientId: record.id })} size="small">
          Its cases
        </Button>
      </Stack>
    </Stack>
  );
};

export const ClientShow = () => (
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
      <Labeled label="Kind">
        <KindText />
      </Labeled>
      <TextField source="contactName" label="Contact person" emptyText="—" />
      <EmailField source="contactEmail" label="Contact e-mail" emptyText="—" />
      <TextField source="contactPhone" label="Contact phone" emptyText="—" />
      <BooleanField source="active" />
      <DateField source="createdAt" label="Onboarded" showTime />
      <Onboarding />
    </SimpleShowLayout>
  </Show>
);

const KindText = () => {
  const record = useRecordContext();
  return <>{humanize(record?.kind)}</>;
};


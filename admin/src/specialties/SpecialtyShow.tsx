import { Button, Stack, Typography } from '@mui/material';
import {
  ArrayField,
  DataTable,
  EditButton,
  Labeled,
  Link,
  NumberField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useNotify,
  useRecordContext,
  useRefresh,
  useUpdate,
  Confirm,
} from 'react-admin';
import { useState } from 'react';
import { CuratorOnly } from '../common/CuratorOnly';
import { filteredListUrl } from '../common/links';
import { RelatedTable } from '../common/RelatedTable';
import { ValueChip } from '../common/StatusChip';
import { ScoreWithSample } from '../reputation/ScoreWithSample';

/** Deactivate (kept on examiners, not assignable anew) or reactivate, after a confirmation. */
const ActivationButton = () => {
  const record = useRecordContext();
  const [open, setOpen] = useState(false);
  const notify = useNotify();
  const refresh = useRefresh();
  const [update, { isPending }] = useUpdate();
  if (!record) return null;
  const deactivate = record.active;
  const confirm = () =>
    update(
      'specialties',
      { id: record.id, data: { ...record, active: !record.active }, previousData: record },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => {
          notify(`${record.name} ${deactivate ? 'deactivated' : 'reactivated'}`, { type: 'success' });
          setOpen(false);
          refresh();
        },
        onError: (error) => {
          notify((error as Error).message, { type: 'error' });
          setOpen(false);
        },
      },
    );
  return (
    <>
      <Button size="small" variant="outlined" color={deactivate ? 'warning' : 'success'} onClick={() => setOpen(true)}>
        {deactivate ? 'Deactivate' : 'Reactivate'}
      </Button>
      <Confirm
        isOpen={open}
        loading={isPending}
        title={`${deactivate ? 'Deactivate' : 'Reactivate'} ${record.name}?`}
        content={
          deactivate
            ? `The ${record.examinerCount} examiners holding it keep it, but it can no longer be given to an examiner.`
            : 'It can be given to examiners again.'
        }
        confirm={deactivate ? 'Deactivate' : 'Reactivate'}
        confirmColor="warning"
        onConfirm={confirm}
        onClose={() => setOpen(false)}
      />
    </>
  );
};

const Title = () => {
  const record = useRecordContext();
  return <>{record ? `${record.name} (${record.code})` : 'Specialty'}</>;
};

const Parent = () => {
  const record = useRecordContext();
  return record?.parent ? <Link to={`/specialties/${encodeURIComponent(record.parent.code)}/show`}>{record.parent.name}</Link> : <>— (top level)</>;
};

const ExaminersHeading = () => {
  const record = useRecordContext();
  if (!record) return null;
  return (
    <Stack direction="row" sx={{ width: '100%', justifyContent: 'space-between' }}>
      <Typography variant="h6">Examiners holding it or a sub-specialty</Typography>
      <Link to={filteredListUrl('examiners', { specialtyCode: record.code })}>Open in the examiner list</Link>
    </Stack>
  );
};

export const SpecialtyShow = () => (
  <Show
    title={<Title />}
    actions={
      <TopToolbar>
        <CuratorOnly>
          <ActivationButton />
        </CuratorOnly>
        <EditButton />
      </TopToolbar>
    }
  >
    <SimpleShowLayout>
      <Stack direction="row" spacing={4}>
        <Labeled label="Code">
          <TextField source="code" />
        </Labeled>
        <Labeled label="Status">
          <ActiveChip />
        </Labeled>
        <Labeled label="Part of">
          <Parent />
        </Labeled>
        <Labeled label="Examiners">
          <NumberField source="examinerCount" />
        </Labeled>
      </Stack>
      <TextField source="description" emptyText="—" />
      <Typography variant="h6">Sub-specialties</Typography>
      <ArrayField source="children">
        <DataTable bulkActionButtons={false} rowClick={false} empty={<Typography color="text.secondary">None.</Typography>}>
          <DataTable.Col label="Name" disableSort render={(c) => <Link to={`/specialties/${encodeURIComponent(c.code)}/show`}>{c.name}</Link>} />
          <DataTable.Col source="code" disableSort />
          <DataTable.Col source="examinerCount" label="Examiners" disableSort />
          <DataTable.Col label="Status" disableSort render={(c) => (c.active ? 'Active' : 'Inactive')} />
        </DataTable>
      </ArrayField>
      <ExaminersHeading />
      <RelatedTable reference="examiners" target="specialtyCode" source="code" sort={{ field: 'displayName', order: 'ASC' }} empty="No examiner holds it yet.">
        <DataTable.Col source="displayName" label="Name" />
        <DataTable.Col source="status" render={(e) => <ValueChip value={e.status} />} />
        <DataTable.Col source="reputationScore" label="Reputation" align="right" render={(e) => <ScoreWithSample score={e.reputationScore} sample={e.reputation} />} />
      </RelatedTable>
    </SimpleShowLayout>
  </Show>
);

function ActiveChip() {
  const record = useRecordContext();
  return record ? <ValueChip value={record.active ? 'ACTIVE' : 'RETIRED'} label={record.active ? 'Active' : 'Inactive'} /> : null;
}

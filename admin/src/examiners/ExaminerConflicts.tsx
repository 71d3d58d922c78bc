import { Alert, Autocomplete, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, MenuItem, Stack, TextField, Typography, type ButtonProps } from '@mui/material';
import { useState, type ReactNode } from 'react';
import {
  ArrayField,
  DataTable,
  DateField,
  RecordContextProvider,
  useDataProvider,
  useGetList,
  useNotify,
  useRecordContext,
  useRefresh,
  type HttpError,
  type RaRecord,
} from 'react-admin';
import { canCurate } from '../authProvider';
import { humanize, PARTY_TYPES } from '../common/choices';
import { todayIso } from '../common/dates';
import { RestrictedData } from '../common/Restricted';
import { isConflict, type ApiErrorBody, type ImePanelDataProvider } from '../dataProvider';

/**
 * The Conflicts tab: what the examiner declared, and an administrator declaring, editing, ending or removing a
 * conflict on the examiner's behalf. The party's identity is typed once, hashed by the API and never shown again,
 * so the table shows the kind of party and, for organisations only, a label.
 */

const NAME_HELP: Record<string, string> = {
  ATTORNEY: "The claimant's representative: their firm, or their name when they have none",
  EMPLOYER: "The claimant's employer, as the case names it",
  PROVIDER: 'The provider or practice, as the case names it',
};

type Errors = Record<string, string | undefined>;
type Problem = { severity: 'error' | 'warning'; text: string };

const FIELDS_NEED_ATTENTION = 'Not saved: some fields need attention.';

/**
 * What every dialog here shares: whether it is open, whether it is saving, and why the last attempt was refused
 * (a sentence, and messages for the fields). `save` runs one call: on success the dialog closes, says so and
 * reloads the page's data; on a refusal it stays open with everything typed, showing why — or `onRefused`
 * decides what to show.
 */
function useDialogSave() {
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [errors, setErrors] = useState<Errors>({});
  const refuse = (text: string, fields: Errors = {}, severity: Problem['severity'] = 'error') => {
    setProblem({ severity, text });
    setErrors(fields);
  };
  const save = async (call: () => Promise<unknown>, done: string, onRefused?: (error: unknown) => Promise<boolean>) => {
    setSaving(true);
    try {
      await call();
      notify(done, { type: 'success' });
      setOpen(false);
      refresh();
      return true;
    } catch (error) {
      if (!(await onRefused?.(error))) {
        const body = (error as HttpError).body as ApiErrorBody | undefined;
        const fields = Object.fromEntries(Object.entries(body?.errors ?? {}).map(([k, v]) => [k, typeof v === 'string' ? v : undefined]));
        refuse(body?.errors ? FIELDS_NEED_ATTENTION : (error as Error).message, fields);
      }
      return false;
    } finally {
      setSaving(false);
    }
  };
  const start = () => {
    setProblem(null);
    setErrors({});
    setOpen(true);
  };
  return { open, start, cancel: () => setOpen(false), saving, problem, errors, refuse, save };
}

type DialogSave = ReturnType<typeof useDialogSave>;

const ConflictDialog = ({
  dialog,
  title,
  intro,
  onSave,
  saveLabel,
  children,
}: {
  dialog: DialogSave;
  title: string;
  intro: ReactNode;
  onSave(): void;
  saveLabel: string;
  children: ReactNode;
}) => (
  <Dialog open={dialog.open} onClose={() => !dialog.saving && dialog.cancel()} onClick={(e) => e.stopPropagation()} maxWidth="sm" fullWidth>
    <DialogTitle>{title}</DialogTitle>
    <DialogContent>
      <DialogContentText sx={{ mb: 2 }}>{intro}</DialogContentText>
      {dialog.problem && (
        <Alert severity={dialog.problem.severity} role="alert" sx={{ mb: 1 }}>
          {dialog.problem.text}
        </Alert>
      )}
      <Stack spacing={2} sx={{ mt: 1 }}>
        {children}
      </Stack>
    </DialogContent>
    <DialogActions>
      <Button onClick={dialog.cancel} disabled={dialog.saving}>
        Cancel
      </Button>
      <Button onClick={onSave} variant="contained" disabled={dialog.saving}>
        {saveLabel}
      </Button>
    </DialogActions>
  </Dialog>
);

/** A button that opens a dialog, without the click reaching the table row. */
const OpenButton = ({ dialog, onOpen, children, ...props }: { dialog: DialogSave; onOpen?(): void; children: ReactNode } & Omit<ButtonProps, 'onClick'>) => (
  <Button
    size="small"
    {...props}
    onClick={(e) => {
      e.stopPropagation();
      onOpen?.();
      dialog.start();
    }}
  >
    {children}
  </Button>
);

const EMPTY_DECLARATION = { partyType: 'CLIENT', lastName: '', firstName: '', dateOfBirth: '', clientId: '', clientName: '', name: '', partyLabel: '', reason: '', startsOn: '', endsOn: '' };

/** The client picker of a CLIENT conflict: the API keys a client by its id. */
const ClientPicker = ({ value, error, onChange }: { value: { id: string; name: string }; error?: string; onChange(client: { id: string; name: string }): void }) => {
  const [search, setSearch] = useState('');
  const { data = [], isPending } = useGetList('clients', { filter: { q: search }, pagination: { page: 1, perPage: 20 }, sort: { field: 'name', order: 'ASC' } });
  return (
    <Autocomplete
      options={data.map((c: RaRecord) => ({ id: String(c.id), name: String(c.name) }))}
      value={value.id ? value : null}
      loading={isPending}
      getOptionLabel={(o) => o.name}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      filterOptions={(options) => options}
      onInputChange={(_e, text, reason) => reason === 'input' && setSearch(text)}
      onChange={(_e, client) => onChange(client ?? { id: '', name: '' })}
      renderInput={(params) => <TextField {...params} label="Client" required error={Boolean(error)} helperText={error ?? 'The ordering organisation'} />}
    />
  );
};

const DeclareConflictButton = ({ examinerId }: { examinerId: string }) => {
  const dataProvider = useDataProvider<ImePanelDataProvider>();
  const dialog = useDialogSave();
  const { errors } = dialog;
  const [values, setValues] = useState(EMPTY_DECLARATION);
  const set = (patch: Partial<typeof EMPTY_DECLARATION>) => setValues((v) => ({ ...v, ...patch }));
  const claimant = values.partyType === 'CLAIMANT';
  const client = values.partyType === 'CLIENT';

  const identity = () =>
    claimant ? `${values.lastName.trim()}|${values.firstName.trim()}|${values.dateOfBirth}` : client ? values.clientId : values.name.trim();

  const missing = (): Errors => {
    const e: Errors = {};
    if (claimant) {
      if (!values.lastName.trim()) e.lastName = 'Required';
      if (!values.firstName.trim()) e.firstName = 'Required';
      if (!values.dateOfBirth) e.dateOfBirth = 'Required: name and date of birth identify the claimant';
    } else if (client) {
      if (!values.clientId) e.partyIdentity = 'Choose the client';
    } else if (!values.name.trim()) e.partyIdentity = 'Required';
    if (!values.reason.trim()) e.reason = 'Required: say what the relationship is';
    return e;
  };

  const save = async () => {
    const local = missing();
    if (Object.keys(local).length) return dialog.refuse(FIELDS_NEED_ATTENTION, local);
    const input = {
      partyType: values.partyType,
      partyIdentity: identity(),
      partyLabel: claimant ? null : values.partyLabel || (client ? values.clientName : null),
      reason: values.reason,
      startsOn: values.startsOn,
      endsOn: values.endsOn,
    };
    const declared = await dialog.save(() => dataProvider.declareConflict({ examinerId, input }), `Conflict with the ${humanize(values.partyType).toLowerCase()} declared`);
    if (declared) setValues(EMPTY_DECLARATION);
  };

  return (
    <>
      <OpenButton dialog={dialog} variant="outlined">
        Declare a conflict
      </OpenButton>
      <ConflictDialog
        dialog={dialog}
        title="Declare a conflict"
        intro="A relationship that makes the examiner not independent for a party. Eligibility leaves the examiner out of that party's cases while the conflict lasts. The identity is stored only as a keyed hash."
        onSave={save}
        saveLabel="Declare"
      >
        <TextField select label="Party" name="partyType" value={values.partyType} onChange={(e) => set({ partyType: e.target.value, partyLabel: '' })}>
          {PARTY_TYPES.map((type) => (
            <MenuItem key={type} value={type}>
              {humanize(type)}
            </MenuItem>
          ))}
        </TextField>
        {claimant && (
          <>
            <TextField label="Claimant's last name" name="lastName" required value={values.lastName} onChange={(e) => set({ lastName: e.target.value })} error={Boolean(errors.lastName)} helperText={errors.lastName} />
            <TextField label="Claimant's first name" name="firstName" required value={values.firstName} onChange={(e) => set({ firstName: e.target.value })} error={Boolean(errors.firstName)} helperText={errors.firstName} />
            <TextField
              label="Claimant's date of birth"
              name="dateOfBirth"
              type="date"
              required
              slotProps={{ inputLabel: { shrink: true } }}
              value={values.dateOfBirth}
              onChange={(e) => set({ dateOfBirth: e.target.value })}
              error={Boolean(errors.dateOfBirth || errors.partyIdentity)}
              helperText={errors.dateOfBirth ?? errors.partyIdentity ?? 'Spelled as on the case; no label is kept for a claimant'}
            />
          </>
        )}
        {client && <ClientPicker value={{ id: values.clientId, name: values.clientName }} error={errors.partyIdentity} onChange={(c) => set({ clientId: c.id, clientName: c.name })} />}
        {!claimant && !client && (
          <TextField label="Name" name="name" required value={values.name} onChange={(e) => set({ name: e.target.value })} error={Boolean(errors.partyIdentity)} helperText={errors.partyIdentity ?? NAME_HELP[values.partyType]} />
        )}
        {!claimant && (
          <TextField
            label="Label (optional)"
            name="partyLabel"
            value={values.partyLabel}
            onChange={(e) => set({ partyLabel: e.target.value })}
            error={Boolean(errors.partyLabel)}
            helperText={errors.partyLabel ?? (client ? "Shown in the table; the client's name when left empty" : 'Shown in the table, e.g. the organisation; never a person who is a patient')}
          />
        )}
        <ChangeFields values={values} errors={errors} onChange={set} />
      </ConflictDialog>
    </>
  );
};

/** Reason and period, shared by declaring and editing. */
const ChangeFields = ({
  values,
  errors,
  onChange,
}: {
  values: { reason: string; startsOn: string; endsOn: string };
  errors: Errors;
  onChange(patch: Partial<{ reason: string; startsOn: string; endsOn: string }>): void;
}) => (
  <>
    <TextField label="Reason" name="reason" required multiline minRows={2} value={values.reason} onChange={(e) => onChange({ reason: e.target.value })} error={Boolean(errors.reason)} helperText={errors.reason ?? 'e.g. "Treated the claimant in 2023", "Consults for this insurer"'} />
    <Stack direction="row" spacing={2}>
      <TextField label="From" name="startsOn" type="date" fullWidth slotProps={{ inputLabel: { shrink: true } }} value={values.startsOn} onChange={(e) => onChange({ startsOn: e.target.value })} error={Boolean(errors.startsOn)} helperText={errors.startsOn ?? 'Empty: since always'} />
      <TextField label="Until" name="endsOn" type="date" fullWidth slotProps={{ inputLabel: { shrink: true } }} value={values.endsOn} onChange={(e) => onChange({ endsOn: e.target.value })} error={Boolean(errors.endsOn)} helperText={errors.endsOn ?? 'Empty: still ongoing'} />
    </Stack>
  </>
);

const asChange = (c: RaRecord) => ({ reason: c.reason ?? '', startsOn: c.startsOn ?? '', endsOn: c.endsOn ?? '' });

/**
 * Edits reason and period (the party cannot change: declare a new conflict instead). Sent with the version the
 * dialog opened with; when someone else changed the conflict meanwhile the API refuses with CONFLICT, the dialog
 * keeps what was typed and moves onto the latest version, so saving again applies the fields the user changed on
 * top of it (and only those).
 */
const EditConflictButton = ({ examinerId }: { examinerId: string }) => {
  const record = useRecordContext();
  const dataProvider = useDataProvider<ImePanelDataProvider>();
  const dialog = useDialogSave();
  const [values, setValues] = useState({ reason: '', startsOn: '', endsOn: '' });
  const [version, setVersion] = useState(0);
  if (!record) return null;

  const onOpen = () => {
    setValues(asChange(record));
    setVersion(record.version);
  };

  const movedOnto = async (error: unknown) => {
    if (!isConflict(error)) return false;
    const { data } = await dataProvider.getConflicts({ examinerId });
    const latest = data.find((c) => c.id === record.id);
    if (!latest) {
      dialog.refuse('Someone else removed this conflict after you opened it. Nothing was saved.');
      return true;
    }
    // Only the version moves: what is sent stays what the user changed since opening (against `record`), so the
    // other person's change to any other field is kept.
    setVersion(latest.version);
    dialog.refuse(
      'Someone else changed this conflict after you opened it, and nothing was overwritten. Your edits are still here: save again to apply them to the latest version.',
      {},
      'warning',
    );
    return true;
  };

  const save = async () => {
    if (!values.reason.trim()) return dialog.refuse(FIELDS_NEED_ATTENTION, { reason: 'Required' });
    await dialog.save(() => dataProvider.updateConflict({ id: String(record.id), version, data: values, previous: asChange(record) }), 'Conflict saved', movedOnto);
  };

  return (
    <>
      <OpenButton dialog={dialog} onOpen={onOpen}>
        Edit
      </OpenButton>
      <ConflictDialog
        dialog={dialog}
        title={`Conflict with the ${humanize(record.partyType).toLowerCase()}${record.partyLabel ? ` (${record.partyLabel})` : ''}`}
        intro="Set “Until” when the relationship ended: the examiner is eligible again for that party's cases after it."
        onSave={save}
        saveLabel="Save"
      >
        <ChangeFields values={values} errors={dialog.errors} onChange={(patch) => setValues((v) => ({ ...v, ...patch }))} />
        {!values.endsOn && (
          <Button size="small" sx={{ alignSelf: 'flex-start' }} onClick={() => setValues((v) => ({ ...v, endsOn: todayIso() }))}>
            Ended today
          </Button>
        )}
      </ConflictDialog>
    </>
  );
};

/** Removes a conflict declared in error, after a confirmation; a relationship that ended is ended, not removed. */
const RemoveConflictButton = () => {
  const record = useRecordContext();
  const dataProvider = useDataProvider<ImePanelDataProvider>();
  const dialog = useDialogSave();
  if (!record) return null;

  const stale = async (error: unknown) => {
    if (!isConflict(error)) return false;
    dialog.refuse('Someone else changed this conflict after you opened the page: reload it and check before removing.');
    return true;
  };

  return (
    <>
      <OpenButton dialog={dialog} color="error">
        Remove
      </OpenButton>
      <ConflictDialog
        dialog={dialog}
        title="Remove this conflict?"
        intro="Remove only a conflict declared in error: the examiner becomes eligible for this party's cases at once. A relationship that ended is kept, with its end date (Edit → Until)."
        onSave={() => dialog.save(() => dataProvider.removeConflict({ id: String(record.id), version: record.version }), 'Conflict removed', stale)}
        saveLabel="Remove"
      >
        {null}
      </ConflictDialog>
    </>
  );
};

/**
 * Conflicts are for administrators and the examiner themself (the API refuses others), so they are read here,
 * only for those roles, rather than with the examiner's page: an analyst still opens the page, without them.
 */
export const ExaminerConflicts = () => {
  const record = useRecordContext();
  const dataProvider = useDataProvider<ImePanelDataProvider>();
  if (!record) return null;
  const examinerId = String(record.id);
  return (
    <RestrictedData
      allowed={canCurate}
      what="Conflicts"
      hidden="Conflicts are shown to administrators and to the examiner only."
      queryKey={['examiners', 'conflicts', examinerId]}
      load={async () => (await dataProvider.getConflicts({ examinerId })).data}
    >
      {(conflicts) => (
        <Stack spacing={1} sx={{ width: '100%' }}>
          <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center' }}>
            <Typography variant="body2" color="text.secondary">
              Relationships the examiner declared. Parties are stored as keyed hashes, so only organisations carry a readable label.
            </Typography>
            <DeclareConflictButton examinerId={examinerId} />
          </Stack>
          <RecordContextProvider value={{ id: examinerId, conflicts }}>
            <ArrayField source="conflicts">
              <DataTable bulkActionButtons={false} rowClick={false} empty={<Typography color="text.secondary">No conflict declared.</Typography>}>
                <DataTable.Col source="partyType" label="Party" disableSort render={(c) => humanize(c.partyType)} />
                <DataTable.Col source="partyLabel" label="Label" disableSort />
                <DataTable.Col source="reason" disableSort />
                <DataTable.Col source="startsOn" label="From" disableSort field={DateField} />
                <DataTable.Col source="endsOn" label="Until" disableSort render={(c) => c.endsOn ?? 'ongoing'} />
                <DataTable.Col label="Actions" disableSort>
                  <Stack direction="row" spacing={0.5}>
                    <EditConflictButton examinerId={examinerId} />
                    <RemoveConflictButton />
                  </Stack>
                </DataTable.Col>
              </DataTable>
            </ArrayField>
          </RecordContextProvider>
        </Stack>
      )}
    </RestrictedData>
  );
};

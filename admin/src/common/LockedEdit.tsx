import { Alert, AlertTitle, Button, Stack } from '@mui/material';
import { createContext, useContext, useState, type ReactNode } from 'react';
import { useFormContext } from 'react-hook-form';
import { Edit, SaveButton, Toolbar, useDataProvider, useEditContext, useNotify, useResourceContext, useResourceDefinition, type EditProps, type HttpError } from 'react-admin';
import { isConflict, type ApiErrorBody } from '../dataProvider';

interface ConflictState {
  current: boolean;
  setCurrent(value: boolean): void;
}

const ConflictContext = createContext<ConflictState>({ current: false, setCurrent: () => undefined });

/**
 * Edit with optimistic locking surfaced. Saves are pessimistic: the form stays open and keeps its content until the
 * API accepts the change. The record is sent with the version it was opened with, so when someone else saved in
 * between, the API refuses with CONFLICT: nothing is overwritten, the form keeps every edit, and a
 * <ConflictAlert /> in the form explains and offers to carry the edits over to the latest version.
 */
export const LockedEdit = ({ children, ...props }: EditProps & { children: ReactNode }) => {
  const [current, setCurrent] = useState(false);
  const notify = useNotify();
  return (
    <ConflictContext.Provider value={{ current, setCurrent }}>
      <Edit
        mutationMode="pessimistic"
        {...props}
        mutationOptions={{
          onError: (error: unknown) => {
            const body = (error as HttpError).body as ApiErrorBody | undefined;
            if (isConflict(error)) setCurrent(true);
            else if (body?.code === 'UNAUTHENTICATED') {
              // The session ended (SessionDialog asks to sign in again): the form keeps everything typed.
              notify('Not saved: your session has ended. Sign in again in the dialog; the form keeps what you typed, then save again.', { type: 'error' });
              return;
            } else if (body?.errors) {
              notify('Not saved: some fields need attention (see the messages under them).', { type: 'error' });
              return;
            }
            notify((error as Error).message || 'Not saved', { type: 'error', autoHideDuration: isConflict(error) ? 10_000 : undefined });
          },
          ...props.mutationOptions,
        }}
      >
        {children}
      </Edit>
    </ConflictContext.Provider>
  );
};

/**
 * Shown in a LockedEdit form after a CONFLICT. "Keep my edits" moves the form onto the latest version: only the
 * fields the user changed are sent (the data provider sends changes only), so the other person's changes to
 * other fields stay, and the user's own edits win where both changed the same field — their explicit choice.
 */
export const ConflictAlert = ({ what = 'record' }: { what?: string }) => {
  const { current, setCurrent } = useContext(ConflictContext);
  const { record } = useEditContext();
  const resource = useResourceContext();
  const { hasShow } = useResourceDefinition();
  const dataProvider = useDataProvider();
  const form = useFormContext();
  const notify = useNotify();
  const [loading, setLoading] = useState(false);
  if (!current || !record) return null;

  const keepMyEdits = async () => {
    setLoading(true);
    try {
      const { data: latest } = await dataProvider.getOne(resource!, { id: record.id });
      form.setValue('version', latest.version, { shouldDirty: true });
      setCurrent(false);
      notify(`Your edits now apply on top of the latest version (${latest.version}). Check them and save again.`, { type: 'info' });
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setLoading(false);
    }
  };

  return (
    <Alert severity="warning" role="alert" data-testid="conflict-alert" sx={{ mb: 2, width: '100%' }}>
      <AlertTitle>Someone else saved this {what} after you opened it</AlertTitle>
      Your changes were not saved, and theirs were not overwritten. Everything you typed is still in the form.
      <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
        {hasShow && (
          <Button size="small" variant="outlined" href={`#/${resource}/${encodeURIComponent(String(record.id))}/show`} target="_blank" rel="noopener">
            See the latest version (new tab)
          </Button>
        )}
        <Button size="small" variant="contained" color="warning" onClick={keepMyEdits} disabled={loading}>
          Keep my edits on the latest version
        </Button>
      </Stack>
    </Alert>
  );
};

/** Edit forms save, nothing else: removal, where the API allows it, is an explicit action elsewhere. */
export const SaveToolbar = () => (
  <Toolbar>
    <SaveButton />
  </Toolbar>
);

import { Alert, AlertTitle, Button } from '@mui/material';
import { Pagination, useListContext, useShowContext, type HttpError } from 'react-admin';
import type { ApiErrorBody } from '../dataProvider';

/** Failures that are the service's, not the question's: the same question may work in a moment. */
const OUTAGE_CODES = ['NETWORK_ERROR', 'SUBGRAPH_UNAVAILABLE', 'INTERNAL_SERVER_ERROR', 'DEPENDENCY_UNAVAILABLE'];

function isOutage(error: unknown): boolean {
  const { status, body } = (error ?? {}) as HttpError & { body?: ApiErrorBody };
  return OUTAGE_CODES.includes(body?.code ?? '') || (typeof status === 'number' && (status >= 500 || status === 0));
}

/**
 * What a page says when its data could not be read (docs/console.md, "Truthful states"): never an empty list or a
 * blank record, which would read as "there is none". An outage says so and offers to try again; any other refusal
 * gives the API's own words.
 */
export const LoadError = ({ error, retry, what }: { error: unknown; retry(): void; what: string }) => {
  const outage = isOutage(error);
  const code = ((error as HttpError | undefined)?.body as ApiErrorBody | undefined)?.code;
  return (
    <Alert
      severity="error"
      role="alert"
      data-testid="load-error"
      sx={{ m: 2 }}
      action={
        code === 'NOT_FOUND' ? undefined : (
          <Button color="inherit" variant="outlined" size="small" onClick={retry}>
            Retry
          </Button>
        )
      }
    >
      <AlertTitle>{outage ? 'The service is unavailable — try again' : code === 'NOT_FOUND' ? `This ${what} does not exist` : `The ${what} could not be loaded`}</AlertTitle>
      {outage ? `The ${what} could not be read just now, so nothing is shown rather than something wrong. ` : ''}
      {(error as Error | undefined)?.message}
    </Alert>
  );
};

/** A list's error state (the default of every <List>, common/theme.ts). */
export const ListLoadError = () => {
  const { error, refetch, resource } = useListContext();
  return <LoadError error={error} retry={() => void refetch()} what={`${resource ?? 'record'} list`.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()} />;
};

/** A show page's error state (the default of every <Show>). */
export const ShowLoadError = () => {
  const { error, refetch, resource } = useShowContext();
  return <LoadError error={error} retry={() => void refetch()} what={(resource ?? 'record').replace(/s$/, '').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()} />;
};

/** No "1-25 of 25" under a list that could not be read: the count would be last time's, or made up. */
export const TruthfulPagination = () => {
  const { error } = useListContext();
  return error ? null : <Pagination />;
};

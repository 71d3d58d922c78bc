import { deepmerge } from '@mui/utils';
import { createElement } from 'react';
import { defaultDarkTheme, defaultLightTheme, Loading, type RaThemeOptions } from 'react-admin';
import { KeyboardRow } from './KeyboardRow';
import { ListLoadError, ShowLoadError, TruthfulPagination } from './LoadError';

/**
 * react-admin's theme with the console's defaults for every page (docs/console.md, "Truthful states" and
 * "Accessibility"), so that no list or page has to remember them:
 * - a list that could not be read says so, with Retry, and shows no count (never "No … found" or "1-25 of 25");
 * - a show page shows a loading indicator until its record is there (never "No office recorded" while loading), and
 *   an error state when it could not be read;
 * - table rows that open a record on click also open with the keyboard (KeyboardRow).
 */
const pageDefaults = {
  components: {
    RaList: { defaultProps: { error: createElement(ListLoadError), pagination: createElement(TruthfulPagination) } },
    RaShow: { defaultProps: { loading: createElement(Loading), error: createElement(ShowLoadError) } },
    RaDataTableBody: { defaultProps: { row: KeyboardRow } },
  },
} as RaThemeOptions;

/** react-admin's light and dark themes (the app bar's toggle), each with the defaults above. */
export const consoleTheme: RaThemeOptions = deepmerge(defaultLightTheme, pageDefaults);
export const consoleDarkTheme: RaThemeOptions = deepmerge(defaultDarkTheme, pageDefaults);

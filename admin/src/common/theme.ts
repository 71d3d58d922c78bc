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
    // "No … yet" on an empty list is read, not decoration: text colour, not the "disabled" grey (WCAG 1.4.3).
    RaEmpty: { styleOverrides: { root: { '& .RaEmpty-message': { color: 'inherit' } } } },
    RaList: { defaultProps: { error: createElement(ListLoadError), pagination: createElement(TruthfulPagination) } },
    RaShow: { defaultProps: { loading: createElement(Loading), error: createElement(ShowLoadError) } },
    RaDataTableBody: { defaultProps: { row: KeyboardRow } },
  },
} as RaThemeOptions;

/**
 * Colours whose text meets WCAG AA contrast (4.5:1, 1.4.3) on the light theme: white on the app bar, the focused
 * label of a filled field (blue on light grey), an outlined warning or info button. react-admin's #2196f3 and MUI's
 * #1976d2, #ed6c02 and #0288d1 fall short of it there.
 */
const contrastingColours = {
  palette: {
    primary: { main: '#1565c0' },
    secondary: { light: '#5e92f3', main: '#1565c0', dark: '#003c8f', contrastText: '#fff' },
    warning: { main: '#b45309' },
    info: { main: '#01579b' },
  },
} as RaThemeOptions;

/** react-admin's light and dark themes (the app bar's toggle), each with the defaults above. */
export const consoleTheme: RaThemeOptions = deepmerge(deepmerge(defaultLightTheme, contrastingColours), pageDefaults);
export const consoleDarkTheme: RaThemeOptions = deepmerge(defaultDarkTheme, pageDefaults);

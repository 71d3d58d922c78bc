import { lazy } from 'react';

/** Loaded when first opened: the page and its chart code stay out of the console's first load. */
export const StatisticsPage = lazy(() => import('./StatisticsPage').then((m) => ({ default: m.StatisticsPage })));

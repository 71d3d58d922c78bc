import type { Dimension } from './measures';

/** A value of one measure in one month: a figure, nothing measured, or withheld by disclosure control. */
export type Point = number | null | 'suppressed';

export interface Line {
  key: string;
  title: string;
  /** Cases or reports over every month shown, for choosing the lines worth drawing (suppressed months add 0). */
  total: number;
  points: Record<string, Point>;
}

export interface Series {
  months: string[];
  lines: Line[];
  /** Lines left out of the chart (still in the table). */
  hidden: number;
}

type Group = Record<string, any>;

const pointOf = (group: Group, measure: string): Point => (group.suppressed ? 'suppressed' : ((group[measure] as number | null | undefined) ?? null));

/**
 * The groups of a `[MONTH, dimension]` (or `[MONTH]`) answer as one line per value of the dimension over the
 * months, the `maxLines` largest drawn. Suppressed groups stay suppressed: the chart leaves a gap and the table
 * says so, never a zero.
 */
export function toSeries(groups: Group[], dimension: Dimension | null, measure: string, maxLines = 6): Series {
  const months = [...new Set(groups.map((g) => g.month as string).filter(Boolean))].sort();
  const byKey = new Map<string, Line>();
  for (const group of groups) {
    if (!group.month) continue;
    const key = dimension ? dimension.key(group) : 'all';
    let line = byKey.get(key);
    if (!line) {
      line = { key, title: dimension ? dimension.title(group) : 'All', total: 0, points: {} };
      byKey.set(key, line);
    }
    line.points[group.month] = pointOf(group, measure);
    if (!group.suppressed) line.total += (group.count as number | null) ?? 0;
  }
  const lines = [...byKey.values()].sort((a, b) => b.total - a.total || a.title.localeCompare(b.title));
  return { months, lines: lines.slice(0, maxLines), hidden: Math.max(0, lines.length - maxLines) };
}

/** Rows for recharts: one per month, a property per line key (a suppressed point is a gap). */
export function chartRows(series: Series): Record<string, string | number | null>[] {
  return series.months.map((month) => ({
    month,
    ...Object.fromEntries(series.lines.map((line) => [line.key, typeof line.points[month] === 'number' ? (line.points[month] as number) : null])),
  }));
}

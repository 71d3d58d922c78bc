/**
 * Disclosure control of the statistics a de-identified caller sees (docs/statistics.md, "Privacy"): the threshold
 * rule with secondary cell suppression by the hypercube method (in two dimensions, rectangles) on one fixed table per
 * dimension, months × that dimension's values, over the whole measured population — the way statistical offices
 * protect a table before publishing it (Hundepool et al., "Statistical Disclosure Control", Wiley 2012, chapter 4;
 * the Eurostat Handbook on Statistical Disclosure Control, 2nd ed. 2024, "Frequency tables" and "Secondary cell
 * suppression"). Every answer is then read off that protected table: a figure is published only when the table's
 * published cells and margins determine it, so no combination of answers says more than the table does, however
 * the questions are phrased (filters of several values are sums of cells, month ranges sums of rows).
 *
 * The table, for one dimension:
 * - rows are the calendar months of the period column, with their totals; a month counting fewer than k in all is
 *   left out altogether (it is not part of what a de-identified caller sees), so every month total is at least k
 *   and published — which also makes the tables of different dimensions independent of each other (they share
 *   only the month totals and the grand total, all published);
 * - columns are the dimension's values, with their totals over all months (the margin row);
 * - a cell counting 1 to k − 1, and a column total counting 1 to k − 1, is sensitive (primary suppression); empty
 *   cells are published as nothing (an absent group).
 *
 * Protection, per sensitive cell: a rectangle of suppressed cells with the sensitive cell at one corner, so that
 * moving δ cases around its corners (+δ, −δ, +δ, −δ) leaves every published total as it was — the cell can then be
 * anything from its value up to its value plus the smaller of its two neighbours on the rectangle, which must reach
 * k (upper protection: nobody can tell it from a cell of k or more). A rectangle may use the margin row (then its
 * column totals are suppressed too). Last, every line whose total is published must hide 0 or at least k cases in
 * its suppressed cells together, so a group of suppressed cells is never smaller than k either.
 */

/** The count of one month (`2026-03`) and one value of the dimension (null: none, e.g. a case not assigned). */
export interface MonthCell {
  month: string;
  key: string | null;
  count: number;
}

type KeyId = string;
const idOf = (key: string | null): KeyId => (key === null ? '\u0000' : `v${key}`);
/** The margin row: column totals over every month. */
const TOTALS = '*';
const cellId = (row: string, key: KeyId) => `${row}\u0001${key}`;

/** How far the hunt for a partner of a sensitive cell goes along its row (largest cells first). */
const PARTNERS_PER_ROW = 64;

interface Corner {
  row: string;
  key: KeyId;
}

export class ProtectedTable {
  /** Open months (at least k cases each), ascending → value → count (non-zero cells only). */
  private readonly rows = new Map<string, Map<KeyId, number>>();
  /** Value → month → count (the same cells by column). */
  private readonly columns = new Map<KeyId, Map<string, number>>();
  private readonly monthTotals = new Map<string, number>();
  private readonly columnTotals = new Map<KeyId, number>();
  private readonly suppressed = new Set<string>();

  private constructor(readonly minGroupSize: number) {}

  /** Protects the table of these cells for k = `minGroupSize`. */
  static protect(cells: readonly MonthCell[], minGroupSize: number): ProtectedTable {
    const table = new ProtectedTable(minGroupSize);
    table.fill(cells);
    table.suppress();
    return table;
  }

  /** The months a de-identified caller sees (each counting at least k), ascending. */
  get openMonths(): string[] {
    return [...this.rows.keys()];
  }

  /** Months whose total is below k: left out of every figure. */
  readonly closedMonths: string[] = [];

  /** Cells suppressed, margins included (for tests and measurements). */
  get suppressedCells(): number {
    return this.suppressed.size;
  }

  /**
   * The count of the cases in these months (null: every open month) with these values (null: any value), if the
   * protected table determines it; null when it would tell more than the table publishes.
   */
  publishedCount(months: readonly string[] | null, keys: readonly (string | null)[] | null): number | null {
    const all = months === null;
    const rows = (all ? this.openMonths : months.filter((m) => this.rows.has(m))).sort();
    if (keys === null) return rows.reduce((sum, m) => sum + this.monthTotals.get(m)!, 0);
    const wanted = new Set(keys.map(idOf));
    const coversAllMonths = all || rows.length === this.rows.size;
    const byColumns = this.sumOf([...wanted].map((key) => this.columnPiece(key, rows, coversAllMonths)));
    if (byColumns !== null) return byColumns;
    const byRows = this.sumOf(rows.map((month) => this.rowPiece(month, wanted)));
    if (byRows !== null) return byRows;
    if (coversAllMonths) {
      // The grand total less the other values' totals.
      const others = this.sumOf([...this.columns.keys()].filter((key) => !wanted.has(key)).map((key) => this.columnPiece(key, rows, true)));
      if (others !== null) return [...this.monthTotals.values()].reduce((a, b) => a + b, 0) - others;
    }
    return null;
  }

  private sumOf(parts: (number | null)[]): number | null {
    let sum = 0;
    for (const part of parts) {
      if (part === null) return null;
      sum += part;
    }
    return sum;
  }

  /** One value over some months: from its published cells, or its published total less the other months'. */
  private columnPiece(key: KeyId, rows: readonly string[], allMonths: boolean): number | null {
    const column = this.columns.get(key);
    if (!column) return 0;
    const totalHidden = this.suppressed.has(cellId(TOTALS, key));
    const total = this.columnTotals.get(key)!;
    if (allMonths && !totalHidden) return total;
    const inside = new Set(rows);
    const part = this.split(column, (month) => inside.has(month), (month) => cellId(month, key));
    if (!part.hiddenWithin) return part.within;
    if (!part.hiddenOutside && !totalHidden) return total - part.outside;
    return null;
  }

  /** One month over some values: from its published cells, or its total less the other values' cells. */
  private rowPiece(month: string, keys: ReadonlySet<KeyId>): number | null {
    const part = this.split(this.rows.get(month)!, (key) => keys.has(key), (key) => cellId(month, key));
    if (!part.hiddenWithin) return part.within;
    if (!part.hiddenOutside) return this.monthTotals.get(month)! - part.outside;
    return null;
  }

  /** The cases of a line inside and outside a selection, and whether either side holds a suppressed cell. */
  private split(line: ReadonlyMap<string, number>, selected: (at: string) => boolean, idOfCell: (at: string) => string) {
    const part = { within: 0, outside: 0, hiddenWithin: false, hiddenOutside: false };
    for (const [at, count] of line) {
      const hidden = this.suppressed.has(idOfCell(at));
      if (selected(at)) {
        part.within += count;
        part.hiddenWithin ||= hidden;
      } else {
        part.outside += count;
        part.hiddenOutside ||= hidden;
      }
    }
    return part;
  }

  private fill(cells: readonly MonthCell[]): void {
    const totals = new Map<string, number>();
    for (const cell of cells) totals.set(cell.month, (totals.get(cell.month) ?? 0) + cell.count);
    for (const [month, total] of [...totals].sort(([a], [b]) => a.localeCompare(b))) {
      if (total < this.minGroupSize) this.closedMonths.push(month);
      else {
        this.rows.set(month, new Map());
        this.monthTotals.set(month, total);
      }
    }
    for (const cell of cells) {
      const row = this.rows.get(cell.month);
      if (!row || cell.count <= 0) continue;
      const key = idOf(cell.key);
      row.set(key, (row.get(key) ?? 0) + cell.count);
    }
    for (const [month, row] of this.rows) {
      for (const [key, count] of row) {
        if (!this.columns.has(key)) this.columns.set(key, new Map());
        this.columns.get(key)!.set(month, count);
        this.columnTotals.set(key, (this.columnTotals.get(key) ?? 0) + count);
      }
    }
  }

  private value(row: string, key: KeyId): number {
    return row === TOTALS ? (this.columnTotals.get(key) ?? 0) : (this.rows.get(row)?.get(key) ?? 0);
  }

  private isSensitive(count: number): boolean {
    return count > 0 && count < this.minGroupSize;
  }

  private suppress(): void {
    const k = this.minGroupSize;
    for (const [month, row] of this.rows) {
      for (const [key, count] of [...row].sort(([a], [b]) => a.localeCompare(b))) {
        if (this.isSensitive(count)) this.protectCell(month, key, count);
      }
    }
    for (const [key, total] of [...this.columnTotals].sort(([a], [b]) => a.localeCompare(b))) {
      if (this.isSensitive(total)) this.protectColumnTotal(key, total);
    }
    this.hideSmallRemainders(k);
  }

  /** The cost of a rectangle: the cases in its corners not suppressed yet (a column total counts double). */
  private cost(corners: readonly Corner[]): number {
    let cost = 0;
    for (const { row, key } of corners) {
      if (!this.suppressed.has(cellId(row, key))) cost += this.value(row, key) * (row === TOTALS ? 2 : 1);
    }
    return cost;
  }

  private hide(corners: readonly Corner[]): void {
    for (const { row, key } of corners) this.suppressed.add(cellId(row, key));
  }

  /** The other values of a month, largest first (partners for a rectangle). */
  private partnersIn(month: string, except: KeyId): [KeyId, number][] {
    return [...this.rows.get(month)!]
      .filter(([key]) => key !== except)
      .sort(([ka, a], [kb, b]) => b - a || ka.localeCompare(kb))
      .slice(0, PARTNERS_PER_ROW);
  }

  /** Protects a sensitive cell with the cheapest rectangle whose smaller neighbour lifts it to k. */
  private protectCell(month: string, key: KeyId, count: number): void {
    const need = this.minGroupSize - count;
    let best: { corners: Corner[]; cost: number } | null = null;
    const consider = (corners: Corner[]) => {
      const cost = this.cost(corners);
      if (!best || cost < best.cost) best = { corners, cost };
    };
    const partners = this.partnersIn(month, key);
    for (const [otherMonth, below] of this.columns.get(key)!) {
      if (otherMonth === month) continue;
      for (const [otherKey, beside] of partners) {
        const diagonal = this.value(otherMonth, otherKey);
        if (diagonal > 0 && Math.min(beside, below) >= need) {
          consider([{ row: month, key }, { row: month, key: otherKey }, { row: otherMonth, key }, { row: otherMonth, key: otherKey }]);
        }
      }
    }
    // Through the margin row: the cell and its neighbour in the month, and both values' totals.
    for (const [otherKey, beside] of partners) {
      if (beside >= need) consider([{ row: month, key }, { row: month, key: otherKey }, { row: TOTALS, key }, { row: TOTALS, key: otherKey }]);
    }
    if (best) this.hide((best as { corners: Corner[] }).corners);
    else this.hideMonth(month);
  }

  /** Protects a sensitive column total (every cell of it is sensitive) with a rectangle through the margin row. */
  private protectColumnTotal(key: KeyId, total: number): void {
    const need = this.minGroupSize - total;
    let best: { corners: Corner[]; cost: number } | null = null;
    for (const month of this.columns.get(key)!.keys()) {
      for (const [otherKey, beside] of this.partnersIn(month, key)) {
        if (beside < need) continue;
        const corners = [{ row: TOTALS, key }, { row: TOTALS, key: otherKey }, { row: month, key }, { row: month, key: otherKey }];
        const cost = this.cost(corners);
        if (!best || cost < best.cost) best = { corners, cost };
      }
    }
    if (best) this.hide((best as { corners: Corner[] }).corners);
    else this.hideMonth(this.columns.get(key)!.keys().next().value!);
  }

  /**
   * The last resort for a month of many small cells: every cell of the month and the totals of its values are
   * suppressed, so any one of them may hold the whole month (at least k).
   */
  private hideMonth(month: string): void {
    for (const key of this.rows.get(month)!.keys()) this.hide([{ row: month, key }, { row: TOTALS, key }]);
  }

  /**
   * Every line with a published total hides 0 or at least k cases: while one hides 1 to k − 1, its smallest
   * published cell is suppressed too (months, values with a published total, the margin row).
   */
  private hideSmallRemainders(k: number): void {
    const small = (n: number) => n > 0 && n < k;
    let changed = true;
    while (changed) {
      changed = false;
      const lines: { cells: Corner[] }[] = [];
      for (const [month, row] of this.rows) lines.push({ cells: [...row.keys()].map((key) => ({ row: month, key })) });
      for (const [key, column] of this.columns) {
        if (!this.suppressed.has(cellId(TOTALS, key))) lines.push({ cells: [...column.keys()].map((month) => ({ row: month, key })) });
      }
      lines.push({ cells: [...this.columnTotals.keys()].map((key) => ({ row: TOTALS, key })) });
      for (const line of lines) {
        const hidden = line.cells.filter((c) => this.suppressed.has(cellId(c.row, c.key)));
        const remainder = hidden.reduce((sum, c) => sum + this.value(c.row, c.key), 0);
        if (!small(remainder)) continue;
        const next = line.cells
          .filter((c) => !this.suppressed.has(cellId(c.row, c.key)))
          .sort((a, b) => this.value(a.row, a.key) - this.value(b.row, b.key) || a.key.localeCompare(b.key) || a.row.localeCompare(b.row))[0];
        if (next) {
          this.hide([next]);
          changed = true;
        }
      }
    }
  }
}

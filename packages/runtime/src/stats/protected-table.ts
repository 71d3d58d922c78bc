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

/** How far the hunt for a partner of a sensitive cell goes along its month (largest cells first). */
const PARTNERS_PER_MONTH = 16;

/**
 * The table as dense arrays: row r < months.length is an open month, row `totals` the row of value totals; column c
 * a value. A cell's index is r × width + c.
 */
export class ProtectedTable {
  /** Months whose total is below k: left out of every figure. */
  readonly closedMonths: string[] = [];
  private months: string[] = [];
  private readonly monthIndex = new Map<string, number>();
  private readonly keyIndex = new Map<string | null, number>();
  private width = 0;
  private totals = 0;
  private counts = new Int32Array(0);
  private hidden = new Uint8Array(0);
  private monthTotals: number[] = [];
  /** Per month, its values' columns by count, largest first; per value, the months it has cases in. */
  private byCount: number[][] = [];
  private monthsOf: number[][] = [];
  /** Values whose empty months are suppressed too (values with any suppressed cell), and per month those empties. */
  private emptiesHidden = new Uint8Array(0);
  private hiddenEmptiesOf: number[][] = [];

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
    return [...this.months];
  }

  /** Cells suppressed, value totals included (for tests and measurements). */
  get suppressedCells(): number {
    return this.hidden.reduce((n, h) => n + h, 0);
  }

  /**
   * The count of the cases in these months (null: every open month) with these values (null: any value), if the
   * protected table determines it; null when it would tell more than the table publishes.
   */
  publishedCount(months: readonly string[] | null, keys: readonly (string | null)[] | null): number | null {
    const rows = months === null ? this.months.map((_, r) => r) : [...new Set(months)].flatMap((m) => (this.monthIndex.has(m) ? [this.monthIndex.get(m)!] : []));
    if (keys === null) return rows.reduce((sum, r) => sum + this.monthTotals[r], 0);
    const wanted = new Set([...new Set(keys)].flatMap((k) => (this.keyIndex.has(k) ? [this.keyIndex.get(k)!] : [])));
    const allMonths = rows.length === this.months.length;
    const byColumns = this.sumOf([...wanted].map((c) => this.columnPiece(c, new Set(rows), allMonths)));
    if (byColumns !== null) return byColumns;
    const byRows = this.sumOf(rows.map((r) => this.rowPiece(r, wanted)));
    if (byRows !== null) return byRows;
    if (allMonths) {
      // The grand total less the other values' totals.
      const others = this.sumOf([...this.keyIndex.values()].filter((c) => !wanted.has(c)).map((c) => this.columnPiece(c, new Set(rows), true)));
      if (others !== null) return this.monthTotals.reduce((a, b) => a + b, 0) - others;
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

  private at(row: number, column: number): number {
    return row * this.width + column;
  }

  /** One value over some months: from its published cells, or its published total less the other months'. */
  private columnPiece(column: number, rows: ReadonlySet<number>, allMonths: boolean): number | null {
    const total = this.counts[this.at(this.totals, column)];
    const totalHidden = this.hidden[this.at(this.totals, column)] === 1;
    if (allMonths && !totalHidden) return total;
    const part = this.split(this.monthsOf[column], (r) => rows.has(r), (r) => this.at(r, column));
    if (this.emptiesHidden[column]) {
      const withCases = new Set(this.monthsOf[column]);
      for (let r = 0; r < this.months.length; r++) {
        if (withCases.has(r)) continue;
        if (rows.has(r)) part.hiddenWithin = true;
        else part.hiddenOutside = true;
      }
    }
    if (!part.hiddenWithin) return part.within;
    if (!part.hiddenOutside && !totalHidden) return total - part.outside;
    return null;
  }

  /** One month over some values: from its published cells, or its total less the other values' cells. */
  private rowPiece(row: number, columns: ReadonlySet<number>): number | null {
    const part = this.split(this.byCount[row], (c) => columns.has(c), (c) => this.at(row, c));
    for (const c of this.hiddenEmptiesOf[row]) {
      if (columns.has(c)) part.hiddenWithin = true;
      else part.hiddenOutside = true;
    }
    if (!part.hiddenWithin) return part.within;
    if (!part.hiddenOutside) return this.monthTotals[row] - part.outside;
    return null;
  }

  /** The cases of a line inside and outside a selection, and whether either side holds a suppressed cell. */
  private split(line: readonly number[], selected: (at: number) => boolean, cellOf: (at: number) => number) {
    const part = { within: 0, outside: 0, hiddenWithin: false, hiddenOutside: false };
    for (const at of line) {
      const cell = cellOf(at);
      const hidden = this.hidden[cell] === 1;
      if (selected(at)) {
        part.within += this.counts[cell];
        part.hiddenWithin ||= hidden;
      } else {
        part.outside += this.counts[cell];
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
      else this.monthIndex.set(month, this.months.push(month) - 1);
    }
    const kept = cells.filter((cell) => this.monthIndex.has(cell.month) && cell.count > 0);
    const keys = [...new Set(kept.map((cell) => cell.key))].sort((a, b) => String(a).localeCompare(String(b)));
    keys.forEach((key, c) => this.keyIndex.set(key, c));
    this.width = keys.length;
    this.totals = this.months.length;
    this.counts = new Int32Array((this.months.length + 1) * this.width);
    this.hidden = new Uint8Array(this.counts.length);
    this.monthTotals = this.months.map((m) => totals.get(m)!);
    for (const cell of kept) {
      const c = this.keyIndex.get(cell.key)!;
      this.counts[this.at(this.monthIndex.get(cell.month)!, c)] += cell.count;
      this.counts[this.at(this.totals, c)] += cell.count;
    }
    this.byCount = this.months.map((_, r) => {
      const columns = [];
      for (let c = 0; c < this.width; c++) if (this.counts[this.at(r, c)] > 0) columns.push(c);
      return columns.sort((a, b) => this.counts[this.at(r, b)] - this.counts[this.at(r, a)] || a - b);
    });
    this.monthsOf = keys.map((_, c) => this.months.flatMap((_, r) => (this.counts[this.at(r, c)] > 0 ? [r] : [])));
  }

  private isSensitive(count: number): boolean {
    return count > 0 && count < this.minGroupSize;
  }

  private suppress(): void {
    for (let r = 0; r < this.months.length; r++) {
      for (let c = 0; c < this.width; c++) if (this.isSensitive(this.counts[this.at(r, c)])) this.protectCell(r, c);
    }
    for (let c = 0; c < this.width; c++) if (this.isSensitive(this.counts[this.at(this.totals, c)])) this.protectColumnTotal(c);
    this.hideSmallRemainders();
    this.hideEmptiesBesideSuppressed();
  }

  /**
   * A suppressed cell must not say "not empty": were empty cells always published, whoever sees a cell withheld
   * would know it holds at least one case, and a month of a few single cases would be pinned. So every empty month
   * of a value with a suppressed cell is suppressed too, and withheld groups are left out of answers like empty ones.
   */
  private hideEmptiesBesideSuppressed(): void {
    this.emptiesHidden = new Uint8Array(this.width);
    for (let c = 0; c < this.width; c++) {
      for (let r = 0; r < this.months.length; r++) if (this.hidden[this.at(r, c)]) this.emptiesHidden[c] = 1;
    }
    this.hiddenEmptiesOf = this.months.map((_, r) => {
      const columns = [];
      for (let c = 0; c < this.width; c++) if (this.emptiesHidden[c] && this.counts[this.at(r, c)] === 0) columns.push(c);
      return columns;
    });
  }

  private hide(corners: readonly number[]): void {
    for (const cell of corners) this.hidden[cell] = 1;
  }

  /** What suppressing a cell costs: its cases, unless it is suppressed already (a value total counts double). */
  private costOf(cell: number): number {
    return this.hidden[cell] ? 0 : this.counts[cell] * (cell >= this.at(this.totals, 0) ? 2 : 1);
  }

  /**
   * Protects a sensitive cell with the cheapest rectangle whose smaller neighbour lifts it to k: another month
   * of the same value and another value of the same month, or the row of value totals. The cost of a rectangle
   * is the cases in its corners not suppressed yet.
   */
  private protectCell(row: number, column: number): void {
    const need = this.minGroupSize - this.counts[this.at(row, column)];
    const partners: number[] = [];
    for (const c of this.byCount[row]) {
      if (this.counts[this.at(row, c)] < need || partners.length === PARTNERS_PER_MONTH) break; // largest first
      if (c !== column) partners.push(c);
    }
    let best: number[] | null = null;
    let bestCost = Number.POSITIVE_INFINITY;
    for (const other of this.monthsOf[column]) {
      if (other === row || this.counts[this.at(other, column)] < need) continue;
      const below = this.costOf(this.at(other, column));
      for (const c of partners) {
        const diagonal = this.at(other, c);
        if (this.counts[diagonal] === 0) continue;
        const cost = below + this.costOf(this.at(row, c)) + this.costOf(diagonal);
        if (cost < bestCost) [best, bestCost] = [[this.at(other, column), this.at(row, c), diagonal], cost];
      }
      if (bestCost === 0) break;
    }
    // Through the row of value totals: the cell and its neighbour in the month, and both values' totals.
    const ownTotal = this.costOf(this.at(this.totals, column));
    for (const c of partners) {
      const cost = ownTotal + this.costOf(this.at(row, c)) + this.costOf(this.at(this.totals, c));
      if (cost < bestCost) [best, bestCost] = [[this.at(this.totals, column), this.at(row, c), this.at(this.totals, c)], cost];
    }
    if (best) this.hide([this.at(row, column), ...(best as number[])]);
    else this.hideMonth(row);
  }

  /** Protects a sensitive value total (every cell of it is sensitive) with a rectangle through the row of totals. */
  private protectColumnTotal(column: number): void {
    const need = this.minGroupSize - this.counts[this.at(this.totals, column)];
    let best: number[] | null = null;
    let bestCost = Number.POSITIVE_INFINITY;
    for (const row of this.monthsOf[column]) {
      for (const c of this.byCount[row].slice(0, PARTNERS_PER_MONTH + 1)) {
        if (c === column || this.counts[this.at(row, c)] < need) continue;
        const corners = [this.at(this.totals, column), this.at(this.totals, c), this.at(row, column), this.at(row, c)];
        const cost = corners.reduce((sum, cell) => sum + this.costOf(cell), 0);
        if (cost < bestCost) [best, bestCost] = [corners, cost];
      }
    }
    if (best) this.hide(best);
    else this.hideMonth(this.monthsOf[column][0]);
  }

  /**
   * The last resort for a month of many small cells: every cell of the month and the totals of its values are
   * suppressed, so any one of them may hold the whole month (at least k).
   */
  private hideMonth(row: number): void {
    for (const c of this.byCount[row]) this.hide([this.at(row, c), this.at(this.totals, c)]);
  }

  /**
   * Every line with a published total hides 0 or at least k cases: while one hides 1 to k − 1, its smallest
   * published cell is suppressed too (months, values with a published total, the row of totals).
   */
  private hideSmallRemainders(): void {
    const lines: number[][] = [
      ...this.byCount.map((columns, r) => columns.map((c) => this.at(r, c))),
      ...this.monthsOf.map((rows, c) => rows.map((r) => this.at(r, c))),
      [...Array(this.width).keys()].map((c) => this.at(this.totals, c)),
    ];
    const columnTotalOf = (line: number[], index: number) => (index >= this.months.length && index < this.months.length + this.width ? this.at(this.totals, index - this.months.length) : -1);
    let changed = true;
    while (changed) {
      changed = false;
      lines.forEach((line, index) => {
        const total = columnTotalOf(line, index);
        if (total >= 0 && this.hidden[total]) return; // a value whose total is withheld: no line to subtract from
        let remainder = 0;
        let smallest = -1;
        for (const cell of line) {
          if (this.hidden[cell]) remainder += this.counts[cell];
          else if (smallest < 0 || this.counts[cell] < this.counts[smallest]) smallest = cell;
        }
        if (this.isSensitive(remainder) && smallest >= 0) {
          this.hidden[smallest] = 1;
          changed = true;
        }
      });
    }
  }
}

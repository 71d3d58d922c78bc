/**
 * A one-line progress bar on stderr: phase, bar, percentage, counts, elapsed time and an estimate of what is
 * left. Redraws at most five times a second; prints plain lines when stderr is not a terminal.
 */
export class ProgressBar {
  private readonly started = performance.now();
  private lastDraw = 0;
  private done = 0;

  constructor(
    private readonly label: string,
    private readonly total: number,
    private readonly unit: string,
  ) {}

  tick(amount = 1): void {
    this.done += amount;
    const now = performance.now();
    if (now - this.lastDraw >= (process.stderr.isTTY ? 200 : 5000) || this.done >= this.total) {
      this.lastDraw = now;
      this.draw(now);
    }
  }

  finish(): void {
    const drawn = this.done >= this.total;
    this.done = this.total;
    if (!drawn || process.stderr.isTTY) this.draw(performance.now());
    if (process.stderr.isTTY) process.stderr.write('\n');
  }

  private draw(now: number): void {
    const fraction = this.total > 0 ? Math.min(1, this.done / this.total) : 1;
    const width = 30;
    const filled = Math.round(fraction * width);
    const elapsed = (now - this.started) / 1000;
    const eta = fraction > 0 && fraction < 1 ? elapsed / fraction - elapsed : 0;
    const line =
      `  ${this.label.padEnd(12)} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${(fraction * 100).toFixed(0).padStart(3)}%  ` +
      `${this.done.toLocaleString('en-US')}/${this.total.toLocaleString('en-US')} ${this.unit}  ${elapsed.toFixed(1)} s` +
      (eta > 0 ? `  eta ${eta.toFixed(0)} s` : '');
    process.stderr.write(process.stderr.isTTY ? `\r${line}\x1b[K` : `${line}\n`);
  }
}

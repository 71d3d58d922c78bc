import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Writable } from 'node:stream';

/** A value for a jsonb column (so an empty JSON array is not mistaken for an empty text array). */
export class Json {
  constructor(readonly value: unknown) {}
}
export const json = (value: unknown) => new Json(value);

/** A value as COPY's text format wants it: null, scalars, dates, text arrays, or JSON. */
export type CopyValue = string | number | boolean | Date | null | undefined | readonly string[] | Json;

/** Escapes text for COPY's text format: backslash, tab, newline and carriage return. */
function copyEscape(text: string): string {
  return /[\\\t\n\r]/.test(text) ? text.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r')) : text;
}

/** A PostgreSQL array literal of text elements, each quoted. */
function arrayLiteral(items: readonly string[]): string {
  return `{${items.map((item) => `"${item.replace(/[\\"]/g, (c) => `\\${c}`)}"`).join(',')}}`;
}

/** One row as a line of COPY's text format. */
function copyLine(values: readonly CopyValue[]): string {
  let line = '';
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (i > 0) line += '\t';
    if (v === null || v === undefined) line += '\\N';
    else if (typeof v === 'string') line += copyEscape(v);
    else if (typeof v === 'number') line += Number.isFinite(v) ? String(v) : '\\N';
    else if (typeof v === 'boolean') line += v ? 't' : 'f';
    else if (v instanceof Date) line += v.toISOString();
    else if (v instanceof Json) line += copyEscape(JSON.stringify(v.value));
    else line += copyEscape(arrayLiteral(v as readonly string[]));
  }
  return `${line}\n`;
}

/**
 * Streams rows into one table with COPY … FROM STDIN on its own connection, buffering lines into chunks and
 * honouring back-pressure: `write` answers false when the caller should `await sink.drained()`.
 */
export class CopySink {
  private rows = 0;
  private buffer = '';
  private readonly stream: Writable;
  private readonly done: Promise<void>;
  private failed: Error | null = null;

  constructor(client: pg.PoolClient | pg.Client, table: string, columns: readonly string[]) {
    this.stream = client.query(copyFrom(`copy ${table} (${columns.map((c) => `"${c}"`).join(', ')}) from stdin`));
    this.done = new Promise((resolve, reject) => {
      this.stream.on('finish', resolve);
      this.stream.on('error', (error) => {
        this.failed = error;
        reject(error);
      });
    });
    this.done.catch(() => undefined);
  }

  write(values: readonly CopyValue[]): boolean {
    if (this.failed) throw this.failed;
    this.buffer += copyLine(values);
    this.rows += 1;
    if (this.buffer.length < 256 * 1024) return true;
    const chunk = this.buffer;
    this.buffer = '';
    return this.stream.write(chunk);
  }

  /** Resolves when the connection has taken what was written (immediately if it has). */
  drained(): Promise<void> {
    if (this.failed) return Promise.reject(this.failed);
    if (!this.stream.writableNeedDrain) return Promise.resolve();
    return new Promise((resolve, reject) => {
      this.stream.once('drain', resolve);
      this.done.catch(reject);
    });
  }

  async end(): Promise<number> {
    if (this.buffer) this.stream.write(this.buffer);
    this.buffer = '';
    this.stream.end();
    await this.done;
    return this.rows;
  }
}

/** The sinks of a load, by table ('cases.ime_case'). */
export type CopySinks = Record<string, CopySink>;

/** Resolves when every sink's connection has taken what was written: the generators' back-pressure point. */
export function allDrained(sinks: CopySinks): Promise<void> {
  return Promise.all(Object.values(sinks).map((sink) => sink.drained())).then(() => undefined);
}

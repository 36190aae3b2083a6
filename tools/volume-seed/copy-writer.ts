import { once } from 'node:events';
import type { ClientBase } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

/** COPY text format: `\N` is NULL; backslash, tab, newline and carriage return must be escaped. */
export const NULL = '\\N';

const SPECIAL = /[\\\t\n\r]/;

export function tsvText(value: string | null | undefined): string {
  if (value === null || value === undefined) return NULL;
  if (!SPECIAL.test(value)) return value;
  return value
    .replace(/\\/g, '\\\\')
    .replace(/\t/g, '\\t')
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r');
}

export function tsvTime(epochMs: number): string {
  return Number.isNaN(epochMs) ? NULL : new Date(epochMs).toISOString();
}

/** A text[] literal (`{+33612345678}`); elements with array syntax characters are quoted. */
export function tsvTextArray(values: readonly string[]): string {
  const elements = values.map((value) =>
    /^[^\s",{}\\]+$/.test(value) && value.toUpperCase() !== 'NULL'
      ? value
      : `"${value.replace(/[\\"]/g, (c) => `\\${c}`)}"`,
  );
  return tsvText(`{${elements.join(',')}}`);
}

const CHUNK_BYTES = 1 << 20;

/**
 * `writeRow(index, emit)` emits the line(s) of item `index` (a request emits several events).
 * Streams TSV lines into `copy` (a `COPY … FROM STDIN`), in ~1 MB chunks and honouring backpressure,
 * so that millions of rows never sit in memory and PostgreSQL parses while JS generates.
 */
export async function copyRows(
  client: ClientBase,
  copy: string,
  total: number,
  writeRow: (index: number, emit: (line: string) => void) => void,
  onProgress: (done: number) => void = () => undefined,
): Promise<number> {
  const stream = client.query(copyFrom(copy));
  const done = new Promise<void>((resolve, reject) => {
    stream.on('finish', resolve);
    stream.on('error', reject);
  });
  // Awaited below; this keeps an early failure from also surfacing as an unhandled rejection.
  done.catch(() => undefined);
  let buffer: string[] = [];
  let size = 0;
  let lines = 0;
  const emit = (line: string) => {
    buffer.push(line);
    size += line.length + 1;
    lines += 1;
  };
  const every = Math.max(1, Math.floor(total / 10));
  try {
    for (let index = 0; index < total; index += 1) {
      writeRow(index, emit);
      if ((index + 1) % every === 0) onProgress(index + 1);
      if (size >= CHUNK_BYTES) {
        const flushed = stream.write(`${buffer.join('\n')}\n`);
        buffer = [];
        size = 0;
        if (!flushed) await Promise.race([once(stream, 'drain'), done]);
      }
    }
    if (buffer.length > 0) stream.write(`${buffer.join('\n')}\n`);
    stream.end();
  } catch (error) {
    stream.destroy(error as Error);
    throw error;
  }
  await done;
  return lines;
}

import { describe, expect, it } from '@jest/globals';
import {
  attachmentFileName,
  csvRecordCounter,
  type DownloadProgress,
  headerCount,
  readWithProgress,
} from './download';

const bytes = (text: string) => new TextEncoder().encode(text);

function streamOf(chunks: readonly string[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(bytes(chunk));
      controller.close();
    },
  });
}

describe('csvRecordCounter', () => {
  it('counts records after the header, not the line breaks inside quoted fields, across chunks', () => {
    const count = csvRecordCounter();
    expect(count(bytes('id,note\n1,"une note\nsur deux'))).toBe(0);
    expect(count(bytes(' lignes"\n2,"il a dit ""oui"""\n'))).toBe(2);
    expect(count(bytes('3,fin\n'))).toBe(3);
  });
});

describe('readWithProgress', () => {
  it('reports bytes and records after each chunk and returns every byte', async () => {
    const seen: DownloadProgress[] = [];
    const chunks = await readWithProgress(streamOf(['id\n1\n', '2\n3\n']), {
      totalBytes: 9,
      totalRecords: 3,
      countRecords: csvRecordCounter(),
      onProgress: (progress) => seen.push(progress),
    });
    expect(seen).toEqual([
      { bytes: 0, totalBytes: 9, records: 0, totalRecords: 3 },
      { bytes: 5, totalBytes: 9, records: 1, totalRecords: 3 },
      { bytes: 9, totalBytes: 9, records: 3, totalRecords: 3 },
    ]);
    expect(chunks.map((chunk) => new TextDecoder().decode(chunk)).join('')).toBe('id\n1\n2\n3\n');
  });
});

describe('attachmentFileName', () => {
  it('reads the encoded name first, then the plain one', () => {
    expect(
      attachmentFileName(
        `attachment; filename="contacts.csv"; filename*=UTF-8''contacts-f%C3%A9vrier.csv`,
      ),
    ).toBe('contacts-février.csv');
    expect(attachmentFileName('attachment; filename="demandes-2026-11.xlsx"')).toBe(
      'demandes-2026-11.xlsx',
    );
    expect(attachmentFileName(null)).toBeNull();
  });
});

describe('headerCount', () => {
  it('reads a whole number and nothing else', () => {
    const headers = new Headers({ 'X-Total-Count': '1000000', 'Content-Length': '12a' });
    expect(headerCount(headers, 'X-Total-Count')).toBe(1_000_000);
    expect(headerCount(headers, 'Content-Length')).toBeNull();
    expect(headerCount(headers, 'X-Missing')).toBeNull();
  });
});

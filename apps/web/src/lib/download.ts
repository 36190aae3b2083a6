/** How far a download is: bytes received, the announced size when the server gives one, records read. */
export interface DownloadProgress {
  readonly bytes: number;
  readonly totalBytes: number | null;
  /** CSV records after the header line; null for formats that are not read as they arrive (XLSX). */
  readonly records: number | null;
  /** The records the server announced (a header), when it does. */
  readonly totalRecords: number | null;
}

const QUOTE = 0x22;
const LINE_FEED = 0x0a;

/**
 * Counts CSV records as chunks arrive: line feeds outside quoted fields (a doubled quote toggles twice,
 * so an escaped quote changes nothing). The state carries over between chunks.
 */
export function csvRecordCounter(): (chunk: Uint8Array) => number {
  let quoted = false;
  let lines = 0;
  return (chunk) => {
    for (const byte of chunk) {
      if (byte === QUOTE) quoted = !quoted;
      else if (byte === LINE_FEED && !quoted) lines += 1;
    }
    return Math.max(0, lines - 1);
  };
}

interface ReadOptions {
  readonly totalBytes: number | null;
  readonly totalRecords: number | null;
  readonly countRecords?: (chunk: Uint8Array) => number;
  readonly onProgress: (progress: DownloadProgress) => void;
}

/** Reads a response body to the end, reporting after each chunk; an abort of its fetch rejects it. */
export async function readWithProgress(
  body: ReadableStream<Uint8Array>,
  { totalBytes, totalRecords, countRecords, onProgress }: ReadOptions,
): Promise<Uint8Array<ArrayBuffer>[]> {
  const reader = body.getReader();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let bytes = 0;
  let records: number | null = countRecords ? 0 : null;
  onProgress({ bytes, totalBytes, records, totalRecords });
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    // A copy into a buffer of our own: Blob wants plain ArrayBuffer-backed parts.
    chunks.push(new Uint8Array(value));
    bytes += value.byteLength;
    if (countRecords) records = countRecords(value);
    onProgress({ bytes, totalBytes, records, totalRecords });
  }
  return chunks;
}

/** The file name a `Content-Disposition` header gives, if any. */
export function attachmentFileName(header: string | null): string | null {
  if (header === null) return null;
  const encoded = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header);
  if (encoded?.[1]) {
    try {
      return decodeURIComponent(encoded[1].trim());
    } catch {
      // Fall through to the plain name.
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(header);
  return plain?.[1]?.trim() ?? null;
}

/** Hands a file to the browser's downloads, then frees its memory. */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The click starts the download synchronously; the URL is not needed past this task.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** A non-negative whole number from a header (Content-Length, X-Total-Count), or null. */
export function headerCount(headers: Headers, name: string): number | null {
  const value = headers.get(name);
  if (value === null || !/^\d+$/.test(value.trim())) return null;
  return Number(value);
}

import { Role } from '@gru/auth';
import { DataSource } from 'typeorm';
import { startTestApi, TestApi } from '../support/test-api';

const ROWS = 1_000_000;

interface Download {
  readonly lines: number;
  readonly bytes: number;
  readonly total: number;
  readonly peakRssDeltaMb: number;
  /** The first bytes of the file. */
  readonly head: string;
}

/**
 * Exports stream with constant memory: a million-row CSV download, counted on the fly (never
 * buffered by the test), raises the process's peak RSS by a small fraction of its size; an XLSX
 * download too.
 */
describe('reporting exports of a million rows', () => {
  let api: TestApi;
  let token: string;

  beforeAll(async () => {
    api = await startTestApi();
    token = await api.tokenFor({ role: Role.Manager });
    await api.app.get(DataSource).query(
      `INSERT INTO contacts (channel, direction, started_at, duration_seconds, antenna_id, outcome, reason_code, details)
       SELECT 'phone', 'inbound', timestamptz '2026-01-05 08:00:00+01' + g * interval '2 seconds', g % 900,
              (ARRAY['amiens', 'soissons', 'beauvais'])[1 + g % 3], 'answered', 'information', '{}'
         FROM generate_series(1, ${ROWS}) AS g`,
    );
    // Flush the million rows now, inside this suite's time: otherwise the next checkpoint (the
    // database drop, another suite's CREATE DATABASE) pays for them and times out its hook.
    await api.app.get(DataSource).query('CHECKPOINT');
  }, 180_000);

  afterAll(async () => {
    await api?.close();
  });

  const download = async (to: string, file = 'contacts.csv'): Promise<Download> => {
    global.gc?.();
    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 20);
    let lines = 0;
    let bytes = 0;
    let head = '';
    try {
      const response = await api
        .http()
        .get(`/api/reporting/exports/${file}`)
        .query({ from: '2026-01-05', to })
        .set({ Authorization: `Bearer ${token}` })
        .buffer(true)
        .parse((stream, done) => {
          stream.on('data', (chunk: Buffer) => {
            if (bytes === 0) head = chunk.subarray(0, 4).toString('latin1');
            bytes += chunk.length;
            for (let index = chunk.indexOf(10); index !== -1; index = chunk.indexOf(10, index + 1))
              lines += 1;
          });
          stream.on('end', () => done(null, null));
        })
        .expect(200);
      return {
        lines,
        bytes,
        total: Number(response.headers['x-total-count']),
        peakRssDeltaMb: (peak - baseline) / 2 ** 20,
        head,
      };
    } finally {
      clearInterval(sampler);
    }
  };

  it('streams every row with flat memory', async () => {
    const small = await download('2026-01-06'); // 40 hours: 71,999 rows
    const full = await download('2026-03-01');
    expect(small.total).toBe(71_999);
    expect(small.lines).toBe(small.total + 1);
    expect(full.total).toBe(ROWS);
    expect(full.lines).toBe(ROWS + 1);
    // Buffering would hold the whole file (over 100 MB) in memory; streaming stays near the small
    // export's level (a quarter of the file leaves room for the in-band jest process's own noise).
    expect(full.bytes).toBeGreaterThan(100 * 2 ** 20);
    expect(full.peakRssDeltaMb).toBeLessThan(full.bytes / 2 ** 20 / 4);
    expect(full.peakRssDeltaMb).toBeLessThan(small.peakRssDeltaMb + 32);
    process.stdout.write(
      `export memory: ${ROWS} rows, ${Math.round(full.bytes / 2 ** 20)} MB, peak RSS +${full.peakRssDeltaMb.toFixed(1)} MB (71,999 rows: +${small.peakRssDeltaMb.toFixed(1)} MB)\n`,
    );
  }, 300_000);

  it('streams an XLSX with the same memory for 72,000 and 115,000 rows', async () => {
    // Fractions of the million (XLSX is several times slower to write than CSV); the bench
    // measures the full million.
    const small = await download('2026-01-06', 'contacts.xlsx');
    const large = await download('2026-01-07', 'contacts.xlsx');
    expect(small.total).toBe(71_999);
    expect(large.total).toBe(115_199);
    expect(large.head).toBe('PK\x03\x04');
    // Buffered, 60 % more rows would take 60 % more memory (the sheet's XML is tens of MB before
    // compression); streamed, the peak stays at the writer's and the garbage collector's level.
    expect(large.peakRssDeltaMb).toBeLessThan(small.peakRssDeltaMb + 32);
    process.stdout.write(
      `export memory: XLSX 115,199 rows, ${(large.bytes / 2 ** 20).toFixed(1)} MB, peak RSS +${large.peakRssDeltaMb.toFixed(1)} MB (71,999 rows: +${small.peakRssDeltaMb.toFixed(1)} MB)\n`,
    );
  }, 180_000);
});

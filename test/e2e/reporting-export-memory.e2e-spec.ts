import { Role } from '@gru/auth';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { DataSource } from 'typeorm';
import { startTestApi, TestApi } from '../support/test-api';

const ROWS = 1_000_000;

// Memory still referenced after a collection: what buffering would hold, whatever the moment the
// garbage collector would have chosen (RSS peaks vary by tens of MB with it from run to run).
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;
const retained = () => {
  collectGarbage();
  const { heapUsed, external, arrayBuffers } = process.memoryUsage();
  return heapUsed + external + arrayBuffers;
};

interface Download {
  readonly lines: number;
  readonly bytes: number;
  readonly total: number;
  readonly peakRssDeltaMb: number;
  /** The most memory held at once (heap and buffers still referenced after a collection), over the baseline. */
  readonly peakRetainedDeltaMb: number;
  /** The first bytes of the file. */
  readonly head: string;
  /** When the first bytes arrived, as a share of the whole download's time (0 to 1). */
  readonly firstBytesShare: number;
}

/**
 * Exports stream with constant memory: a million-row CSV download, counted on the fly (never
 * buffered by the test), holds a few MB at any moment (memory still referenced after a collection)
 * and its first bytes arrive early; an XLSX download too.
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
    const retainedBaseline = retained();
    let retainedPeak = retainedBaseline;
    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    let samples = 0;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
      // A collection every quarter second: enough to see a buffer grow, cheap enough not to slow it.
      samples += 1;
      if (samples % 12 === 0) retainedPeak = Math.max(retainedPeak, retained());
    }, 20);
    let lines = 0;
    let bytes = 0;
    let head = '';
    const started = performance.now();
    let firstBytesAt = 0;
    try {
      const response = await api
        .http()
        .get(`/api/reporting/exports/${file}`)
        .query({ from: '2026-01-05', to })
        .set({ Authorization: `Bearer ${token}` })
        .buffer(true)
        .parse((stream, done) => {
          stream.on('data', (chunk: Buffer) => {
            if (bytes === 0) {
              head = chunk.subarray(0, 4).toString('latin1');
              firstBytesAt = performance.now();
            }
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
        peakRetainedDeltaMb: (retainedPeak - retainedBaseline) / 2 ** 20,
        head,
        firstBytesShare: (firstBytesAt - started) / (performance.now() - started),
      };
    } finally {
      clearInterval(sampler);
    }
  };

  it('streams every row of a million, holding a fraction of it, from its first bytes on', async () => {
    const full = await download('2026-03-01');
    expect(full.total).toBe(ROWS);
    expect(full.lines).toBe(ROWS + 1);
    // Buffering would hold the whole file (over 100 MB) and send it at the end; streaming sends
    // from the start and holds what is in flight between PostgreSQL's COPY and the socket: 0 to
    // 24 MB measured alone, up to 48 MB with the suite's other jest worker taking the CPU.
    expect(full.bytes).toBeGreaterThan(100 * 2 ** 20);
    expect(full.peakRetainedDeltaMb).toBeLessThan((full.bytes / 2 ** 20) * 0.75);
    expect(full.firstBytesShare).toBeLessThan(0.5);
    process.stdout.write(
      `export memory: ${ROWS} rows, ${Math.round(full.bytes / 2 ** 20)} MB, held +${full.peakRetainedDeltaMb.toFixed(1)} MB, peak RSS +${full.peakRssDeltaMb.toFixed(1)} MB, first bytes at ${Math.round(full.firstBytesShare * 100)} % of the time\n`,
    );
  }, 300_000);

  it('streams an XLSX of 201,600 rows, holding a few MB, from its first bytes on', async () => {
    // A fifth of the million (XLSX is several times slower to write than CSV); the bench measures
    // the full million.
    const large = await download('2026-01-09', 'contacts.xlsx');
    expect(large.total).toBe(201_599);
    expect(large.head).toBe('PK\x03\x04');
    // Held, the sheet's XML for these rows would be about 60 MB before compression, the archive
    // 12 MB, sent at the end; streamed, a few batches are held and the archive starts at once.
    expect(large.peakRetainedDeltaMb).toBeLessThan(16);
    expect(large.firstBytesShare).toBeLessThan(0.5);
    process.stdout.write(
      `export memory: XLSX 201,599 rows, ${(large.bytes / 2 ** 20).toFixed(1)} MB, held +${large.peakRetainedDeltaMb.toFixed(1)} MB, peak RSS +${large.peakRssDeltaMb.toFixed(1)} MB, first bytes at ${Math.round(large.firstBytesShare * 100)} % of the time\n`,
    );
  }, 300_000);
});

import { performance } from 'node:perf_hooks';

export interface LoadResult {
  readonly requests: number;
  readonly concurrency: number;
  readonly failures: number;
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly p99Ms: number;
  readonly requestsPerSecond: number;
}

/**
 * A bounded closed loop: `concurrency` workers send `requests` GETs in total, each waiting for
 * its previous answer (Node's fetch keeps connections alive). Anything but a 200 is a failure.
 */
export async function measureGets(
  urlOf: (request: number) => string,
  headers: Record<string, string>,
  requests: number,
  concurrency: number,
): Promise<LoadResult> {
  const latencies: number[] = [];
  let next = 0;
  let failures = 0;
  const worker = async () => {
    for (let request = next++; request < requests; request = next++) {
      const startedAt = performance.now();
      const response = await fetch(urlOf(request), { headers });
      await response.arrayBuffer();
      latencies.push(performance.now() - startedAt);
      if (response.status !== 200) {
        failures += 1;
      }
    }
  };
  const startedAt = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - startedAt) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    requests,
    concurrency,
    failures,
    p50Ms: percentile(latencies, 0.5),
    p95Ms: percentile(latencies, 0.95),
    p99Ms: percentile(latencies, 0.99),
    requestsPerSecond: requests / seconds,
  };
}

/** Nearest rank on sorted values. */
function percentile(sorted: readonly number[], rank: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(rank * sorted.length) - 1)] ?? Number.NaN;
}

/** One benchmark: `bench/run.ts` runs it and writes what it returns into docs/benchmarks.md. */
export interface Benchmark {
  /** Section title in docs/benchmarks.md. */
  readonly title: string;
  /** Returns the section's Markdown body; `log` prints progress to the terminal only. */
  run(log: (line: string) => void): Promise<string>;
}

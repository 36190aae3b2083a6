/** Splits SQL result rows into `{ key, ...metrics }` for the requested dimensions. */
export function keyed<M>(
  rows: Record<string, unknown>[],
  dimensions: readonly string[],
  metrics: (row: Record<string, unknown>) => M,
): ({ key: Record<string, string | number | null> } & M)[] {
  return rows.map((row) => ({
    key: Object.fromEntries(
      dimensions.map((name) => [name, (row[`k_${name}`] as string | number | null) ?? null]),
    ),
    ...metrics(row),
  }));
}

/** `SELECT` and `GROUP BY` parts for the dimensions, aliased `k_<name>`. */
export function groupingSql(
  dimensions: readonly string[],
  sqlOf: Readonly<Record<string, string>>,
): { select: string; groupBy: string } {
  if (dimensions.length === 0) return { select: '', groupBy: '' };
  const columns = dimensions.map((name) => `${sqlOf[name]} AS "k_${name}"`);
  const positions = dimensions.map((_, index) => String(index + 1));
  return {
    select: `${columns.join(', ')}, `,
    groupBy: `GROUP BY ${positions.join(', ')} ORDER BY ${positions.join(', ')}`,
  };
}

export const int = (value: unknown): number => Number(value ?? 0);

export const ratio = (part: number, whole: number, digits = 3): number | null =>
  whole === 0 ? null : Math.round((part / whole) * 10 ** digits) / 10 ** digits;

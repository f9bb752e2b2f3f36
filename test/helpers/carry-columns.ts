/**
 * The columns one carry-over finding names, as `column:this year≠last year`: a single column's finding carries
 * them in its data, a finding for several columns in its `details` (one finding per mismatching row).
 */
export function carryColumns(m: { data?: Readonly<Record<string, string | number>> }): string[] {
  const data = m.data ?? {};
  if (data.column !== undefined) return [`${data.column}:${data.actual}≠${data.expected}`];
  return [...String(data.details ?? '').matchAll(/「([^」]+)」本年 (\d+)、上年 (\d+)/g)].map(
    ([, column, actual, expected]) => `${column}:${actual}≠${expected}`,
  );
}

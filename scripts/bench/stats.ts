/**
 * Order statistics for benchmark figures. Pure, so the tests can pin them down.
 */

/** The middle value; the mean of the two middle values for an even count. NaN for no values. */
export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/**
 * The p-th percentile (0–100) by linear interpolation between the closest
 * ranks (the "R-7" rule that spreadsheets and NumPy use by default), so the
 * 50th is the median and the 90th of ten values lies between the 9th and the 10th.
 */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile must be within 0–100, got ${p}`);
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (rank - low);
}

export function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

// What every benchmark reports of its samples.

/** The p-th percentile of samples sorted in ascending order (the nearest-rank method). */
export function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

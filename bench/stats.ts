/** Small measuring helpers shared by the benchmark's modules. */
import { performance } from "node:perf_hooks";

/** The median of some numbers (the mean of the middle two for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? Number.NaN;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? upper) + upper) / 2;
}

/** Milliseconds one synchronous call takes, with its result. */
export function timed<T>(work: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = work();
  return { ms: performance.now() - start, value };
}

/** Milliseconds one asynchronous call takes, with its result. */
export async function timedAsync<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { ms: performance.now() - start, value };
}

/** The median milliseconds of `runs` calls after `warmUp` unmeasured ones (so the JIT has compiled the code). */
export function medianMs(work: () => unknown, runs: number, warmUp = 1): number {
  for (let i = 0; i < warmUp; i++) work();
  return median(Array.from({ length: runs }, () => timed(work).ms));
}

/** A ratio rounded to two decimals, or null when the divisor is zero or missing. */
export function ratio(numerator: number, denominator: number): number | null {
  if (!Number.isFinite(numerator) || !Number.isFinite(denominator) || denominator <= 0) return null;
  return Math.round((numerator / denominator) * 100) / 100;
}

/** Milliseconds rounded to a tenth. */
export const roundMs = (ms: number): number => Math.round(ms * 10) / 10;

/**
 * The median of the ratios a/b taken pair by pair, rounded to two decimals (null
 * without a pair that has both). Each pair ran back to back, so a busy moment of
 * the machine weighs on both sides of its ratio, where a ratio of two medians
 * taken apart would compare different moments.
 */
export function pairedRatio(pairs: readonly (readonly [number, number])[]): number | null {
  const ratios = pairs
    .filter(([a, b]) => Number.isFinite(a) && Number.isFinite(b) && b > 0)
    .map(([a, b]) => a / b);
  return ratios.length === 0 ? null : Math.round(median(ratios) * 100) / 100;
}

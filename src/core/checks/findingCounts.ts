/**
 * How many findings there are per sheet and severity: the figures of the Check view's
 * chart, computed from the same findings as its list.
 */
import type { Finding, Severity } from "./findings.types";

export const SEVERITY_ORDER: readonly Severity[] = ["error", "warning", "info"];

export type SheetFindingCounts = {
  /** The sheet's name; null for findings about the workbook as a whole. */
  readonly sheet: string | null;
  readonly counts: Readonly<Record<Severity, number>>;
  readonly total: number;
};

/** One entry per sheet with findings, in the order the sheets first occur in the findings. */
export function findingCounts(findings: readonly Finding[]): SheetFindingCounts[] {
  const bySheet = new Map<string | null, Record<Severity, number>>();
  for (const f of findings) {
    let counts = bySheet.get(f.sheet);
    if (counts === undefined) {
      counts = { error: 0, warning: 0, info: 0 };
      bySheet.set(f.sheet, counts);
    }
    counts[f.severity] += 1;
  }
  return [...bySheet].map(([sheet, counts]) => ({
    sheet,
    counts,
    total: counts.error + counts.warning + counts.info,
  }));
}

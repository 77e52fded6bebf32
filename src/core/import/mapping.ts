/** Checking a column mapping the user corrected before import. */
import type { ImportWarning } from "./import.types";
import { IMPORT_MEANINGS, type ColumnMapping } from "./recogniseColumns";

/**
 * The mapping with every meaning that points outside the range dropped (each with
 * a MAPPING_INVALID warning naming the meaning).
 */
export function checkedMapping(
  mapping: ColumnMapping,
  width: number,
  warnings: ImportWarning[],
): ColumnMapping {
  const out: ColumnMapping = {};
  for (const m of IMPORT_MEANINGS) {
    const c = mapping[m];
    if (c === undefined) continue;
    if (Number.isInteger(c) && c >= 0 && c < width) out[m] = c;
    else warnings.push({ code: "MAPPING_INVALID", cell: null, text: m });
  }
  return out;
}

/**
 * TRANSITION ONLY (removed when every write runs on the package layer): the old
 * exceljs workbook, built from the package's bytes the first time an action
 * writes, so today's writers keep working. Reads after that come from it, with
 * the RawTable contract (no Total Row, hidden headers) applied from what the
 * package reader learnt of each table.
 */
import ExcelJS from "exceljs";
import type { RawTable, RawWorkbook } from "../../core/cells";
import { WorkbookFileError } from "./fileErrors";
import type { SheetTable } from "./read/readPackage";
import { readWorkbook } from "./readWorkbook";
import { repairLoadedTables } from "./tableModel";

/** Merged areas beyond which exceljs 4.4.0 takes minutes to load a workbook (it hangs on 50,000). */
export const LEGACY_MAX_MERGES = 2_000;

/** Loads the bytes into exceljs; a workbook it cannot load is `notWritable`, never a hang. */
export async function loadLegacy(bytes: Uint8Array, merges: number): Promise<ExcelJS.Workbook> {
  if (merges > LEGACY_MAX_MERGES)
    throw new WorkbookFileError(
      "notWritable",
      `${merges} merged areas are more than the old writer can load`,
    );
  const wb = new ExcelJS.Workbook();
  try {
    // exceljs types its input as its own Buffer (an ArrayBuffer); JSZip reads a Uint8Array too.
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (e) {
    throw new WorkbookFileError("notWritable", e instanceof Error ? e.message : String(e));
  }
  if (wb.worksheets.length === 0)
    throw new WorkbookFileError("notWritable", "the old writer found no worksheets");
  repairLoadedTables(wb);
  return wb;
}

function withContract(t: RawTable, known: SheetTable | undefined): RawTable {
  if (!known) return t;
  // exceljs keeps the Total Row inside the table's range.
  const values = known.totalsRowCount > 0 ? t.values.slice(0, -known.totalsRowCount) : t.values;
  if (known.headerRowCount > 0) return { ...t, values };
  const width = values[0]?.length ?? known.columns.length;
  const names = Array.from({ length: width }, (_, j) => known.columns[j] ?? "");
  return { ...t, top: t.top - 1, values: [names, ...values], headerShown: false };
}

/** The cells of the exceljs workbook as the core reads them, tables per the RawTable contract. */
export function legacyRaw(wb: ExcelJS.Workbook, known: readonly SheetTable[]): RawWorkbook {
  const raw = readWorkbook(wb);
  const byName = new Map(known.map((t) => [t.name.toLowerCase(), t]));
  return { ...raw, tables: raw.tables.map((t) => withContract(t, byName.get(t.name.toLowerCase()))) };
}

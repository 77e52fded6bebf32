/**
 * Test helper: a workbook file holding a RawWorkbook's cells and tables as a
 * person would have typed them (General format, text as text; the tables named in
 * `totals` with their last row as a Total Row), built with the
 * package writer's primitives, so tests can start the file adapter from the same
 * workbook as the in-memory port and the fake Excel.
 */
import type { RawWorkbook } from "../../../src/core/cells/cells";
import { isoFromUtcDate, isoToSerial } from "../../../src/core/dates/dates";
import { TABLE_LOOK } from "../../../src/core/style/tableLook";
import { newXlsx, openXlsx, saveXlsx, type XlsxWorkbook } from "../../../src/workbook/xlsx";
import { boxRef } from "../../../src/workbook/xlsx/write/sqref";

/** A new workbook file holding the given sheets' cells and tables (reopened from its bytes). */
export async function xlsxFromRaw(start: RawWorkbook, totals: readonly string[] = []): Promise<XlsxWorkbook> {
  const wb = newXlsx();
  wb.write((w) => {
    for (const range of start.sheets) {
      const existing = w.workbook.sheet(range.sheet);
      const edit = existing?.part ? w.sheetEdit(existing.part) : w.addSheet(range.sheet).edit;
      const cells = range.values.flatMap((row, r) =>
        row.flatMap((v, k) => {
          if (v === null || v === undefined || v === "" || typeof v === "boolean") return [];
          const value = v instanceof Date ? isoToSerial(isoFromUtcDate(v) ?? "") : v;
          return [{ row: range.top + r, col: range.left + k, value, style: 0 }];
        }),
      );
      edit.writeCells(cells);
    }
    for (const t of start.tables) {
      const sheet = w.workbook.sheet(t.sheet) ?? w.addSheet(t.sheet).sheet;
      const width = Math.max(1, ...t.values.map((r) => r.length));
      const rid = w.addTable(sheet, {
        name: t.name,
        ref: boxRef({
          top: t.top,
          left: t.left,
          bottom: t.top + t.values.length - 1,
          right: t.left + width - 1,
        }),
        columns: (t.values[0] ?? []).map((h) => String(h ?? "")),
        style: TABLE_LOOK.style,
        bandedRows: true,
        filterButtons: true,
        totalsRow: totals.includes(t.name),
      });
      w.sheetEdit(sheet.part ?? "").addTableParts([rid]);
    }
  });
  return openXlsx(await saveXlsx(wb));
}

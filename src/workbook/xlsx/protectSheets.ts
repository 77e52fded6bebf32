/**
 * Sheet protection for hand-outs: every named sheet protected without a password
 * (Excel's protection guards against slips, not against a determined user), with
 * the body cells of the given table columns unlocked so the unit can type there.
 */
import type ExcelJS from "exceljs";
import type { SheetProtection } from "../../core/protection.types";
import { findSheet } from "./sheets";
import { findTable, tableBox } from "./tableModel";

/** What a unit may still do on a protected sheet: select, filter, widen columns. */
const ALLOWED: Partial<ExcelJS.WorksheetProtection> = {
  selectLockedCells: true,
  selectUnlockedCells: true,
  formatColumns: true,
  formatRows: true,
  autoFilter: true,
};

/** Protects the sheets that exist; unlocks the editable body cells first. */
export async function protectSheetsIn(
  wb: ExcelJS.Workbook,
  sheets: readonly SheetProtection[],
): Promise<void> {
  for (const p of sheets) {
    const ws = findSheet(wb, p.sheet);
    if (!ws) continue;
    const found = p.editable ? findTable(wb, p.editable.table) : null;
    const box = found ? tableBox(found.model) : null;
    if (p.editable && found && box) {
      for (let r = box.top + 1; r <= box.bottom; r++) {
        for (const c of p.editable.columns) {
          const cell = found.ws.getCell(r + 1, box.left + c + 1);
          cell.protection = { locked: false };
        }
      }
    }
    await ws.protect("", ALLOWED);
  }
}

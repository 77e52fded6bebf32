/**
 * Hand-out protection in a file: each named sheet protected without a password (a
 * guard against slips, not security), the body cells of the given table columns
 * unlocked first so the unit can type there; what a unit may still do: select,
 * filter, widen columns and rows. A sheet protected already is left as it is.
 */
import type { SheetProtection } from "../../../core/template";
import type { WorkbookWriter } from "./workbookWriter";

const ALLOWED = {
  selectLockedCells: true,
  selectUnlockedCells: true,
  formatColumns: true,
  formatRows: true,
  autoFilter: true,
} as const;

/** Protects the named sheets that exist. */
export function protectSheetsIn(w: WorkbookWriter, protections: readonly SheetProtection[]): void {
  for (const p of protections) {
    const sheet = w.workbook.sheet(p.sheet);
    if (!sheet?.part || sheet.kind !== "worksheet") continue;
    const edit = w.sheetEdit(sheet.part);
    if (edit.isProtected()) continue;
    const table = p.editable ? w.table(p.editable.table) : null;
    if (p.editable && table && table.sheet.part === sheet.part) {
      const first = table.box.top + table.headerRows;
      const last = table.box.bottom - table.totalsRows;
      for (let row = first; row <= last; row++)
        for (const c of p.editable.columns) {
          const col = table.box.left + c;
          if (col > table.box.right) continue;
          edit.restyle(row, col, w.styles.derived(edit.styleAt(row, col), { locked: false }));
        }
    }
    edit.protect(ALLOWED);
  }
}

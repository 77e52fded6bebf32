/**
 * protectSheets(): hand-out sheets protected without a password (a guard against
 * slips, not security), with the body cells of the given table columns unlocked
 * first so the unit can type there. One sync learns which sheets are protected
 * already (those are left as they are: unlocking cells on them would fail); one
 * sync unlocks and protects. ExcelApi 1.2 (protection, locked cells).
 */
import type { SheetProtection } from "../../core/template";
import { op, packBatches, runBatches, type Op } from "./payload";
import { findSheet, hasTable, type WorkbookState } from "./workbookState";

/** What a unit may still do on a protected sheet: select, filter, widen columns and rows. */
const ALLOWED: Excel.WorksheetProtectionOptions = {
  allowAutoFilter: true,
  allowFormatColumns: true,
  allowFormatRows: true,
};

/** Protects the named sheets that exist; unlocks the editable body cells before. */
export async function protectSheets(
  context: Excel.RequestContext,
  state: WorkbookState,
  sheets: readonly SheetProtection[],
): Promise<void> {
  const wanted = sheets.flatMap((p) => {
    const found = findSheet(state, p.sheet);
    return found ? [{ p, ws: context.workbook.worksheets.getItem(found.name) }] : [];
  });
  if (wanted.length === 0) return;
  const probes = wanted.map((w) => ({ ...w, protection: w.ws.protection.load("protected") }));
  await context.sync();

  const ops: Op[] = [];
  for (const { p, ws, protection } of probes) {
    if (protection.protected) continue;
    const editable = p.editable && hasTable(state, p.editable.table) ? p.editable : null;
    ops.push(
      op(
        p,
        () => {
          if (editable) {
            const body = context.workbook.tables.getItem(editable.table).getDataBodyRange();
            for (const c of editable.columns) body.getColumn(c).format.protection.locked = false;
          }
          ws.protection.protect(ALLOWED);
        },
        2 + 2 * (editable?.columns.length ?? 0),
      ),
    );
  }
  const target = sheets.map((s) => s.sheet).join(", ");
  await runBatches(context, packBatches(ops, target), target);
}

/**
 * Appends Excel cannot make whole (docs/real-excel.md, "Stacked tables"). `rows.add`
 * inserts cells right below a table in its columns and moves what is there down,
 * other tables included; a table below that only part of those columns run through
 * cannot be moved, and Excel refuses the insert (InsertDeleteConflict), by which time
 * the action's earlier writes are done. So every append that will insert is held
 * against the tables below it before the first write, from the places the read (or
 * the state's load) already has: no sync of its own. A table that grows over empty
 * rows (`Table.resize`, ExcelApi 1.13) moves nothing and is never refused here.
 */
import { isBlank, type RawRange } from "../../core/cells";
import { FailureError } from "../../core/failures";
import { sameSheetName, sameTableName } from "../../core/cells";
import type { Area, TableState, WorkbookState } from "./workbookState";

/** How many rows right below `area` are blank in its columns, on a sheet whose values were read (Infinity past them). */
export function blankRowsBelow(sheet: RawRange, area: Area): number {
  const rows = sheet.values;
  let n = 0;
  for (let r = area.row + area.rows - sheet.top; r < rows.length; r++, n++) {
    const row = rows[r] ?? [];
    for (let c = area.col - sheet.left; c < area.col + area.cols - sheet.left; c++) {
      if (c >= 0 && !isBlank(row[c] ?? null)) return n;
    }
  }
  return Number.POSITIVE_INFINITY;
}

/** A table's columns and the first row below it, as an insert below it reaches them. */
export type Reach = { readonly name: string; readonly sheet: string; readonly area: Area };

/**
 * The tables below `t` on its sheet in its columns: those only partly within them
 * (which Excel cannot move) and the nearest of all of them.
 */
function tablesBelow(state: WorkbookState, t: Reach) {
  const left = t.area.col;
  const right = left + t.area.cols;
  const bottom = t.area.row + t.area.rows;
  const below = state.tables
    .filter((o): o is TableState & { area: Area } => o.area !== undefined)
    .filter((o) => !sameTableName(o.name, t.name) && sameSheetName(o.sheet, t.sheet))
    .filter((o) => o.area.row >= bottom && o.area.col < right && o.area.col + o.area.cols > left)
    .sort((a, b) => a.area.row - b.area.row);
  const partly = below.find((o) => o.area.col < left || o.area.col + o.area.cols > right) ?? null;
  const nearest = below[0] ?? null;
  return { partly, gap: nearest ? nearest.area.row - bottom : Number.POSITIVE_INFINITY };
}

/**
 * The refusal of an insert below `grows` that would move part of the table `blocking`:
 * Excel's own code (InsertDeleteConflict) with both tables named, so the text says what
 * to move. Nothing is written.
 */
export function shiftRefused(grows: string, blocking: string): FailureError {
  return new FailureError(
    {
      code: "excelRefused",
      reason: "InsertDeleteConflict",
      excelCode: "InsertDeleteConflict",
      table: grows,
      target: blocking,
    },
    `InsertDeleteConflict: rows added to ${grows} would move part of ${blocking}`,
  );
}

/** Refuses (throws shiftRefused) an insert of rows below `t` that would move part of a table below it. */
export function checkInsertBelow(state: WorkbookState, t: Reach): void {
  const { partly } = tablesBelow(state, t);
  if (partly) throw shiftRefused(t.name, partly.name);
}

/**
 * Refuses, before anything is written, appends of `rows` rows that would insert below a
 * table with a table below it that only part of its columns run through. `canResize`:
 * the host has Table.resize (ExcelApi 1.13), with which appendRows grows a table without
 * a total row over the blank rows below it instead of inserting. Tables the state has
 * no place for (not there yet: set-up makes them on sheets of their own) pass.
 */
export function checkAppendShifts(
  state: WorkbookState,
  appends: readonly { readonly table: string; readonly rows: number }[],
  canResize: boolean,
): void {
  for (const a of appends) {
    const t = state.tables.find((x) => sameTableName(x.name, a.table));
    if (!t?.area) continue;
    const added = a.rows - (t.lastBlank === true ? 1 : 0);
    if (added <= 0) continue;
    const { partly, gap } = tablesBelow(state, { name: t.name, sheet: t.sheet, area: t.area });
    if (!partly) continue;
    const free = Math.min(gap, t.blankBelow ?? gap);
    if (canResize && t.showTotals === false && added <= free) continue;
    throw shiftRefused(t.name, partly.name);
  }
}

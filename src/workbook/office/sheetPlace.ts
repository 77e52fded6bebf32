/**
 * Where a report sheet goes and what it replaces, ordered so that a write stopped
 * at any command leaves nothing the next run takes for the user's sheet:
 * - the new sheet is listed on the marker sheet before it is created;
 * - the product's old sheet is listed as a replaced copy ("replaced:<name>") before
 *   it is renamed, and deleted and unlisted only after the new sheet is written, so
 *   the old report exists until the new one does;
 * - a copy that an earlier, interrupted replace left behind is deleted by the next
 *   write of the same sheet (the user confirmed that replace), in the same place.
 */
import type { SheetLayout } from "../../core/sheetLayout";
import { excelNameKey, sameSheetName, sameTableName } from "../../core/cells";
import { WorkbookWriteError } from "../floor";
import { op, once, type Op } from "./payload";
import {
  MARKER_SHEET,
  REPLACED_PREFIX,
  entryRows,
  isProductSheet,
  markerOps,
  replacedCopiesOf,
  unlistOps,
  type MarkerEntry,
} from "./productMarker";
import { findSheet, type WorkbookState } from "./workbookState";

/** The new sheet, the ops to queue before its content and the ops to queue after it. */
export type SheetPlacement = { sheet: () => Excel.Worksheet; first: Op[]; last: Op[] };

/** The sheets the write replaces: the product's sheet of that name (when confirmed) and left-over copies. */
function oldSheets(state: WorkbookState, layout: SheetLayout): { existing: string | null; copies: string[] } {
  const existing = findSheet(state, layout.name)?.name ?? null;
  const copies = replacedCopiesOf(state, layout.name).filter((c) => !existing || !sameSheetName(c, existing));
  return { existing, copies };
}

/**
 * Refuses an existing sheet unless it is the product's and replacing was confirmed,
 * and a table name taken anywhere but on the sheets being replaced.
 */
export function checkTarget(state: WorkbookState, layout: SheetLayout, replace: boolean): void {
  const { existing, copies } = oldSheets(state, layout);
  if (existing && (!replace || !isProductSheet(state, existing)))
    throw new WorkbookWriteError("sheetExists", layout.name);
  const olds = [...(existing ? [existing] : []), ...copies];
  for (const t of layout.tables) {
    const taken = state.tables.find((x) => sameTableName(x.name, t.name));
    if (taken && !olds.some((o) => sameSheetName(o, taken.sheet)))
      throw new WorkbookWriteError("tableExists", t.name);
  }
}

/** The first `prefix` + number that `taken` does not know. */
function freeName(prefix: string, taken: (name: string) => boolean): string {
  let n = 1;
  while (taken(`${prefix}${n}`)) n++;
  return `${prefix}${n}`;
}

/** Renames the old sheets' tables whose names the new sheet needs (table names are workbook-wide). */
function freeTableNames(
  context: Excel.RequestContext,
  state: WorkbookState,
  layout: SheetLayout,
  olds: string[],
): Op[] {
  const names = new Set([...state.tables, ...state.names].map((x) => excelNameKey(x.name)));
  const renames = state.tables
    .filter(
      (t) =>
        olds.some((o) => sameSheetName(o, t.sheet)) &&
        layout.tables.some((x) => sameTableName(x.name, t.name)),
    )
    .map((t) => {
      const to = freeName("CEMR_old_T", (n) => names.has(excelNameKey(n)));
      names.add(excelNameKey(to));
      return { from: t.name, to };
    });
  if (renames.length === 0) return [];
  return [
    op(
      renames,
      () => renames.forEach((r) => (context.workbook.tables.getItem(r.from).name = r.to)),
      2 * renames.length,
    ),
  ];
}

/** The ops around a report sheet's content: listing, renaming the old one, adding; then deleting the old. */
export function placementOps(
  context: Excel.RequestContext,
  state: WorkbookState,
  layout: SheetLayout,
): SheetPlacement {
  const wb = context.workbook;
  const { existing, copies } = oldSheets(state, layout);
  const olds = [...(existing ? [existing] : []), ...copies];
  const spare = existing ? freeName("CEMR_old_", (n) => findSheet(state, n) !== null) : null;
  const entries: MarkerEntry[] = [
    ...(spare ? [{ sheet: spare, marker: `${REPLACED_PREFIX}${layout.name}` }] : []),
    { sheet: layout.name, marker: layout.marker },
  ];

  // The new sheet takes the old one's place (a left-over copy holds it when there is one);
  // a first report goes before the marker sheet added with it.
  const place = findSheet(state, copies[0] ?? existing ?? "");
  const markerAdded = findSheet(state, MARKER_SHEET) === null;
  const position = place ? state.sheets.indexOf(place) : markerAdded ? state.sheets.length : null;
  const old = once(() => wb.worksheets.getItem(existing ?? ""));
  const sheet = once(() => wb.worksheets.add(layout.name));

  const first: Op[] = [
    ...freeTableNames(context, state, layout, olds),
    ...markerOps(context, state, entries),
  ];
  first.push(
    op(
      layout.name,
      () => {
        if (spare) old().name = spare;
        const added = sheet();
        if (position !== null) added.position = position;
      },
      4,
    ),
  );

  const last: Op[] = [];
  if (olds.length > 0) {
    last.push(
      op(
        olds,
        () => {
          if (existing) old().delete();
          copies.forEach((c) => wb.worksheets.getItem(c).delete());
        },
        2 * olds.length,
      ),
    );
    const rows = [
      ...(spare ? entryRows(state, entries).slice(0, 1) : []),
      ...state.markers.filter((m) => copies.some((c) => sameSheetName(c, m.sheet))).map((m) => m.row),
    ];
    last.push(...unlistOps(context, rows));
  }
  return { sheet, first, last };
}

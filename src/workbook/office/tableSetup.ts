/**
 * The ops that set up one plan table: number formats then values (header and rows
 * as one block), the table itself, a frozen header row, column widths, validation
 * lists and the status colours as conditional formats bounded to the formatted body.
 */
import { coveredBodyRows, FROZEN_HEADER_ROWS, TABLE_STYLE } from "../../core/style";
import type { TableTemplate } from "../../core/template";
import { cellFormat, formatCode, valueGrid, widthInPoints, type WriteValue } from "./cellGrids";
import { estimateBytes, op, once, rowBlockOps, type Op } from "./payload";
import { colourOp, validationOp } from "./tableRules";

/** A validation op and the table its list refers to (by name, so it is queued once that table is named). */
export type ValidationOp = { readonly refers: string | null; readonly op: Op };

/** The style of the plan tables (decided in the core). */
export { TABLE_STYLE };
/** The list source of a validation, as Office.js takes it (tableRules.ts). */
export { validationSource } from "./tableRules";

/**
 * The ops that build one table on `sheet` (see setupSheets.ts for where that sheet
 * comes from): formats, values, the Excel table (left with Excel's default name;
 * setupSheets names it), its look and widths; the validation ops apart, to queue
 * once the table names and the lists' names exist.
 */
export function tableOps(
  t: TableTemplate,
  sheet: () => Excel.Worksheet,
): { build: Op[]; table: () => Excel.Table; validation: ValidationOp[] } {
  const cols = t.headers.length;
  const bodyRows = Math.max(t.rows.length, 1);
  const formatted = coveredBodyRows(t);
  const columnFormats = t.formats.map(formatCode);
  const overrides = new Map((t.cellFormats ?? []).map((c) => [`${c.row},${c.column}`, formatCode(c.format)]));

  // Row 0 is the header; rows 1.. are the body (data rows, then formatted empty rows).
  const rowValues = (r: number): readonly WriteValue[] => (r === 0 ? t.headers : (t.rows[r - 1] ?? []));
  const rowFormats = (r: number): string[] =>
    Array.from({ length: cols }, (_, k) =>
      r === 0
        ? "@"
        : cellFormat(rowValues(r)[k], overrides.get(`${r - 1},${k}`) ?? columnFormats[k] ?? "General"),
    );

  const ops: Op[] = [];
  ops.push(
    ...rowBlockOps(
      1 + formatted,
      (r) => estimateBytes(rowFormats(r)),
      (start, n) => {
        sheet().getRangeByIndexes(start, 0, n, cols).numberFormat = Array.from({ length: n }, (_, i) =>
          rowFormats(start + i),
        );
      },
      cols,
    ),
  );
  const valueRows = 1 + t.rows.length;
  ops.push(
    ...rowBlockOps(
      valueRows,
      (r) => estimateBytes(rowValues(r)),
      (start, n) => {
        const rows = Array.from({ length: n }, (_, i) => rowValues(start + i));
        sheet().getRangeByIndexes(start, 0, n, cols).values = valueGrid(rows, cols);
      },
      cols,
    ),
  );
  const table = once(() => sheet().tables.add(sheet().getRangeByIndexes(0, 0, 1 + bodyRows, cols), true));
  ops.push(
    op(
      t.name,
      () => {
        table().style = TABLE_STYLE;
        sheet().freezePanes.freezeRows(FROZEN_HEADER_ROWS);
      },
      3,
    ),
  );
  ops.push(
    op(
      t.widths,
      () => {
        t.widths.forEach((w, k) => {
          sheet().getRangeByIndexes(0, k, 1, 1).format.columnWidth = widthInPoints(w);
        });
      },
      t.widths.length,
    ),
  );
  // Validation lists and status colours over the formatted body (tableRules.ts, shared with appendRows).
  const body =
    (width: number, col = 0) =>
    () =>
      sheet().getRangeByIndexes(1, col, formatted, width);
  const validation: ValidationOp[] = t.validations.map((v) => ({
    refers: v.source.kind === "column" ? v.source.table : null,
    op: validationOp(body(1, v.column), v.source, t.lang),
  }));
  for (const rule of t.colours) ops.push(colourOp(body(cols), rule, 1));
  return { build: ops, table, validation };
}

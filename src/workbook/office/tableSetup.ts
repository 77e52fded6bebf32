/**
 * The ops that set up one plan table: number formats then values (header and rows
 * as one block), the table itself, a frozen header row, column widths, validation
 * lists and the status colours as conditional formats bounded to the formatted body.
 */
import { columnLetters } from "../../core/cells";
import type { Lang } from "../../core/language";
import { listNameOf } from "../../core/planTemplate";
import { tableSpec } from "../../core/schema";
import type { TableTemplate, ValidationSource } from "../../core/template.types";
import { cellFormat, formatCode, formulaText, valueGrid, widthInPoints, type WriteValue } from "./cellGrids";
import { estimateBytes, op, once, rowBlockOps, type Op } from "./payload";

/** A validation op and the table its list refers to (by name, so it is queued once that table is named). */
export type ValidationOp = { readonly refers: string | null; readonly op: Op };

/** The style of the plan tables. */
export const TABLE_STYLE = "TableStyleMedium2";

/** A structured reference inside a string, with Excel's escapes for [ ] # ' in column names. */
function structuredReference(table: string, header: string): string {
  return `${table}[[${header.replace(/['[\]#]/g, "'$&")}]]`;
}

/** The list source of a validation: a lists-sheet name, or the other table's column via INDIRECT. */
export function validationSource(source: ValidationSource, lang: Lang): string {
  const name = listNameOf(source);
  if (name) return `=${name}`;
  if (source.kind !== "column") return "";
  const column = tableSpec(source.table).columns.find((c) => c.key === source.column);
  const header = column ? column.header[lang] : source.column;
  // INDIRECT because a validation list cannot name a table column directly; it grows with the table.
  return `=INDIRECT(${formulaText(structuredReference(source.table, header))})`;
}

const WARNINGS: Readonly<Record<Lang, { title: string; articles: string; column: string }>> = {
  sv: {
    title: "Kontrollera värdet",
    articles: 'Välj en artikel ur listan eller skriv flera, till exempel "11, 14".',
    column: "Värdet finns inte (ännu) i den andra tabellen.",
  },
  en: {
    title: "Check the value",
    articles: 'Pick an article from the list or type several, for example "11, 14".',
    column: "The value is not (yet) in the other table.",
  },
};

/** Several articles ("11, 14") and IDs not yet added are allowed with a warning; choice lists stop. */
function errorAlert(source: ValidationSource, lang: Lang): Excel.DataValidationErrorAlert | null {
  if (source.kind === "choice") return null;
  const w = WARNINGS[lang];
  return {
    showAlert: true,
    style: "Warning",
    title: w.title,
    message: source.kind === "articles" ? w.articles : w.column,
  };
}

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
  const formatted = Math.max(t.formattedRows, bodyRows);
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
        sheet().freezePanes.freezeRows(1);
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
  const validation: ValidationOp[] = [];
  for (const v of t.validations) {
    const source = validationSource(v.source, t.lang);
    const alert = errorAlert(v.source, t.lang);
    validation.push({
      refers: v.source.kind === "column" ? v.source.table : null,
      op: op(
        { source, alert },
        () => {
          const validation = sheet().getRangeByIndexes(1, v.column, formatted, 1).dataValidation;
          validation.rule = { list: { inCellDropDown: true, source } };
          if (alert) validation.errorAlert = alert;
        },
        3,
      ),
    });
  }
  for (const rule of t.colours) {
    // Relative row, absolute column: each body row is coloured by its own status cell.
    const formula = `=$${columnLetters(rule.column)}2=${formulaText(rule.equals)}`;
    ops.push(
      op(
        rule,
        () => {
          const cf = sheet().getRangeByIndexes(1, 0, formatted, cols).conditionalFormats.add("Custom");
          cf.custom.rule.formula = formula;
          cf.custom.format.fill.color = rule.fill;
          cf.custom.format.font.color = rule.font;
        },
        5,
      ),
    );
  }
  return { build: ops, table, validation };
}

/**
 * How a table's validation lists and status colours are written in Excel: one
 * writer for set-up (tableSetup.ts) and for the rows appended later
 * (appendRows.ts), from the rules the core decides (src/core/style). Microsoft
 * documents no growth of validation or conditional formats with a table's rows
 * (rows.add, Table.resize), so the rows an append adds get theirs here, explicitly.
 */
import type { Lang } from "../../core/language";
import { colourFormula, validationFormula, validationRule, type TableRules } from "../../core/style";
import type { ColourRule, ValidationSource } from "../../core/template";
import { op, type Op } from "./payload";

/** The list source of a validation, as Office.js takes it (the core's formula after "="). */
export function validationSource(source: ValidationSource, lang: Lang): string {
  return `=${validationFormula(source, lang)}`;
}

/** The error alert of a validation: the core's policy (choice lists stop, the others warn). */
function errorAlert(source: ValidationSource, lang: Lang): Excel.DataValidationErrorAlert {
  const { alert } = validationRule(source, lang);
  return {
    showAlert: true,
    style: alert.style === "stop" ? "Stop" : "Warning",
    title: alert.title,
    message: alert.message,
  };
}

/** An op that sets a column's validation list on `range` (its cells of one column). */
export function validationOp(range: () => Excel.Range, source: ValidationSource, lang: Lang): Op {
  const list = validationSource(source, lang);
  const alert = errorAlert(source, lang);
  return op(
    { list, alert },
    () => {
      const validation = range().dataValidation;
      validation.rule = { list: { inCellDropDown: true, source: list } };
      validation.errorAlert = alert;
    },
    3,
  );
}

/**
 * An op that adds one status colour over `range`, whose first row is the sheet's
 * 0-based row `firstRow`; `rule.column` is the sheet column of the status cell.
 * Relative row, absolute column: each row is coloured by its own status cell.
 */
export function colourOp(range: () => Excel.Range, rule: ColourRule, firstRow: number): Op {
  const formula = `=${colourFormula(rule, firstRow)}`;
  return op(
    { formula, rule },
    () => {
      const cf = range().conditionalFormats.add("Custom");
      cf.custom.rule.formula = formula;
      cf.custom.format.fill.color = rule.fill;
      cf.custom.format.font.color = rule.font;
    },
    5,
  );
}

/** Where rows were added: the sheet, their first 0-based row, how many, the table's first column and width. */
export type NewRows = {
  readonly sheet: Excel.Worksheet;
  readonly top: number;
  readonly rows: number;
  readonly left: number;
  readonly cols: number;
};

/**
 * The ops that give rows added to a table (`at`) the table's lists and colours
 * (`rules`, columns within the table): whatever the cells carried is cleared first
 * (an Excel that grew the table's rules on its own, or the rules of the empty cells
 * a resize took in), so the rows carry the table's rules once, however Excel grew.
 */
export function newRowRuleOps(at: NewRows, rules: TableRules): Op[] {
  const { sheet, top, rows, left, cols } = at;
  const ops: Op[] = [];
  for (const v of rules.validations) {
    const cells = () => sheet.getRangeByIndexes(top, left + v.column, rows, 1);
    ops.push(op(null, () => cells().dataValidation.clear(), 2));
    ops.push(validationOp(cells, v.source, rules.lang));
  }
  if (rules.colours.length === 0) return ops;
  const area = () => sheet.getRangeByIndexes(top, left, rows, cols);
  ops.push(op(null, () => area().conditionalFormats.clearAll(), 2));
  for (const c of rules.colours) ops.push(colourOp(area, { ...c, column: left + c.column }, top));
  return ops;
}

/**
 * The fake's validation and conditional formats over an area, as Office.js reads
 * and clears them: `DataValidation.type` (excel.datavalidation.yml: "None" when no
 * cell has validation, "MixedCriteria" when some have, "Inconsistent" when the
 * cells' rules differ), `DataValidation.clear` (excel-add-ins-data-validation.md:
 * only the cells of the range lose their validation, a rule reaching beyond keeps
 * the rest) and `ConditionalFormatCollection.clearAll` ("clears all conditional
 * formats active on the current specified range").
 */
import { formulaMoved } from "../app/ruleAreas";
import { FakeOfficeError, overlaps, type Area, type SheetModel } from "./fakeModel";

/** `a` without the cells of `cut`: up to four areas (above, below, left, right of the cut). */
export function withoutArea(a: Area, cut: Area): Area[] {
  if (!overlaps(a, cut)) return [a];
  const top = Math.max(a.row, cut.row);
  const bottom = Math.min(a.row + a.rows, cut.row + cut.rows);
  const pieces: Area[] = [
    { row: a.row, col: a.col, rows: top - a.row, cols: a.cols },
    { row: bottom, col: a.col, rows: a.row + a.rows - bottom, cols: a.cols },
    { row: top, col: a.col, rows: bottom - top, cols: Math.max(0, cut.col - a.col) },
    {
      row: top,
      col: cut.col + cut.cols,
      rows: bottom - top,
      cols: Math.max(0, a.col + a.cols - (cut.col + cut.cols)),
    },
  ];
  return pieces.filter((p) => p.rows > 0 && p.cols > 0);
}

const holds = (a: Area, r: number, k: number): boolean =>
  r >= a.row && r < a.row + a.rows && k >= a.col && k < a.col + a.cols;

/** Office.js's name of a rule's type ({ list } → "List"). */
function typeName(rule: Excel.DataValidationRule): string {
  const [key = "none"] = Object.keys(rule);
  return key.charAt(0).toUpperCase() + key.slice(1);
}

/** DataValidation.type of the cells of `area`. */
export function validationType(sheet: SheetModel, area: Area): string {
  const rules = new Set<string>();
  let covered = 0;
  for (let r = area.row; r < area.row + area.rows; r++)
    for (let k = area.col; k < area.col + area.cols; k++) {
      const v = [...sheet.validations].reverse().find((x) => holds(x.area, r, k));
      if (!v) continue;
      covered++;
      rules.add(JSON.stringify(v.rule));
    }
  if (covered === 0) return "None";
  if (covered < area.rows * area.cols) return "MixedCriteria";
  const [only] = [...rules];
  return rules.size > 1 || only === undefined ? "Inconsistent" : typeName(JSON.parse(only));
}

/** DataValidation.clear: the cells of `area` lose their validation. */
export function clearValidation(sheet: SheetModel, area: Area): void {
  const kept = sheet.validations.flatMap((v) =>
    withoutArea(v.area, area).map((piece) => ({ ...v, area: piece })),
  );
  sheet.validations.splice(0, sheet.validations.length, ...kept);
}

/**
 * ConditionalFormatCollection.clearAll: the conditional formats lose the cells of
 * `area`. A rule's formula is relative to its area's first cell, so the fake keeps
 * a rule only where what is left still starts there (a rule cut at its bottom or
 * right); any other split is not modelled (the product never makes one).
 */
export function clearConditionalFormats(sheet: SheetModel, area: Area): void {
  const kept = sheet.conditionalFormats.flatMap((cf) => {
    const pieces = withoutArea(cf.area, area);
    if (pieces.length === 0) return [];
    const [first] = pieces;
    if (pieces.length > 1 || !first || first.row !== cf.area.row || first.col !== cf.area.col)
      throw new FakeOfficeError("FakeUnsupported", "clearAll splitting a conditional format");
    cf.area = first;
    return [cf];
  });
  sheet.conditionalFormats.splice(0, sheet.conditionalFormats.length, ...kept);
}

export type CellRules = {
  readonly list: string | null;
  readonly colours: readonly { readonly formula: string; readonly fill: string | null }[];
};

/**
 * What applies to one cell: its validation (list source and alert style, the last
 * rule set wins) and every conditional format over it, with the formula as it
 * reads at that cell and its fill, sorted. A rule counted twice shows twice.
 */
export function rulesAt(sheet: SheetModel, row: number, col: number): CellRules {
  const v = [...sheet.validations].reverse().find((x) => holds(x.area, row, col));
  const list = v
    ? `${String(v.rule.list?.source ?? typeName(v.rule))} ${v.errorAlert?.style ?? "Stop"}`
    : null;
  const colours = sheet.conditionalFormats
    .filter((cf) => holds(cf.area, row, col))
    .map((cf) => ({ formula: formulaMoved(cf.formula, row - cf.area.row, col - cf.area.col), fill: cf.fill }))
    .sort((a, b) => `${a.formula} ${a.fill}`.localeCompare(`${b.formula} ${b.fill}`));
  return { list, colours };
}

/** Rules of a cell `dr` rows above, as they read here (each colour's formula moved down). */
export function movedDown(rules: CellRules, dr: number): CellRules {
  return { ...rules, colours: rules.colours.map((c) => ({ ...c, formula: formulaMoved(c.formula, dr) })) };
}

/**
 * How the status and assessment colours of a table are written, for both adapters:
 * one conditional format per label over the covered body, each row coloured by
 * its own status cell (relative row, absolute column).
 */
import { columnLetters } from "../cells";
import type { ColourRule } from "../template";
import { formulaString } from "./formulaText";

/**
 * The rule's formula without the leading "=", for a body whose first row is the
 * 0-based sheet row `firstBodyRow`.
 * @example colourFormula({ column: 2, equals: "Klar", fill: "", font: "" }, 1) === '$C2="Klar"'
 */
export function colourFormula(rule: ColourRule, firstBodyRow: number): string {
  return `$${columnLetters(rule.column)}${firstBodyRow + 1}=${formulaString(rule.equals)}`;
}

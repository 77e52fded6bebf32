/**
 * A worksheet's rules over ranges: conditional formats (expression rules, each
 * with a dxf) and list validations, as new elements for the part, and the
 * existing ones' ranges grown with a table body as Excel grows them.
 */
import type { SheetIndex } from "./sheetIndex";
import { extendSqref } from "./sqref";
import { sml } from "../../ooxml";
import { setAttribute, type Splice } from "./xmlSplice";
import { xmlAttr, xmlText } from "./xmlText";

/** A list validation: its cells, its list (a formula) and what Excel says on a wrong entry. */
export type ListValidation = {
  readonly sqref: string;
  readonly formula: string;
  readonly alert: { readonly style: "stop" | "warning"; readonly title: string; readonly message: string };
};

/** A table column's body rows and columns, 0-based. */
export type BodyArea = { firstRow: number; lastRow: number; left: number; right: number };

/** The highest priority number the sheet's conditional formats use (0 for none). */
export function maxRulePriority(sheet: SheetIndex): number {
  let max = 0;
  for (const t of sheet.top) {
    if (t.el.name !== sml("conditionalFormatting") || t.el.selfClosing) continue;
    for (const r of sheet.inside(t.el, (n, d) => d === 2 && n === sml("cfRule")))
      max = Math.max(max, Number(r.attributes.priority ?? 0) || 0);
  }
  return max;
}

/**
 * A <conditionalFormatting> element per rule, over `sqref`, numbered from
 * `priority` + 1 on. `tag` names an element with the part's prefix.
 */
export function conditionalFormatsXml(
  tag: (local: string) => string,
  sqref: string,
  rules: readonly { dxfId: number; formula: string }[],
  priority: number,
): string[] {
  const cf = tag("conditionalFormatting");
  const rule = tag("cfRule");
  const formula = tag("formula");
  return rules.map(
    (r, i) =>
      `<${cf} sqref="${sqref}"><${rule} type="expression" dxfId="${r.dxfId}" priority="${priority + i + 1}"><${formula}>${xmlText(r.formula)}</${formula}></${rule}></${cf}>`,
  );
}

/** A <dataValidation> element per list validation. */
export function validationsXml(tag: (local: string) => string, items: readonly ListValidation[]): string[] {
  const dv = tag("dataValidation");
  const f1 = tag("formula1");
  return items.map((v) => {
    const style = v.alert.style === "warning" ? ' errorStyle="warning"' : "";
    return (
      `<${dv} type="list"${style} allowBlank="1" showErrorMessage="1" errorTitle="${xmlAttr(v.alert.title)}" ` +
      `error="${xmlAttr(v.alert.message)}" sqref="${v.sqref}"><${f1}>${xmlText(v.formula)}</${f1}></${dv}>`
    );
  });
}

/**
 * The splices that extend the validation and conditional-format ranges covering a
 * table column's whole body (`area`) down to `newLast`, as Excel does when a
 * table grows.
 */
export function extendedRuleSplices(sheet: SheetIndex, area: BodyArea, newLast: number): Splice[] {
  const out: Splice[] = [];
  for (const t of sheet.top) {
    if (t.el.name === sml("conditionalFormatting")) {
      const sqref = t.el.attributes.sqref ?? "";
      const grown = extendSqref(sqref, area, newLast);
      if (grown !== sqref) out.push(setAttribute(sheet.text, t.el, "sqref", grown));
    }
    if (t.el.name === sml("dataValidations") && !t.el.selfClosing) {
      const base = t.el.openStart;
      const fragment = sheet.text.slice(base, t.el.closeEnd);
      for (const v of sheet.inside(t.el, (n, d) => d === 2 && n === sml("dataValidation"))) {
        const sqref = v.attributes.sqref ?? "";
        const grown = extendSqref(sqref, area, newLast);
        if (grown === sqref) continue;
        const s = setAttribute(fragment, v, "sqref", grown);
        out.push({ start: base + s.start, end: base + s.end, text: s.text });
      }
    }
  }
  return out;
}

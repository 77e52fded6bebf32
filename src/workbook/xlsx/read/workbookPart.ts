/**
 * The workbook part (xl/workbook.xml, wherever the package's relationships put
 * it): its sheets in tab order with their kind, visibility and part, defined
 * names, the date system, and where the shared strings and styles live.
 */
import { clark, NS_R, REL_TYPES, sml } from "../../ooxml";
import {
  childElements,
  firstChild,
  textContent,
  PackageError,
  relsPartOf,
  type Package,
  type Relationship,
} from "../package";

export type SheetKind = "worksheet" | "chartsheet" | "dialogsheet" | "macrosheet";

/** A sheet as workbook.xml lists it. */
export type SheetInfo = {
  readonly name: string;
  readonly sheetId: string;
  readonly state: "visible" | "hidden" | "veryHidden";
  readonly kind: SheetKind;
  /** The relationship id (`r:id`) in workbook.xml. */
  readonly relId: string;
  /** The sheet's part, or null when the relationship is missing or points outside. */
  readonly part: string | null;
};

/** A defined name (named range, print titles …). */
export type DefinedName = {
  readonly name: string;
  /** Index of the sheet it belongs to, or null for a workbook-wide name. */
  readonly localSheetId: number | null;
  readonly hidden: boolean;
  /** Its formula text, e.g. `'Mål'!$A$2:$A$1000`. */
  readonly formula: string;
};

/** What the workbook part says about the workbook. */
export type WorkbookInfo = {
  readonly workbookPart: string;
  /** True for the 1904 date system (serial 0 is 1904-01-01). */
  readonly date1904: boolean;
  readonly sheets: readonly SheetInfo[];
  readonly definedNames: readonly DefinedName[];
  readonly sharedStringsPart: string | null;
  readonly stylesPart: string | null;
  /** The workbook part's relationships. */
  readonly relationships: readonly Relationship[];
};

const KIND_OF_REL: ReadonlyMap<string, SheetKind> = new Map([
  [REL_TYPES.worksheet, "worksheet"],
  [REL_TYPES.chartsheet, "chartsheet"],
  [REL_TYPES.dialogsheet, "dialogsheet"],
  [REL_TYPES.macrosheet, "macrosheet"],
]);

function truthy(v: string | undefined): boolean {
  return v === "1" || v === "true";
}

/** The workbook part's name: the package's officeDocument relationship, else xl/workbook.xml; null if neither. */
export function findWorkbookPart(pkg: Package): string | null {
  const main = pkg.relationships("").find((r) => r.type === REL_TYPES.officeDocument && r.part !== null);
  if (main?.part && pkg.has(main.part)) return pkg.find(main.part);
  return pkg.find("xl/workbook.xml");
}

/**
 * The part of the workbook's relationship of this type, or null when there is none
 * (a workbook may have no shared strings or styles). A relationship whose part is
 * absent or lies outside the package is damage, never "none": a flipped bit in the
 * zip name of xl/sharedStrings.xml must not read as a workbook without strings.
 */
function partOfType(
  rels: readonly Relationship[],
  type: string,
  pkg: Package,
  relsPart: string,
): string | null {
  const rel = rels.find((r) => r.type === type && !r.external);
  if (!rel) return null;
  if (!rel.part)
    throw new PackageError("damaged", `the target ${rel.target} lies outside the package`, relsPart);
  const found = pkg.find(rel.part);
  if (!found) throw new PackageError("damaged", "the part is missing", rel.part);
  return found;
}

/** Reads the workbook part. Throws PackageError when it is not a SpreadsheetML workbook. */
export function readWorkbookInfo(pkg: Package, workbookPart: string): WorkbookInfo {
  const root = pkg.xml(workbookPart);
  if (root.name !== sml("workbook"))
    throw new PackageError("damaged", `the root element is ${root.name}, not a workbook`, workbookPart);
  const relationships = pkg.relationships(workbookPart);
  const relsPart = relsPartOf(workbookPart);
  const byId = new Map(relationships.map((r) => [r.id, r]));
  const rId = clark(NS_R, "id");
  const sheetsEl = firstChild(root, sml("sheets"));
  const sheets: SheetInfo[] = (sheetsEl ? childElements(sheetsEl, sml("sheet")) : []).map((s) => {
    const relId = s.attributes[rId];
    const name = s.attributes.name ?? "";
    if (relId === undefined)
      throw new PackageError("damaged", `the sheet "${name}" has no r:id naming its part`, workbookPart);
    const rel = byId.get(relId);
    // Every sheet names its part through a relationship (ECMA-376 Part 1, 18.2.19):
    // one that is not there, or points nowhere, means the relationships are damaged.
    // Only an explicitly empty r:id is a sheet without a part: Excel writes one where
    // an Excel 5 macro module was (POI's 60825.xlsx), and it reads as empty.
    if (!rel && relId !== "")
      throw new PackageError(
        "damaged",
        pkg.has(relsPart)
          ? `the sheet "${name}" names the relationship "${relId}", which it does not hold`
          : `the part is missing, so the sheet "${name}" cannot be found`,
        relsPart,
      );
    if (rel && !rel.external && !rel.part)
      throw new PackageError("damaged", `the sheet "${name}" points outside the package`, relsPart);
    const state = s.attributes.state;
    return {
      name,
      sheetId: s.attributes.sheetId ?? "",
      state: state === "hidden" || state === "veryHidden" ? state : "visible",
      kind: (rel && KIND_OF_REL.get(rel.type)) ?? "worksheet",
      relId,
      part: rel?.part ? (pkg.find(rel.part) ?? rel.part) : null,
    };
  });
  const namesEl = firstChild(root, sml("definedNames"));
  const definedNames: DefinedName[] = (namesEl ? childElements(namesEl, sml("definedName")) : []).map((n) => {
    const local = n.attributes.localSheetId;
    return {
      name: n.attributes.name ?? "",
      localSheetId: local !== undefined && /^\d+$/.test(local) ? Number(local) : null,
      hidden: truthy(n.attributes.hidden),
      formula: textContent(n),
    };
  });
  const pr = firstChild(root, sml("workbookPr"));
  return {
    workbookPart,
    date1904: truthy(pr?.attributes.date1904),
    sheets,
    definedNames,
    sharedStringsPart: partOfType(relationships, REL_TYPES.sharedStrings, pkg, relsPart),
    stylesPart: partOfType(relationships, REL_TYPES.styles, pkg, relsPart),
    relationships,
  };
}

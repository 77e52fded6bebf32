/**
 * The workbook part as the writer sees it: its sheets (name, state, part), its
 * names, and the edits an action may make to it, spliced into the part's text:
 * a sheet added at the end of <sheets>, a defined name added or given a new
 * value, calcPr asking for a full calculation on load. Existing sheets keep their
 * places, ids and relationship ids, so every local name and every view that
 * refers to a sheet by position still refers to the same sheet.
 */
import { CONTENT_TYPES, elementsBefore, NS_R, REL_TYPES, sml as el, WORKBOOK_ORDER } from "../../ooxml";
import { normalizePartName, type Package } from "../package";
import { sameSheetName, sameTableName } from "../../../core/cells";
import { addContentTypes, addRelationship } from "./packageEdits";
import {
  appendChildren,
  applySplices,
  findElements,
  prefixOf,
  qualified,
  setAttribute,
  type Splice,
} from "./xmlSplice";
import { xmlAttr, xmlText } from "./xmlText";

const R_ID = `{${NS_R}}id`;

export type SheetState = "visible" | "hidden" | "veryHidden";

export type SheetEntry = {
  readonly name: string;
  readonly sheetId: number;
  readonly rid: string;
  readonly state: SheetState;
  /** The sheet's part, or null when its relationship is missing. */
  readonly part: string | null;
  /** The relationship type's last word: "worksheet", "chartsheet", "dialogsheet", "xlMacrosheet" … */
  readonly kind: string;
  /** 0-based position in <sheets> (what localSheetId counts). */
  readonly index: number;
};

export type DefinedName = {
  readonly name: string;
  readonly localSheetId: number | null;
  readonly value: string;
};

/** The workbook part of a package (the officeDocument relationship's target). */
export function workbookPartOf(pkg: Package): string {
  const rel = pkg.relationships("").find((r) => r.type === REL_TYPES.officeDocument && r.part);
  const part = rel?.part ?? "xl/workbook.xml";
  return pkg.find(part) ?? normalizePartName(part);
}

function stateOf(value: string | undefined): SheetState {
  return value === "hidden" ? "hidden" : value === "veryHidden" ? "veryHidden" : "visible";
}

export class WorkbookEdit {
  readonly part: string;

  constructor(private readonly pkg: Package) {
    this.part = workbookPartOf(pkg);
  }

  private text(): string {
    return this.pkg.text(this.part);
  }

  private elements(wanted: (name: string, depth: number) => boolean): ElementsAt {
    const text = this.text();
    return { text, found: findElements(text, wanted, this.part) };
  }

  /** The sheets in workbook order. */
  sheets(): SheetEntry[] {
    const rels = new Map(this.pkg.relationships(this.part).map((r) => [r.id, r]));
    const { found } = this.elements((name, depth) => depth === 3 && name === el("sheet"));
    return found.map((s, index) => {
      const rid = s.attributes[R_ID] ?? "";
      const rel = rels.get(rid);
      const part = rel?.part ? (this.pkg.find(rel.part) ?? null) : null;
      return {
        name: s.attributes.name ?? "",
        sheetId: Number(s.attributes.sheetId ?? 0),
        rid,
        state: stateOf(s.attributes.state),
        part,
        kind: rel ? rel.type.slice(rel.type.lastIndexOf("/") + 1) : "",
        index,
      };
    });
  }

  /** The sheet of that name (compared as Excel does, case-insensitively), or null. */
  sheet(name: string): SheetEntry | null {
    return this.sheets().find((s) => sameSheetName(s.name, name)) ?? null;
  }

  /** True when the workbook's structure is protected (no sheet may be added, removed or renamed). */
  structureLocked(): boolean {
    const { found } = this.elements((name, depth) => depth === 2 && name === el("workbookProtection"));
    const v = found[0]?.attributes.lockStructure;
    return v === "1" || v === "true";
  }

  /** True when dates count from 1904 (Mac Excel's old default). */
  date1904(): boolean {
    const { found } = this.elements((name, depth) => depth === 2 && name === el("workbookPr"));
    const v = found[0]?.attributes.date1904;
    return v === "1" || v === "true";
  }

  /** The workbook's defined names. */
  definedNames(): DefinedName[] {
    const { text, found } = this.elements((name, depth) => depth === 3 && name === el("definedName"));
    return found.map((d) => ({
      name: d.attributes.name ?? "",
      localSheetId: d.attributes.localSheetId === undefined ? null : Number(d.attributes.localSheetId),
      value: decodeText(text.slice(d.openEnd, d.closeStart)),
    }));
  }

  /** True when a workbook-level name of that name exists (case-insensitively). */
  hasName(name: string): boolean {
    return this.definedNames().some((n) => n.localSheetId === null && sameTableName(n.name, name));
  }

  /**
   * Adds a worksheet part at the end of the workbook, with its relationship and
   * content type; returns its entry.
   */
  addSheet(name: string, part: string, state: SheetState = "visible"): SheetEntry {
    const rid = addRelationship(this.pkg, this.part, REL_TYPES.worksheet, part);
    addContentTypes(this.pkg, [{ part, type: CONTENT_TYPES.worksheet }]);
    const all = this.sheets();
    const sheetId = Math.max(0, ...all.map((s) => s.sheetId)) + 1;
    const { text, found } = this.elements((n, depth) => depth === 2 && n === el("sheets"));
    const sheets = found[0];
    if (!sheets) throw new Error(`${this.part} has no <sheets>`);
    const rPrefix = this.prefixFor(text, NS_R);
    const tag = qualified(prefixOf(sheets.qname), "sheet");
    const ridAttr = rPrefix === null ? `xmlns:r="${NS_R}" r:id` : `${rPrefix}:id`;
    const stateAttr = state === "visible" ? "" : ` state="${state}"`;
    const entry = `<${tag} name="${xmlAttr(name)}" sheetId="${sheetId}"${stateAttr} ${ridAttr}="${xmlAttr(rid)}"/>`;
    this.pkg.set(this.part, applySplices(text, appendChildren(sheets, entry)));
    return { name, sheetId, rid, state, part, kind: "worksheet", index: all.length };
  }

  /** Sets a sheet's visibility (its <sheet state>). */
  setState(name: string, state: SheetState): void {
    const { text, found } = this.elements((n, depth) => depth === 3 && n === el("sheet"));
    const target = found.find((s) => sameSheetName(s.attributes.name ?? "", name));
    if (!target) return;
    this.pkg.set(this.part, applySplices(text, [setAttribute(text, target, "state", state)]));
  }

  /**
   * Defines a name, or gives an existing one of the same scope a new value.
   * `localSheetId` scopes it to a sheet (Print_Titles); null is workbook-wide.
   */
  setName(name: string, value: string, localSheetId: number | null = null): void {
    const { text, found } = this.elements(
      (n, depth) =>
        (depth === 2 && (n === el("definedNames") || NAMES_AFTER.has(n))) ||
        (depth === 3 && n === el("definedName")),
    );
    const names = found.filter((e) => e.name === el("definedName"));
    const same = names.find(
      (d) =>
        sameTableName(d.attributes.name ?? "", name) &&
        (d.attributes.localSheetId === undefined ? null : Number(d.attributes.localSheetId)) === localSheetId,
    );
    if (same && !same.selfClosing) {
      this.pkg.set(
        this.part,
        applySplices(text, [{ start: same.openEnd, end: same.closeStart, text: xmlText(value) }]),
      );
      return;
    }
    const container = found.find((e) => e.name === el("definedNames"));
    const root = this.rootPrefix(text);
    const tag = qualified(root, "definedName");
    const local = localSheetId === null ? "" : ` localSheetId="${localSheetId}"`;
    const entry = `<${tag} name="${xmlAttr(name)}"${local}>${xmlText(value)}</${tag}>`;
    const splices: Splice[] = [];
    if (same) splices.push({ start: same.openStart, end: same.closeEnd, text: "" });
    if (container) splices.push(...appendChildren(container, entry));
    else {
      // <definedNames> follows <sheets>, <functionGroups> and <externalReferences>.
      const before = found.filter((e) => NAMES_AFTER.has(e.name)).pop();
      const at = before ? before.closeEnd : text.length;
      const wrap = qualified(root, "definedNames");
      splices.push({ start: at, end: at, text: `<${wrap}>${entry}</${wrap}>` });
    }
    this.pkg.set(this.part, applySplices(text, splices));
  }

  /**
   * Makes the workbook open on a visible sheet: when the window's active tab is a
   * hidden one (a new workbook whose first sheet is the hidden lists sheet), the
   * first visible sheet becomes active. A user's own choice of tab is left alone.
   */
  showVisibleTab(): void {
    const sheets = this.sheets();
    const firstVisible = sheets.find((s) => s.state === "visible");
    if (!firstVisible) return;
    const { text, found } = this.elements((n, depth) => depth === 3 && n === el("workbookView"));
    const view = found[0];
    if (!view) return;
    const active = Number(view.attributes.activeTab ?? 0);
    if (sheets[active]?.state === "visible") return;
    const splices = [setAttribute(text, view, "activeTab", String(firstVisible.index))];
    if (view.attributes.firstSheet !== undefined)
      splices.push(setAttribute(text, view, "firstSheet", String(firstVisible.index)));
    this.pkg.set(this.part, applySplices(text, splices));
  }

  /** Asks Excel to recalculate everything when the file is opened (formulas whose inputs we moved). */
  calculateOnLoad(): void {
    const { text, found } = this.elements(
      (n, depth) => depth === 2 && (n === el("calcPr") || CALC_AFTER.has(n)),
    );
    const calc = found.find((e) => e.name === el("calcPr"));
    if (calc) {
      this.pkg.set(this.part, applySplices(text, [setAttribute(text, calc, "fullCalcOnLoad", "1")]));
      return;
    }
    const before = found.filter((e) => CALC_AFTER.has(e.name)).pop();
    const at = before ? before.closeEnd : text.length;
    const tag = qualified(this.rootPrefix(text), "calcPr");
    this.pkg.set(
      this.part,
      applySplices(text, [{ start: at, end: at, text: `<${tag} fullCalcOnLoad="1"/>` }]),
    );
  }

  private rootPrefix(text: string): string {
    const [root] = findElements(text, (_n, depth) => depth === 1, this.part);
    return root ? prefixOf(root.qname) : "";
  }

  /** The prefix the root element binds to a namespace, "" for the default one, or null when unbound there. */
  private prefixFor(text: string, uri: string): string | null {
    const [root] = findElements(text, (_n, depth) => depth === 1, this.part);
    if (!root) return null;
    const tag = text.slice(root.openStart, root.openEnd);
    const m = new RegExp(
      `xmlns:([A-Za-z_][\\w.-]*)\\s*=\\s*["']${uri.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}["']`,
    ).exec(tag);
    return m ? (m[1] ?? null) : null;
  }
}

type ElementsAt = { text: string; found: ReturnType<typeof findElements> };

/** Elements <definedNames> comes after (CT_Workbook order). */
const NAMES_AFTER: ReadonlySet<string> = new Set(elementsBefore(WORKBOOK_ORDER, "definedNames").map(el));
/** Elements <calcPr> comes after. */
const CALC_AFTER: ReadonlySet<string> = new Set(elementsBefore(WORKBOOK_ORDER, "calcPr").map(el));

/** Text content as written (entities decoded). */
function decodeText(raw: string): string {
  return raw
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(x?)([0-9a-fA-F]+);/g, (_m, hex: string, d: string) =>
      String.fromCodePoint(parseInt(d, hex ? 16 : 10)),
    )
    .replace(/&amp;/g, "&");
}

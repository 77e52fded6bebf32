/**
 * The workbook's styles, appended to and never renumbered: a style the writer
 * needs (a number format, a font, a fill, alignment, protection) becomes new
 * entries at the end of numFmts, fonts, fills, cellXfs or dxfs, so every index
 * the user's cells, tables and conditional formats hold still means what it
 * meant. New fonts start from the workbook's default font (its name and size),
 * as Excel's own formatting does. `flush` splices the additions into styles.xml.
 */
import { CONTENT_TYPES, NS_SML, REL_TYPES, sml as el, STYLESHEET_ORDER } from "../../ooxml";
import type { Package } from "../package";
import { addContentTypes, addRelationship } from "./packageEdits";
import {
  appendChildren,
  applySplices,
  findElements,
  findInFragment,
  namespaceDeclarations,
  prefixOf,
  qualified,
  setAttribute,
  type ElementAt,
  type Splice,
} from "./xmlSplice";
import { XML_DECLARATION, xmlAttr } from "./xmlText";

/** Built-in number formats (ECMA-376 §18.8.30) the writer uses or may meet. */
const BUILT_IN: ReadonlyMap<number, string> = new Map([
  [0, "General"],
  [1, "0"],
  [2, "0.00"],
  [3, "#,##0"],
  [4, "#,##0.00"],
  [9, "0%"],
  [10, "0.00%"],
  [11, "0.00E+00"],
  [12, "# ?/?"],
  [13, "# ??/??"],
  [14, "mm-dd-yy"],
  [15, "d-mmm-yy"],
  [16, "d-mmm"],
  [17, "mmm-yy"],
  [18, "h:mm AM/PM"],
  [19, "h:mm:ss AM/PM"],
  [20, "h:mm"],
  [21, "h:mm:ss"],
  [22, "m/d/yy h:mm"],
  [37, "#,##0 ;(#,##0)"],
  [38, "#,##0 ;[Red](#,##0)"],
  [39, "#,##0.00;(#,##0.00)"],
  [40, "#,##0.00;[Red](#,##0.00)"],
  [45, "mm:ss"],
  [46, "[h]:mm:ss"],
  [47, "mmss.0"],
  [48, "##0.0E+0"],
  [49, "@"],
]);
/** Codes the writer asks for that are built in (so no numFmt is added for them). */
const BUILT_IN_IDS: ReadonlyMap<string, number> = new Map([
  ["General", 0],
  ["0", 1],
  ["#,##0", 3],
  ["0%", 9],
  ["@", 49],
]);

export type FontLook = {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly size?: number;
  /** "#RRGGBB" */
  readonly color?: string;
};

/** A cell style the writer needs. */
export type CellStyle = {
  readonly numFmt: string;
  readonly font?: FontLook;
  /** Solid fill "#RRGGBB". */
  readonly fill?: string;
  readonly wrap?: boolean;
  readonly top?: boolean;
  /** Horizontal alignment; the default (general: text left, numbers right) when absent. */
  readonly horizontal?: "right";
  /** False leaves the cell open for typing on a protected sheet. */
  readonly locked?: boolean;
};

/** A differential format (conditional formats): fill and font colour. */
export type Dxf = { readonly fill: string; readonly font: string };

function argb(hex: string): string {
  return `FF${hex.replace(/^#/, "").toUpperCase()}`;
}

/** What an existing cell format says: its number format and whether it locks the cell. */
export type XfInfo = { readonly numFmt: string; readonly locked: boolean };

type Section = "numFmts" | "fonts" | "fills" | "borders" | "cellXfs" | "dxfs";
const SECTIONS: readonly Section[] = ["numFmts", "fonts", "fills", "borders", "cellXfs", "dxfs"];

/** A minimal styles part (Excel's defaults: Calibri 11, the two required fills, one border). */
export function minimalStylesXml(): string {
  return (
    XML_DECLARATION +
    `<styleSheet xmlns="${NS_SML}">` +
    `<fonts count="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>` +
    `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
    `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
    `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
    `<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>` +
    `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
    `<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>` +
    `</styleSheet>`
  );
}

export class StyleBook {
  readonly part: string;
  private readonly prefix: string;
  /** The styles root's namespace declarations, for parsing pieces of the part on their own. */
  private readonly ns: string;
  private readonly counts: Record<Section, number>;
  private readonly added: Record<Section, string[]> = {
    numFmts: [],
    fonts: [],
    fills: [],
    borders: [],
    cellXfs: [],
    dxfs: [],
  };
  private readonly keys = new Map<string, number>();
  private readonly formatIds = new Map<string, number>();
  private readonly customCodes = new Map<number, string>();
  private nextFormatId: number;
  private readonly baseFont: { size: number; rest: string; color: string };
  private readonly hasCellStyleXfs: boolean;
  /** The text of each existing cellXfs <xf>, for infoOf and derived styles. */
  private readonly xfTexts: string[];

  /** The styles of the workbook whose workbook part is `workbookPart`; a missing styles part is created. */
  constructor(
    private readonly pkg: Package,
    workbookPart: string,
  ) {
    const rel = pkg.relationships(workbookPart).find((r) => r.type === REL_TYPES.styles && r.part);
    let part = rel?.part ? pkg.find(rel.part) : null;
    if (!part) {
      part = "xl/styles.xml";
      pkg.set(part, minimalStylesXml());
      addRelationship(pkg, workbookPart, REL_TYPES.styles, part);
      addContentTypes(pkg, [{ part, type: CONTENT_TYPES.styles }]);
    }
    this.part = part;
    const text = pkg.text(part);
    const found = findElements(text, (_n, depth) => depth <= 4, part);
    const root = found.find((e) => e.depth === 1);
    this.prefix = root ? prefixOf(root.qname) : "";
    this.ns = namespaceDeclarations(text, root);
    const section = (name: string) => found.find((e) => e.depth === 2 && e.name === el(name));
    const childrenOf = (parent: ElementAt | undefined, local: string) =>
      parent
        ? found.filter(
            (e) =>
              e.depth === parent.depth + 1 &&
              e.name === el(local) &&
              e.openStart > parent.openStart &&
              e.closeEnd <= parent.closeEnd,
          )
        : [];
    this.counts = {
      numFmts: childrenOf(section("numFmts"), "numFmt").length,
      fonts: childrenOf(section("fonts"), "font").length,
      fills: childrenOf(section("fills"), "fill").length,
      borders: childrenOf(section("borders"), "border").length,
      cellXfs: childrenOf(section("cellXfs"), "xf").length,
      dxfs: childrenOf(section("dxfs"), "dxf").length,
    };
    this.hasCellStyleXfs = childrenOf(section("cellStyleXfs"), "xf").length > 0;
    let maxId = 163;
    for (const f of childrenOf(section("numFmts"), "numFmt")) {
      const id = Number(f.attributes.numFmtId);
      const code = f.attributes.formatCode ?? "";
      if (!Number.isInteger(id)) continue;
      this.customCodes.set(id, code);
      if (!this.formatIds.has(code)) this.formatIds.set(code, id);
      maxId = Math.max(maxId, id);
    }
    this.nextFormatId = maxId + 1;
    const font0 = childrenOf(section("fonts"), "font")[0];
    this.baseFont = font0
      ? this.baseFontOf(text, font0)
      : { size: 11, rest: '<name val="Calibri"/><family val="2"/>', color: "" };
    this.xfTexts = childrenOf(section("cellXfs"), "xf").map((x) => text.slice(x.openStart, x.closeEnd));
  }

  /** Size, colour and the rest (name, family, charset, scheme) of the default font, as written. */
  private baseFontOf(text: string, font: ElementAt): { size: number; rest: string; color: string } {
    const children = findInFragment(
      text.slice(font.openStart, font.closeEnd),
      this.ns,
      (_n, d) => d === 2,
      this.part,
    );
    const offset = font.openStart;
    let size = 11;
    let color = "";
    let rest = "";
    for (const c of children) {
      const local = c.name.slice(c.name.lastIndexOf("}") + 1);
      const raw = text.slice(offset + c.openStart, offset + c.closeEnd);
      if (local === "sz") size = Number(c.attributes.val ?? 11) || 11;
      else if (local === "color") color = raw;
      else if (["name", "family", "charset", "scheme"].includes(local)) rest += raw;
    }
    return { size, rest, color };
  }

  private tag(local: string): string {
    return qualified(this.prefix, local);
  }

  private add(section: Section, xml: string, key: string): number {
    const known = this.keys.get(`${section}|${key}`);
    if (known !== undefined) return known;
    const index = this.counts[section] + this.added[section].length;
    this.added[section].push(xml);
    this.keys.set(`${section}|${key}`, index);
    return index;
  }

  /** The id of a number format code: built in, already defined, or added. */
  numFmtId(code: string): number {
    const builtIn = BUILT_IN_IDS.get(code);
    if (builtIn !== undefined) return builtIn;
    const known = this.formatIds.get(code);
    if (known !== undefined) return known;
    const id = this.nextFormatId++;
    this.formatIds.set(code, id);
    this.customCodes.set(id, code);
    this.add("numFmts", `<${this.tag("numFmt")} numFmtId="${id}" formatCode="${xmlAttr(code)}"/>`, code);
    return id;
  }

  /** The code of a number format id. */
  codeOf(id: number): string {
    return this.customCodes.get(id) ?? BUILT_IN.get(id) ?? "General";
  }

  private fontId(look: FontLook | undefined): number {
    if (!look || Object.keys(look).length === 0) return 0;
    const t = (l: string) => this.tag(l);
    const xml =
      `<${t("font")}>` +
      (look.bold ? `<${t("b")}/>` : "") +
      (look.italic ? `<${t("i")}/>` : "") +
      `<${t("sz")} val="${look.size ?? this.baseFont.size}"/>` +
      (look.color ? `<${t("color")} rgb="${argb(look.color)}"/>` : this.baseFont.color) +
      this.baseFont.rest +
      `</${t("font")}>`;
    return this.add("fonts", xml, JSON.stringify(look));
  }

  private fillId(fill: string | undefined): number {
    if (!fill) return 0;
    const t = (l: string) => this.tag(l);
    const xml = `<${t("fill")}><${t("patternFill")} patternType="solid"><${t("fgColor")} rgb="${argb(fill)}"/><${t("bgColor")} indexed="64"/></${t("patternFill")}></${t("fill")}>`;
    return this.add("fills", xml, fill);
  }

  /** The cellXfs index of a style (added once, shared by every cell that needs it). */
  cellStyle(style: CellStyle): number {
    const t = (l: string) => this.tag(l);
    const numFmtId = this.numFmtId(style.numFmt);
    const fontId = this.fontId(style.font);
    const fillId = this.fillId(style.fill);
    const alignment =
      style.wrap || style.top || style.horizontal
        ? `<${t("alignment")}${style.horizontal ? ` horizontal="${style.horizontal}"` : ""}${style.top ? ' vertical="top"' : ""}${style.wrap ? ' wrapText="1"' : ""}/>`
        : "";
    const protection = style.locked === false ? `<${t("protection")} locked="0"/>` : "";
    const attrs =
      `numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="0"` +
      (this.hasCellStyleXfs ? ' xfId="0"' : "") +
      (numFmtId !== 0 ? ' applyNumberFormat="1"' : "") +
      (fontId !== 0 ? ' applyFont="1"' : "") +
      (fillId !== 0 ? ' applyFill="1"' : "") +
      (alignment ? ' applyAlignment="1"' : "") +
      (protection ? ' applyProtection="1"' : "");
    const body = alignment + protection;
    // The default format itself is index 0 (every workbook has it).
    if (numFmtId === 0 && fontId === 0 && fillId === 0 && body === "" && this.counts.cellXfs > 0) return 0;
    const xml = body ? `<${t("xf")} ${attrs}>${body}</${t("xf")}>` : `<${t("xf")} ${attrs}/>`;
    return this.add("cellXfs", xml, `${numFmtId}|${fontId}|${fillId}|${alignment}|${protection}`);
  }

  /** The differential format of a conditional format's fill and font colour. */
  dxf(d: Dxf): number {
    const t = (l: string) => this.tag(l);
    const xml =
      `<${t("dxf")}><${t("font")}><${t("color")} rgb="${argb(d.font)}"/></${t("font")}>` +
      `<${t("fill")}><${t("patternFill")}><${t("bgColor")} rgb="${argb(d.fill)}"/></${t("patternFill")}></${t("fill")}></${t("dxf")}>`;
    return this.add("dxfs", xml, `${d.fill}|${d.font}`);
  }

  private xfText(index: number): string {
    const existing = this.xfTexts[index];
    if (existing !== undefined) return existing;
    return (
      this.added.cellXfs[index - this.counts.cellXfs] ??
      this.xfTexts[0] ??
      `<${this.tag("xf")} numFmtId="0" fontId="0" fillId="0" borderId="0"/>`
    );
  }

  /** The number format and lock of a cell format (an index out of range reads as the default). */
  infoOf(index: number): XfInfo {
    const xml = this.xfText(index);
    const [xf] = findInFragment(xml, this.ns, (_n, d) => d === 1, this.part);
    const numFmt = this.codeOf(Number(xf?.attributes.numFmtId ?? 0));
    const locked = !/<(?:\w+:)?protection\b[^>]*\blocked\s*=\s*["'](?:0|false)["']/.test(xml);
    return { numFmt, locked };
  }

  /**
   * A cell format like `index` (font, fill, borders, alignment kept) with another
   * number format and/or lock: what a new table row takes from the row above, or a
   * cell unlocked for a hand-out. Returns `index` itself when nothing changes.
   */
  derived(index: number, change: { numFmt?: string; locked?: boolean }): number {
    const info = this.infoOf(index);
    const numFmt = change.numFmt ?? info.numFmt;
    const locked = change.locked ?? info.locked;
    if (numFmt === info.numFmt && locked === info.locked) return index;
    const xml = this.xfText(index);
    const [xf] = findInFragment(xml, this.ns, (_n, d) => d === 1, this.part);
    if (!xf) return index;
    const splices: Splice[] = [];
    if (numFmt !== info.numFmt) {
      splices.push(setAttribute(xml, xf, "numFmtId", String(this.numFmtId(numFmt))));
      splices.push(setAttribute(xml, xf, "applyNumberFormat", "1"));
    }
    let out = applySplices(xml, splices);
    if (locked !== info.locked) out = withProtection(out, locked, this.prefix, this.ns, this.part);
    return this.add("cellXfs", out, `derived|${out}`);
  }

  /** Writes the additions into styles.xml (no change when nothing was added). */
  flush(): void {
    if (SECTIONS.every((s) => this.added[s].length === 0)) return;
    const text = this.pkg.text(this.part);
    const found = findElements(text, (_n, depth) => depth <= 2, this.part);
    const splices: Splice[] = [];
    for (const section of SECTIONS) {
      const items = this.added[section];
      if (items.length === 0) continue;
      const count = String(this.counts[section] + items.length);
      const at = found.find((e) => e.depth === 2 && e.name === el(section));
      if (at) {
        splices.push(setAttribute(text, at, "count", count));
        splices.push(...appendChildren(at, items.join("")));
        continue;
      }
      // A section the part lacks goes before the first section that follows it.
      const rank = STYLESHEET_ORDER.indexOf(section);
      const next = found.find(
        (e) => e.depth === 2 && STYLESHEET_ORDER.indexOf(e.name.slice(e.name.lastIndexOf("}") + 1)) > rank,
      );
      const root = found.find((e) => e.depth === 1);
      const pos = next ? next.openStart : (root?.closeStart ?? text.length);
      splices.push({
        start: pos,
        end: pos,
        text: `<${this.tag(section)} count="${count}">${items.join("")}</${this.tag(section)}>`,
      });
    }
    this.pkg.set(this.part, applySplices(text, splices));
    for (const section of SECTIONS) {
      this.counts[section] += this.added[section].length;
      if (section === "cellXfs") this.xfTexts.push(...this.added.cellXfs);
      this.added[section] = [];
    }
  }
}

/** An <xf>'s text with its protection set (locked or not). */
function withProtection(xml: string, locked: boolean, prefix: string, ns: string, part: string): string {
  const protectionTag = qualified(prefix, "protection");
  const found = findInFragment(xml, ns, (_n, d) => d <= 2, part);
  const xf = found.find((e) => e.depth === 1);
  if (!xf) return xml;
  const protection = found.find((e) => e.depth === 2 && e.name === el("protection"));
  const value = locked ? "1" : "0";
  const splices: Splice[] = [setAttribute(xml, xf, "applyProtection", "1")];
  if (protection) splices.push(setAttribute(xml, protection, "locked", value));
  else {
    const ext = found.find((e) => e.depth === 2 && e.name === el("extLst"));
    const child = `<${protectionTag} locked="${value}"/>`;
    if (ext) splices.push({ start: ext.openStart, end: ext.openStart, text: child });
    else splices.push(...appendChildren(xf, child));
  }
  return applySplices(xml, splices);
}

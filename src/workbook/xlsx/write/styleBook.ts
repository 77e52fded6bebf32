/**
 * The workbook's styles, appended to and never renumbered: a style the writer
 * needs (a number format, a font, a fill, alignment, protection) becomes new
 * entries at the end of numFmts, fonts, fills, cellXfs or dxfs, so every index
 * the user's cells, tables and conditional formats hold still means what it
 * meant. New fonts start from the workbook's default font (its name and size),
 * as Excel's own formatting does. `flush` splices the additions into styles.xml.
 */
import { CONTENT_TYPES, REL_TYPES } from "../../ooxml";
import type { Package } from "../package";
import { BUILT_IN, BUILT_IN_IDS } from "./builtInFormats";
import { addContentTypes, addRelationship } from "./packageEdits";
import {
  additionSplices,
  type BaseFont,
  minimalStylesXml,
  readStylesPart,
  type Section,
  SECTIONS,
  withProtection,
} from "./stylesPart";
import { applySplices, findInFragment, qualified, setAttribute, type Splice } from "./xmlSplice";
import { xmlAttr } from "./xmlText";

export { minimalStylesXml };

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
  private readonly baseFont: BaseFont;
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
    const read = readStylesPart(pkg.text(part), part);
    this.prefix = read.prefix;
    this.ns = read.ns;
    this.counts = read.counts;
    this.hasCellStyleXfs = read.hasCellStyleXfs;
    let maxId = 163;
    for (const { id, code } of read.numFmts) {
      if (!Number.isInteger(id)) continue;
      this.customCodes.set(id, code);
      if (!this.formatIds.has(code)) this.formatIds.set(code, id);
      maxId = Math.max(maxId, id);
    }
    this.nextFormatId = maxId + 1;
    this.baseFont = read.baseFont;
    this.xfTexts = read.xfTexts;
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
    const splices = additionSplices(text, this.part, this.prefix, this.counts, this.added);
    this.pkg.set(this.part, applySplices(text, splices));
    for (const section of SECTIONS) {
      this.counts[section] += this.added[section].length;
      if (section === "cellXfs") this.xfTexts.push(...this.added.cellXfs);
      this.added[section] = [];
    }
  }
}

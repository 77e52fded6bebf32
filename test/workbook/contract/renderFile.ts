/**
 * A saved .xlsx file as a RenderedWorkbook (see test/app/renderedWorkbook.ts),
 * read from its XML as Excel would resolve it: each cell's style through
 * styles.xml (number format, font, fill, alignment, protection), the sheets'
 * columns, panes, merges, validations, conditional formats (through their dxfs),
 * print setup, protection, tables, workbook names and the charts of each sheet's
 * drawing. Values come from the product's own reader (dates as serials).
 */
import { columnIndex } from "../../../src/core/cells/cells";
import { isoFromUtcDate, isoToSerial } from "../../../src/core/dates/dates";
import { charactersOfFileWidth } from "../../../src/workbook/xlsx/write/columnWidths";
import { Package, childElements, firstChild, textContent } from "../../../src/workbook/xlsx/package";
import { descendants, type XmlElement } from "../../../src/workbook/xlsx/package/xmlTree";
import { readPackageWorkbook } from "../../../src/workbook/xlsx/read/readPackage";
import { findWorkbookPart } from "../../../src/workbook/xlsx/read/workbookPart";
import {
  areaRef,
  plainRef,
  renderedSheet,
  type RenderedCell,
  type RenderedChart,
  type RenderedLook,
  type RenderedSheet,
  type RenderedWorkbook,
} from "../../app/renderedWorkbook";

const SML = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const s = (local: string) => `{${SML}}${local}`;
const c = (local: string) => `{${C}}${local}`;

const BUILT_IN: Readonly<Record<number, string>> = { 0: "General", 1: "0", 3: "#,##0", 9: "0%", 49: "@" };

type Xf = { fmt: string; look: RenderedLook; locked: boolean };

const hex = (argb: string | undefined): string | undefined =>
  argb && /^[0-9A-F]{8}$/i.test(argb) ? `#${argb.slice(2).toUpperCase()}` : undefined;

function readStyles(
  pkg: Package,
  part: string | null,
): { xfs: Xf[]; dxfs: { fill: string | null; font: string | null }[] } {
  if (!part) return { xfs: [], dxfs: [] };
  const root = pkg.xml(part);
  const codes = new Map<number, string>();
  for (const f of descendants(root, s("numFmt")))
    codes.set(Number(f.attributes.numFmtId), f.attributes.formatCode ?? "");
  const fontsEl = firstChild(root, s("fonts"));
  const fonts = fontsEl ? childElements(fontsEl, s("font")) : [];
  const defaultSize = Number(fonts[0] ? firstChild(fonts[0], s("sz"))?.attributes.val : 11) || 11;
  const fontLook = (f: XmlElement | undefined): RenderedLook => {
    if (!f) return {};
    const look: RenderedLook = {};
    if (firstChild(f, s("b"))) look.bold = true;
    if (firstChild(f, s("i"))) look.italic = true;
    const size = Number(firstChild(f, s("sz"))?.attributes.val ?? defaultSize);
    if (size !== defaultSize) look.size = size;
    const color = hex(firstChild(f, s("color"))?.attributes.rgb);
    if (color) look.color = color;
    return look;
  };
  const fillsEl = firstChild(root, s("fills"));
  const fills = fillsEl ? childElements(fillsEl, s("fill")) : [];
  const xfsEl = firstChild(root, s("cellXfs"));
  const xfs = (xfsEl ? childElements(xfsEl, s("xf")) : []).map((xf): Xf => {
    const id = Number(xf.attributes.numFmtId ?? 0);
    const look = { ...fontLook(fonts[Number(xf.attributes.fontId ?? 0)]) };
    const pattern = fills[Number(xf.attributes.fillId ?? 0)];
    const solid = pattern ? firstChild(pattern, s("patternFill")) : undefined;
    const fill =
      solid?.attributes.patternType === "solid"
        ? hex(firstChild(solid, s("fgColor"))?.attributes.rgb)
        : undefined;
    if (fill) look.fill = fill;
    const alignment = firstChild(xf, s("alignment"));
    if (alignment?.attributes.wrapText === "1") look.wrap = true;
    if (alignment?.attributes.vertical === "top") look.top = true;
    if (alignment?.attributes.horizontal === "right") look.right = true;
    const locked = firstChild(xf, s("protection"))?.attributes.locked !== "0";
    return { fmt: codes.get(id) ?? BUILT_IN[id] ?? `#${id}`, look, locked };
  });
  const dxfsEl = firstChild(root, s("dxfs"));
  const dxfs = (dxfsEl ? childElements(dxfsEl, s("dxf")) : []).map((d) => ({
    fill: hex(descendants(d, s("bgColor"))[0]?.attributes.rgb) ?? null,
    font: hex(descendants(d, s("color"))[0]?.attributes.rgb) ?? null,
  }));
  return { xfs, dxfs };
}

/** "B7" → [row, col], 0-based. */
function cellAt(ref: string): [number, number] {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(ref) ?? ["", "A", "1"];
  return [Number(m[2]) - 1, columnIndex(m[1] ?? "A")];
}

/** The bounding box of chart series references ("'Sheet'!$A$2:$A$5"), as "A1:C5". */
function boundingRef(refs: readonly string[]): string {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (const ref of refs) {
    const local = plainRef(ref).split("!").pop() ?? "";
    for (const corner of local.split(":")) {
      const [r, k] = cellAt(corner);
      top = Math.min(top, r);
      bottom = Math.max(bottom, r);
      left = Math.min(left, k);
      right = Math.max(right, k);
    }
  }
  return areaRef(top, left, bottom - top + 1, right - left + 1);
}

function chartOf(xml: XmlElement, anchor: XmlElement): RenderedChart {
  const bar = descendants(xml, c("barChart"))[0];
  const dir = bar ? firstChild(bar, c("barDir"))?.attributes.val : "";
  const grouping = bar ? firstChild(bar, c("grouping"))?.attributes.val : "";
  const type = `${dir === "bar" ? "bar" : "column"}${grouping === "stacked" ? "Stacked" : "Clustered"}`;
  const title = descendants(firstChild(firstChild(xml, c("chart")) ?? xml, c("title")) ?? xml, `{${A}}t`)
    .map(textContent)
    .join("");
  const refs = descendants(xml, c("f")).map(textContent);
  const series = descendants(xml, c("ser"));
  const names = series.map((x) => textContent(descendants(firstChild(x, c("tx")) ?? x, c("f"))[0] ?? x));
  // Series named by cells of one row are the columns of the data.
  const rows = new Set(names.map((n) => cellAt((plainRef(n).split("!").pop() ?? "").split(":")[0] ?? "")[0]));
  const marker = (tag: string): [number, number] => {
    const m = firstChild(anchor, `{${XDR}}${tag}`);
    return [
      Number(textContent(firstChild(m ?? anchor, `{${XDR}}row`) ?? anchor)),
      Number(textContent(firstChild(m ?? anchor, `{${XDR}}col`) ?? anchor)),
    ];
  };
  const [fromRow, fromCol] = marker("from");
  const [toRow, toCol] = marker("to");
  return {
    type,
    title,
    data: boundingRef(refs),
    seriesBy: rows.size <= 1 ? "columns" : "rows",
    anchor: areaRef(fromRow, fromCol, toRow - fromRow, toCol - fromCol),
    fills: series.map((x) => {
      const fill = firstChild(firstChild(x, c("spPr")) ?? x, `{${A}}solidFill`);
      const rgb = fill ? firstChild(fill, `{${A}}srgbClr`)?.attributes.val : undefined;
      return rgb ? `#${rgb.toUpperCase()}` : null;
    }),
  };
}

/** The bytes of an .xlsx file as a person would find the workbook. */
export function renderFile(bytes: Uint8Array): RenderedWorkbook {
  const pkg = Package.open(bytes);
  const workbookPart = findWorkbookPart(pkg) ?? "xl/workbook.xml";
  const read = readPackageWorkbook(pkg, workbookPart);
  const { xfs, dxfs } = readStyles(pkg, read.info.stylesPart);
  const xfOf = (i: number): Xf => xfs[i] ?? { fmt: "General", look: {}, locked: true };
  const sheets: RenderedSheet[] = [];
  const tables: RenderedWorkbook["tables"] = [];
  read.info.sheets.forEach((info, index) => {
    if (info.kind !== "worksheet" || !info.part) return;
    const out = renderedSheet(info.name);
    out.visibility = info.state;
    const root = pkg.xml(info.part);
    const values = read.raw.sheets.find((x) => x.sheet === info.name);
    const valueAt = (r: number, k: number) => {
      const v = values?.values[r - values.top]?.[k - values.left];
      if (v instanceof Date) return isoToSerial(isoFromUtcDate(v) ?? "");
      return v === undefined || v === "" ? null : v;
    };
    const unlocked = new Set<string>();
    for (const row of descendants(root, s("row"))) {
      if (row.attributes.customHeight === "1")
        out.heights.set(Number(row.attributes.r) - 1, Number(row.attributes.ht));
      for (const cell of childElements(row, s("c"))) {
        const [r, k] = cellAt(cell.attributes.r ?? "A1");
        const xf = xfOf(Number(cell.attributes.s ?? 0));
        const rendered: RenderedCell = { v: valueAt(r, k), fmt: xf.fmt, ...xf.look };
        out.cells.set(`${r},${k}`, rendered);
        if (!xf.locked) unlocked.add(`${r},${k}`);
      }
    }
    for (const col of descendants(root, s("col"))) {
      if (col.attributes.width === undefined) continue;
      for (let k = Number(col.attributes.min); k <= Number(col.attributes.max); k++)
        out.widths.set(k - 1, charactersOfFileWidth(Number(col.attributes.width)));
    }
    const pane = descendants(root, s("pane"))[0];
    if (pane?.attributes.state === "frozen") out.frozenRows = Number(pane.attributes.ySplit ?? 0);
    out.merges = descendants(root, s("mergeCell")).map((m) => m.attributes.ref ?? "");
    out.validations = descendants(root, s("dataValidation")).map((v) => ({
      ref: v.attributes.sqref ?? "",
      formula: textContent(firstChild(v, s("formula1")) ?? v),
      alert:
        v.attributes.errorStyle === "warning"
          ? "warning"
          : v.attributes.errorStyle === "information"
            ? "information"
            : "stop",
      title: v.attributes.errorTitle ?? "",
      message: v.attributes.error ?? "",
    }));
    out.colours = descendants(root, s("conditionalFormatting")).flatMap((cf) =>
      childElements(cf, s("cfRule")).map((rule) => {
        const dxf = dxfs[Number(rule.attributes.dxfId ?? -1)];
        return {
          ref: cf.attributes.sqref ?? "",
          formula: textContent(firstChild(rule, s("formula")) ?? rule),
          fill: dxf?.fill ?? null,
          font: dxf?.font ?? null,
        };
      }),
    );
    const setup = descendants(root, s("pageSetup"))[0];
    if (setup) {
      const titles = read.info.definedNames.find(
        (n) => n.name === "_xlnm.Print_Titles" && n.localSheetId === index,
      );
      out.print = {
        orientation: setup.attributes.orientation ?? "portrait",
        paper: setup.attributes.paperSize === "9" ? "A4" : (setup.attributes.paperSize ?? "Letter"),
        fitToWidth: Number(setup.attributes.fitToWidth ?? 1),
        fitToHeight: Number(setup.attributes.fitToHeight ?? 1),
        titleRows: titles ? (plainRef(titles.formula).split("!").pop() ?? null) : null,
        // A break's id is the 0-based row it sits above.
        pageBreaks: descendants(root, s("rowBreaks"))
          .flatMap((b) => childElements(b, s("brk")))
          .map((b) => Number(b.attributes.id ?? 0) + 1)
          .sort((a, b) => a - b),
      };
    }
    const protection = descendants(root, s("sheetProtection"))[0];
    if (protection?.attributes.sheet === "1") out.protection = { unlocked };
    const rels = pkg.relationships(info.part);
    for (const t of read.tables.filter((x) => x.sheet === info.name)) {
      const style = firstChild(pkg.xml(t.part), s("tableStyleInfo"))?.attributes.name ?? "";
      tables.push({
        name: t.name,
        sheet: info.name,
        ref: areaRef(t.box.top, t.box.left, t.box.bottom - t.box.top + 1, t.box.right - t.box.left + 1),
        style,
      });
    }
    const drawing = descendants(root, s("drawing"))[0];
    const drawingPart = drawing ? rels.find((r) => r.id === drawing.attributes[`{${REL}}id`])?.part : null;
    if (drawingPart) {
      const chartRels = pkg.relationships(drawingPart);
      for (const anchor of childElements(pkg.xml(drawingPart))) {
        const ref = descendants(anchor, c("chart"))[0]?.attributes[`{${REL}}id`];
        const chartPart = chartRels.find((r) => r.id === ref)?.part;
        if (chartPart) out.charts.push(chartOf(pkg.xml(chartPart), anchor));
      }
    }
    sheets.push(out);
  });
  const names = new Map(
    read.info.definedNames.filter((n) => n.localSheetId === null).map((n) => [n.name, plainRef(n.formula)]),
  );
  return { sheets, tables, names };
}

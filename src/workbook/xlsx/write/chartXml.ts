/**
 * A report's charts as DrawingML chart parts (xl/charts/chartN.xml), the same
 * charts the Office adapter asks Excel for: clustered or stacked columns or bars,
 * one series per column (or row) of the chart's data table, the header giving the
 * series names and the first column the categories. Each series refers to the
 * sheet's cells and carries their current values as a cache, so a reader that does
 * not recalculate (or a viewer) draws the same chart.
 */
import { columnLetters } from "../../../core/cells";
import { NS_CHART, NS_DRAWING, NS_R } from "../../ooxml";
import type { LayoutArea, LayoutChart } from "../../../core/sheetLayout";
import { seriesColour } from "../../../core/style";
import { XML_DECLARATION, sheetRef, xmlAttr, xmlText } from "./xmlText";

/** What a chart cell holds, for the caches: text, a number, or nothing. */
export type ChartCell = { readonly v: string | number | null; readonly format?: string };

/** The cells of the sheet the chart is drawn from, by 0-based row and column. */
export type ChartCells = (row: number, col: number) => ChartCell | undefined;

const SHAPES: Readonly<
  Record<LayoutChart["type"], { dir: "col" | "bar"; grouping: "clustered" | "stacked" }>
> = {
  columnClustered: { dir: "col", grouping: "clustered" },
  columnStacked: { dir: "col", grouping: "stacked" },
  barClustered: { dir: "bar", grouping: "clustered" },
  barStacked: { dir: "bar", grouping: "stacked" },
};

/** An absolute reference to a run of cells on the sheet. */
function rangeRef(sheet: string, top: number, left: number, bottom: number, right: number): string {
  const start = `$${columnLetters(left)}$${top + 1}`;
  const end = `$${columnLetters(right)}$${bottom + 1}`;
  return `${sheetRef(sheet)}!${start === end ? start : `${start}:${end}`}`;
}

type Run = { ref: string; cells: (ChartCell | undefined)[] };

function run(sheet: string, cells: ChartCells, from: [number, number], to: [number, number]): Run {
  const [top, left] = from;
  const [bottom, right] = to;
  const out: (ChartCell | undefined)[] = [];
  for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) out.push(cells(r, c));
  return { ref: rangeRef(sheet, top, left, bottom, right), cells: out };
}

function textOf(cell: ChartCell | undefined): string | null {
  if (!cell || cell.v === null) return null;
  return typeof cell.v === "number" ? String(cell.v) : cell.v;
}

function strRef(r: Run): string {
  const points = r.cells
    .map((c, i) => {
      const t = textOf(c);
      return t === null ? "" : `<c:pt idx="${i}"><c:v>${xmlText(t)}</c:v></c:pt>`;
    })
    .join("");
  return `<c:strRef><c:f>${xmlText(r.ref)}</c:f><c:strCache><c:ptCount val="${r.cells.length}"/>${points}</c:strCache></c:strRef>`;
}

function numRef(r: Run): string {
  const format = r.cells.find((c) => c?.format)?.format ?? "General";
  const points = r.cells
    .map((c, i) =>
      typeof c?.v === "number" && Number.isFinite(c.v) ? `<c:pt idx="${i}"><c:v>${c.v}</c:v></c:pt>` : "",
    )
    .join("");
  return `<c:numRef><c:f>${xmlText(r.ref)}</c:f><c:numCache><c:formatCode>${xmlText(format)}</c:formatCode><c:ptCount val="${r.cells.length}"/>${points}</c:numCache></c:numRef>`;
}

/** The series of a chart: names, categories and values as runs of the data area. */
function seriesRuns(
  sheet: string,
  data: LayoutArea,
  by: LayoutChart["seriesBy"],
  cells: ChartCells,
): { name: Run; categories: Run; values: Run }[] {
  const top = data.row;
  const left = data.col;
  const bottom = data.row + data.rows - 1;
  const right = data.col + data.cols - 1;
  if (by === "columns") {
    const categories = run(sheet, cells, [top + 1, left], [bottom, left]);
    return Array.from({ length: data.cols - 1 }, (_, i) => ({
      name: run(sheet, cells, [top, left + 1 + i], [top, left + 1 + i]),
      categories,
      values: run(sheet, cells, [top + 1, left + 1 + i], [bottom, left + 1 + i]),
    }));
  }
  const categories = run(sheet, cells, [top, left + 1], [top, right]);
  return Array.from({ length: data.rows - 1 }, (_, i) => ({
    name: run(sheet, cells, [top + 1 + i, left], [top + 1 + i, left]),
    categories,
    values: run(sheet, cells, [top + 1 + i, left + 1], [top + 1 + i, right]),
  }));
}

function richText(text: string): string {
  return `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr b="1"/></a:pPr><a:r><a:rPr b="1"/><a:t>${xmlText(text)}</a:t></a:r></a:p></c:rich></c:tx>`;
}

const CAT_AX = 500_000_001;
const VAL_AX = 500_000_002;

function axes(dir: "col" | "bar"): string {
  const [catPos, valPos] = dir === "col" ? ["b", "l"] : ["l", "b"];
  const common = '<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>';
  return (
    `<c:catAx><c:axId val="${CAT_AX}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${catPos}"/><c:numFmt formatCode="General" sourceLinked="1"/>${common}` +
    `<c:crossAx val="${VAL_AX}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="${VAL_AX}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${valPos}"/><c:majorGridlines/><c:numFmt formatCode="General" sourceLinked="1"/>${common}` +
    `<c:crossAx val="${CAT_AX}"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>`
  );
}

/**
 * A series' solid fill, the layout's colour (src/core/style/seriesColours.ts): without
 * one, the reader picks, and LibreOffice draws no bars at all.
 */
function seriesShape(colour: string): string {
  const rgb = colour.replace(/^#/, "").toUpperCase();
  return `<c:spPr><a:solidFill><a:srgbClr val="${xmlAttr(rgb)}"/></a:solidFill></c:spPr>`;
}

/** The chart part of one layout chart drawn from the cells of sheet `sheet`. */
export function chartXml(sheet: string, chart: LayoutChart, cells: ChartCells): string {
  const shape = SHAPES[chart.type];
  const series = seriesRuns(sheet, chart.data, chart.seriesBy, cells)
    .map(
      (s, i) =>
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx>${strRef(s.name)}</c:tx>` +
        seriesShape(seriesColour(chart, i)) +
        `<c:invertIfNegative val="0"/><c:cat>${strRef(s.categories)}</c:cat><c:val>${numRef(s.values)}</c:val></c:ser>`,
    )
    .join("");
  const overlap = shape.grouping === "stacked" ? '<c:overlap val="100"/>' : "";
  return (
    XML_DECLARATION +
    `<c:chartSpace xmlns:c="${NS_CHART}" xmlns:a="${NS_DRAWING}" xmlns:r="${NS_R}">` +
    `<c:roundedCorners val="0"/>` +
    `<c:chart><c:title>${richText(chart.title)}<c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/><c:barChart><c:barDir val="${shape.dir}"/><c:grouping val="${shape.grouping}"/>` +
    `<c:varyColors val="0"/>${series}<c:gapWidth val="150"/>${overlap}` +
    `<c:axId val="${CAT_AX}"/><c:axId val="${VAL_AX}"/></c:barChart>${axes(shape.dir)}</c:plotArea>` +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `</c:chartSpace>`
  );
}

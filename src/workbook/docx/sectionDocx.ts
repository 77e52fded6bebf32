/**
 * The report section as a Word document (.docx). The `docx` package makes the
 * document: Word's built-in paragraph styles (Heading 1, Heading 2, Caption),
 * tables in the built-in "Table Grid" style with a header row that repeats on each
 * page, and no fonts or page setup of our own, so the section takes on the
 * municipality's template when pasted or inserted there. `docx` makes no charts, so
 * each chart is a placeholder paragraph at first; afterwards, through our own
 * package layer, each becomes an inline DrawingML chart (wp:inline with its alt text
 * in docPr descr) whose chart part comes from the same chart writer as the
 * workbook's charts, with the figures cached in it.
 */
import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  WidthType,
} from "docx";
import type { ReportSection, SectionChart, SectionTable } from "../../core/summary";
import type { LayoutChart } from "../../core/sheetLayout.types";
import { CONTENT_TYPES, NS_CHART, NS_DRAWING, NS_R, REL_TYPES } from "../ooxml";
import { addContentTypes, addRelationship, chartXml, type ChartCell, Package, xmlAttr } from "../xlsx";

const DOCUMENT_PART = "word/document.xml";
const STYLES_PART = "word/styles.xml";

/** A chart's size on the page: 15 cm × 9 cm, within the text width of A4 and Letter with usual margins. */
const CHART_WIDTH_EMU = 5_400_000;
const CHART_HEIGHT_EMU = 3_240_000;
/** docPr ids of the charts start here, clear of any the library gives. */
const FIRST_DRAWING_ID = 1001;

/**
 * Word's built-in "Table Grid" (the style Word gives a new table): a thin border on
 * every cell. Named as Word names it, so a template's own Table Grid takes over.
 */
const TABLE_GRID_STYLE =
  '<w:style w:type="table" w:styleId="TableGrid">' +
  '<w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="39"/>' +
  '<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>' +
  "<w:tblPr><w:tblBorders>" +
  ["top", "left", "bottom", "right", "insideH", "insideV"]
    .map((side) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="auto"/>`)
    .join("") +
  "</w:tblBorders></w:tblPr></w:style>";

/** The text of the placeholder paragraph that stands for chart `i` until the chart replaces it. */
function placeholder(i: number): string {
  return `CEMR-CHART-PLACEHOLDER-${i}`;
}

function tableOf(t: SectionTable): Table {
  const row = (cells: readonly { text: string; figure: boolean }[], header: boolean): TableRow =>
    new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: cells.map(
        (c) =>
          new TableCell({
            children: [
              new Paragraph({
                text: c.text,
                ...(c.figure && !header ? { alignment: AlignmentType.RIGHT } : {}),
              }),
            ],
          }),
      ),
    });
  return new Table({
    style: "TableGrid",
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      row(
        t.header.map((h) => ({ text: h, figure: false })),
        true,
      ),
      ...t.rows.map((r) => row(r, false)),
    ],
  });
}

/** The chart's figures as the cells of a small sheet: header row, then a row per category. */
function chartCells(c: SectionChart): { chart: LayoutChart; cells: (row: number, col: number) => ChartCell } {
  const area = { row: 0, col: 0, rows: c.rows.length + 1, cols: c.header.length };
  const chart: LayoutChart = {
    type: c.type,
    title: c.title,
    data: area,
    seriesBy: "columns",
    anchor: area,
    colours: c.colours,
  };
  const cells = (row: number, col: number): ChartCell => {
    if (row === 0) return { v: c.header[col] ?? null };
    const value = c.rows[row - 1]?.[col];
    return { v: value ?? null };
  };
  return { chart, cells };
}

/** The run that shows a chart inline, sized and described, naming its part by relationship. */
function chartRun(rid: string, id: number, c: SectionChart): string {
  return (
    `<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">` +
    `<wp:extent cx="${CHART_WIDTH_EMU}" cy="${CHART_HEIGHT_EMU}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>` +
    `<wp:docPr id="${id}" name="${xmlAttr(c.title)}" descr="${xmlAttr(c.alt)}"/><wp:cNvGraphicFramePr/>` +
    `<a:graphic xmlns:a="${NS_DRAWING}"><a:graphicData uri="${NS_CHART}">` +
    `<c:chart xmlns:c="${NS_CHART}" xmlns:r="${NS_R}" r:id="${xmlAttr(rid)}"/>` +
    `</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`
  );
}

/** The section as the bytes of a .docx file. */
export async function sectionDocx(section: ReportSection): Promise<Uint8Array> {
  const charts: SectionChart[] = [];
  const children: (Paragraph | Table)[] = [];
  for (const b of section.blocks) {
    if (b.kind === "heading") {
      const heading = b.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2;
      children.push(new Paragraph({ text: b.text, heading }));
    } else if (b.kind === "paragraph") children.push(new Paragraph({ text: b.text }));
    else if (b.kind === "table") {
      children.push(new Paragraph({ text: b.caption, style: "Caption", keepNext: true }));
      children.push(tableOf(b));
    } else {
      charts.push(b);
      children.push(new Paragraph({ text: placeholder(charts.length), keepNext: true }));
      children.push(new Paragraph({ text: b.caption, style: "Caption" }));
    }
  }
  const doc = new Document({
    title: section.title,
    styles: {
      // Sizes and weight only (no fonts): the library's headings are otherwise plain.
      default: {
        document: { paragraph: { spacing: { after: 120 } } },
        heading1: {
          run: { bold: true, size: 32 },
          paragraph: { keepNext: true, spacing: { before: 240, after: 120 } },
        },
        heading2: {
          run: { bold: true, size: 26 },
          paragraph: { keepNext: true, spacing: { before: 240, after: 80 } },
        },
      },
    },
    sections: [{ children }],
  });
  const pkg = Package.open(new Uint8Array(await Packer.toArrayBuffer(doc)));
  let xml = pkg.text(DOCUMENT_PART);
  charts.forEach((c, index) => {
    const i = index + 1;
    const part = `word/charts/chart${i}.xml`;
    const { chart, cells } = chartCells(c);
    pkg.set(part, chartXml(section.lang === "sv" ? "Blad1" : "Sheet1", chart, cells));
    addContentTypes(pkg, [{ part, type: CONTENT_TYPES.chart }]);
    const rid = addRelationship(pkg, DOCUMENT_PART, REL_TYPES.chart, part);
    const run = `<w:r><w:t xml:space="preserve">${placeholder(i)}</w:t></w:r>`;
    const at = xml.indexOf(run);
    if (at < 0) throw new Error(`the document has no place for chart ${i}`);
    xml = xml.slice(0, at) + chartRun(rid, FIRST_DRAWING_ID + index, c) + xml.slice(at + run.length);
  });
  // The library writes A4 page size and margins; the template's own section settings
  // should rule, so the section properties are left out (Word then uses its defaults).
  xml = xml.replace(/<w:sectPr>[\s\S]*?<\/w:sectPr>/, "");
  pkg.set(DOCUMENT_PART, xml);
  // The library's styles lack Table Grid (giving it imported styles drops all of its
  // own), so the one table style is added to its styles part.
  const styles = pkg.text(STYLES_PART);
  if (!styles.includes('w:styleId="TableGrid"')) {
    const end = styles.lastIndexOf("</w:styles>");
    if (end < 0) throw new Error("the document's styles part has no end");
    pkg.set(STYLES_PART, styles.slice(0, end) + TABLE_GRID_STYLE + styles.slice(end));
  }
  return pkg.save();
}

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
import { Document, HeadingLevel, Packer, Paragraph } from "docx";
import type { ReportSection, SectionChart, SectionTable } from "../../core/summary";
import type { LayoutChart } from "../../core/sheetLayout";
import { CONTENT_TYPES, NS_CHART, NS_DRAWING, NS_R, REL_TYPES } from "../ooxml";
import { addContentTypes, addRelationship, chartXml, type ChartCell, Package, xmlAttr } from "../xlsx";
import { withEmbeddedData } from "./chartWorkbook";
import { tableXml } from "./tableXml";

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

/**
 * The text of the placeholder paragraph that stands for a table or chart until its
 * XML replaces it, and the paragraph (or, for a chart, the run) as `docx` writes it.
 */
const placeholder = (kind: "TABLE" | "CHART", i: number): string => `CEMR-${kind}-PLACEHOLDER-${i}`;
const PLACEHOLDER =
  /<w:p><w:r><w:t xml:space="preserve">CEMR-TABLE-PLACEHOLDER-(\d+)<\/w:t><\/w:r><\/w:p>|<w:r><w:t xml:space="preserve">CEMR-CHART-PLACEHOLDER-(\d+)<\/w:t><\/w:r>/g;

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

/** The document as `docx` makes it, with a placeholder paragraph for each table and chart. */
function documentOf(section: ReportSection): {
  doc: Document;
  tables: SectionTable[];
  charts: SectionChart[];
} {
  const tables: SectionTable[] = [];
  const charts: SectionChart[] = [];
  const children: Paragraph[] = [];
  for (const b of section.blocks) {
    if (b.kind === "heading") {
      const heading = b.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2;
      children.push(new Paragraph({ text: b.text, heading }));
    } else if (b.kind === "paragraph") children.push(new Paragraph({ text: b.text }));
    else if (b.kind === "table") {
      tables.push(b);
      children.push(new Paragraph({ text: b.caption, style: "Caption", keepNext: true }));
      children.push(new Paragraph({ text: placeholder("TABLE", tables.length) }));
    } else {
      charts.push(b);
      children.push(new Paragraph({ text: placeholder("CHART", charts.length), keepNext: true }));
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
  return { doc, tables, charts };
}

/**
 * Each chart's part from the workbook's chart writer, with its data workbook embedded,
 * typed and related from the document; their runs in order.
 */
async function addCharts(pkg: Package, charts: readonly SectionChart[], sheet: string): Promise<string[]> {
  const runs: string[] = [];
  for (const [index, c] of charts.entries()) {
    const part = `word/charts/chart${index + 1}.xml`;
    const { chart, cells } = chartCells(c);
    pkg.set(part, await withEmbeddedData(pkg, part, chartXml(sheet, chart, cells), sheet, c));
    addContentTypes(pkg, [{ part, type: CONTENT_TYPES.chart }]);
    const rid = addRelationship(pkg, DOCUMENT_PART, REL_TYPES.chart, part);
    runs.push(chartRun(rid, FIRST_DRAWING_ID + index, c));
  }
  return runs;
}

/**
 * The document with each placeholder replaced in one pass: a table's whole paragraph
 * by the table, a chart's run by the chart's drawing.
 */
function placed(xml: string, tables: readonly SectionTable[], chartRuns: readonly string[]): string {
  let found = 0;
  const out = xml.replace(PLACEHOLDER, (_m, table: string | undefined, chart: string | undefined) => {
    found++;
    const t = table === undefined ? undefined : tables[Number(table) - 1];
    const made = t ? tableXml(t) : chartRuns[Number(chart) - 1];
    if (made === undefined) throw new Error(`the document has no place for ${table ?? chart}`);
    return made;
  });
  if (found !== tables.length + chartRuns.length)
    throw new Error("the document lost the place of a table or chart");
  return out;
}

/** The section as the bytes of a .docx file. */
export async function sectionDocx(section: ReportSection): Promise<Uint8Array> {
  const { doc, tables, charts } = documentOf(section);
  const pkg = Package.open(new Uint8Array(await Packer.toArrayBuffer(doc)));
  const chartRuns = await addCharts(pkg, charts, section.lang === "sv" ? "Blad1" : "Sheet1");
  // The library writes A4 page size and margins; the template's own section settings
  // should rule, so the section properties are left out (Word then uses its defaults).
  const xml = placed(pkg.text(DOCUMENT_PART), tables, chartRuns).replace(
    /<w:sectPr>[\s\S]*?<\/w:sectPr>/,
    "",
  );
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

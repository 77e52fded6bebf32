/**
 * A chart's data workbook, embedded in the .docx so that Word's "Edit data" opens the
 * chart's figures in Excel: the chart part's references (Blad1!$A$1:… / Sheet1!…, as
 * chartXml writes them from the cells given to it) name this workbook's one sheet,
 * which holds the header row and a row per category. Written by our own workbook
 * writer (newXlsx), embedded as word/embeddings/Microsoft_Excel_WorksheetN.xlsx with a
 * "package" relationship from the chart part, and named by c:externalData in the chart.
 */
import type { SectionChart } from "../../core/summary";
import { addContentTypes, addRelationship, newXlsx, type Package, saveXlsx, xmlAttr } from "../xlsx";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const PACKAGE_RELATIONSHIP = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/package";

/** The chart's figures as a workbook of one sheet, laid out as the chart's references expect. */
export async function chartWorkbook(sheet: string, c: SectionChart): Promise<Uint8Array> {
  const wb = newXlsx();
  wb.write((w) => {
    const { edit } = w.addSheet(sheet);
    const header = c.header.map((value, col) => ({ row: 0, col, value, style: 0 }));
    const rows = c.rows.flatMap((r, i) => r.map((value, col) => ({ row: i + 1, col, value, style: 0 })));
    edit.writeCells([...header, ...rows]);
  });
  return saveXlsx(wb);
}

/**
 * Embeds the chart's workbook beside chart part `chartPart` (word/charts/chartN.xml)
 * and returns the chart's XML naming it in c:externalData, which the schema places
 * last but for c:printSettings, c:userShapes and c:extLst (none of which chartXml writes).
 */
export async function withEmbeddedData(
  pkg: Package,
  chartPart: string,
  chartXmlText: string,
  sheet: string,
  c: SectionChart,
): Promise<string> {
  const n = /(\d+)\.xml$/.exec(chartPart)?.[1] ?? "1";
  const part = `word/embeddings/Microsoft_Excel_Worksheet${n}.xlsx`;
  pkg.set(part, await chartWorkbook(sheet, c));
  addContentTypes(pkg, [{ part, type: XLSX_TYPE }]);
  const rid = addRelationship(pkg, chartPart, PACKAGE_RELATIONSHIP, part);
  const end = chartXmlText.lastIndexOf("</c:chartSpace>");
  if (end < 0) throw new Error(`${chartPart} has no end`);
  const external = `<c:externalData r:id="${xmlAttr(rid)}"><c:autoUpdate val="0"/></c:externalData>`;
  return chartXmlText.slice(0, end) + external + chartXmlText.slice(end);
}

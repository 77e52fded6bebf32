/**
 * A section table as WordprocessingML (`w:tbl`), written as a string: the XML that the
 * `docx` package writes for the same table, element for element, without its object
 * tree. A plan of 20,000 follow-up rows has tables of some 1,500 rows (10,000 cells),
 * and `docx` builds and serialises half a dozen objects a cell, which took most of the
 * section's time (docs/word-section.md, Speed). The test
 * test/workbook/docx/tableXml.test.ts holds this to `docx`'s own output for the
 * example plans' tables, so `docx` stays the reference for what a table looks like.
 */
import type { SectionCell, SectionTable } from "../../core/summary";
import { xmlText } from "../xlsx";

/**
 * The text width `docx` divides among the columns (A4 less its 1-inch margins, in
 * twips). The grid only proposes widths: the table is 100 % of whatever text width
 * the template gives (`w:tblW` in fiftieths of a per cent).
 */
const TEXT_WIDTH_TWIPS = 9026;

/**
 * Text as `docx` escapes it (quotes and apostrophes too); like the workbook's cells,
 * characters XML cannot carry are dropped.
 */
const escaped = (text: string): string => xmlText(text).replace(/"/g, "&quot;").replace(/'/g, "&apos;");

/** One cell: a paragraph aligned right when a figure in a body row, with one run unless its text is empty. */
function cellXml(c: SectionCell, header: boolean): string {
  const align = c.figure && !header ? '<w:pPr><w:jc w:val="right"/></w:pPr>' : "";
  if (c.text === "") return align === "" ? "<w:tc><w:p/></w:tc>" : `<w:tc><w:p>${align}</w:p></w:tc>`;
  return `<w:tc><w:p>${align}<w:r><w:t xml:space="preserve">${escaped(c.text)}</w:t></w:r></w:p></w:tc>`;
}

/** A row that is never split over two pages; the header row repeats on each page the table runs onto. */
function rowXml(cells: readonly SectionCell[], header: boolean): string {
  const repeat = header ? "<w:tblHeader/>" : '<w:tblHeader w:val="off"/>';
  let xml = `<w:tr><w:trPr><w:cantSplit/>${repeat}</w:trPr>`;
  for (const c of cells) xml += cellXml(c, header);
  return xml + "</w:tr>";
}

/** The table in Word's built-in "Table Grid" style, full width, its header row first. */
export function tableXml(t: SectionTable): string {
  const col = `<w:gridCol w:w="${Math.round(TEXT_WIDTH_TWIPS / Math.max(1, t.header.length))}"/>`;
  const parts = [
    '<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:type="pct" w:w="5000"/></w:tblPr>',
    `<w:tblGrid>${col.repeat(t.header.length)}</w:tblGrid>`,
    rowXml(
      t.header.map((text) => ({ text, figure: false })),
      true,
    ),
  ];
  for (const r of t.rows) parts.push(rowXml(r, false));
  parts.push("</w:tbl>");
  return parts.join("");
}

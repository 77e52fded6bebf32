/**
 * The section's tables are written as strings for speed (src/workbook/docx/tableXml.ts);
 * `docx` stays the reference: for every table of both example plans, in both languages,
 * the string is the XML `docx` itself writes for the same table with the same options
 * (Table Grid, full width, a repeating header row, rows not split, figures aligned right).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, WidthType } from "docx";
import { prepareSummary } from "../../../src/app/summariseWorkbook";
import type { Lang } from "../../../src/core/language/language";
import { reportSection, type SectionCell, type SectionTable } from "../../../src/core/summary";
import { tableXml } from "../../../src/workbook/docx/tableXml";
import { openXlsx } from "../../../src/workbook/xlsx";
import { Package } from "../../../src/workbook/xlsx/package";
import { xlsxPort } from "../../../src/workbook/xlsx/xlsxPort";

const example = join(__dirname, "../../../assets/example");

/** The table through docx's own object tree, as the section was first written. */
function docxTable(t: SectionTable): Table {
  const row = (cells: readonly SectionCell[], header: boolean): TableRow =>
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
        t.header.map((text) => ({ text, figure: false })),
        true,
      ),
      ...t.rows.map((r) => row(r, false)),
    ],
  });
}

/** The `w:tbl` elements of a document docx writes with the tables in it. */
async function docxTablesXml(tables: readonly SectionTable[]): Promise<string[]> {
  const doc = new Document({ sections: [{ children: tables.map(docxTable) }] });
  const xml = Package.open(new Uint8Array(await Packer.toArrayBuffer(doc))).text("word/document.xml");
  return xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];
}

async function sectionTables(file: string, period: string, lang: Lang): Promise<SectionTable[]> {
  const port = xlsxPort(await openXlsx(readFileSync(join(example, file))));
  const prepared = await prepareSummary(port, period, lang, "2026-01-15");
  if (!prepared.ok) throw new Error(`${file} has no period ${period}`);
  return reportSection(prepared.summary, lang).blocks.filter((b): b is SectionTable => b.kind === "table");
}

describe("tableXml writes what docx writes", () => {
  it.each([
    ["exempelplan.xlsx", "Helår 2020", "sv"],
    ["example-plan.xlsx", "Annual 2020", "en"],
    ["exempelplan.xlsx", "Delår 2019", "en"],
    ["example-plan.xlsx", "Interim 2019", "sv"],
  ] as const)("for every table of %s, %s (%s)", async (file, period, lang) => {
    const tables = await sectionTables(file, period, lang);
    expect(tables.length).toBeGreaterThanOrEqual(5);
    expect(tables.some((t) => t.rows.some((r) => r.some((c) => c.text === "")))).toBe(true);
    const theirs = await docxTablesXml(tables);
    expect(theirs).toHaveLength(tables.length);
    tables.forEach((t, i) => expect(tableXml(t)).toBe(theirs[i]));
  });

  it("escapes text as docx does: names with & < > and quotes in a goal table", async () => {
    const table: SectionTable = {
      kind: "table",
      caption: "Tabell 4. Måluppfyllelse",
      header: ["Mål", "Kvinnor", "Män", "Mål 2020"],
      rows: [
        [
          { text: 'Löner & villkor <"lika">', figure: false },
          { text: "1 234,5", figure: true },
          { text: "", figure: true },
          { text: "50 %", figure: true },
        ],
      ],
    };
    expect(tableXml(table)).toBe((await docxTablesXml([table]))[0]);
  });
});

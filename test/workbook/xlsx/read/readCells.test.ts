import { openXlsx, WorkbookFileError, xlsxPort } from "../../../../src/workbook/xlsx";
import { Package } from "../../../../src/workbook/xlsx/package";
import { readZipDirectory } from "../../../../src/workbook/xlsx/package/zipRead";
import { DEFAULT_LIMITS } from "../../../../src/workbook/xlsx/package/limits";
import { NS_SML } from "../../../../src/workbook/ooxml";
import { readPackageWorkbook } from "../../../../src/workbook/xlsx/read/readPackage";
import { buildXlsx, row, tableXml, type BookSpec } from "./buildXlsx";

async function read(spec: BookSpec) {
  return xlsxPort(await openXlsx(buildXlsx(spec))).read();
}

async function refusal(bytes: Uint8Array): Promise<WorkbookFileError> {
  const e = await openXlsx(bytes).then(
    () => null,
    (err: unknown) => err,
  );
  if (!(e instanceof WorkbookFileError)) throw new Error(`expected a refusal, got ${String(e)}`);
  return e;
}

const utc = (y: number, m: number, d: number, h = 0, min = 0) => new Date(Date.UTC(y, m - 1, d, h, min));

/** cellXfs: 0 General, 1 yyyy-mm-dd (custom), 2 built-in 14, 3 Swedish long date, 4 scientific, 5 money "kr", 6 duration, 7 time. */
const STYLES = `<numFmts count="5"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/><numFmt numFmtId="165" formatCode="[$-41D]d\\ mmmm\\ yyyy;@"/><numFmt numFmtId="166" formatCode="0.00E+00"/><numFmt numFmtId="167" formatCode="#,##0\\ &quot;kr&quot;;[Red]\\-#,##0\\ &quot;kr&quot;"/><numFmt numFmtId="168" formatCode="[h]:mm"/></numFmts><cellXfs count="8"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="14"/><xf numFmtId="165"/><xf numFmtId="166"/><xf numFmtId="167"/><xf numFmtId="168"/><xf numFmtId="20"/></cellXfs>`;

describe("reading cells as a person sees them", () => {
  it("reads every cell type: shared, inline and formula strings, numbers, booleans, errors and ISO dates", async () => {
    const raw = await read({
      sharedStrings: [
        "Jämställda löner",
        '<r><rPr><b/></rPr><t xml:space="preserve">Klart </t></r><r><t>i juni</t></r><rPh sb="0" eb="1"><t>ヨミ</t></rPh><phoneticPr fontId="1"/>',
        "Rad 1_x000D__x000A_Rad 2 och _x005F_x0041_",
      ],
      sheets: [
        {
          name: "Värden",
          rows:
            row(1, '<c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c>') +
            row(
              2,
              '<c r="A2" t="inlineStr"><is><t>Inline</t></is></c><c r="B2" t="inlineStr"><is><r><t>Rik </t></r><r><t>text</t></r></is></c><c r="C2" t="str"><f>A1&amp;"!"</f><v>Jämställda löner!</v></c>',
            ) +
            row(
              3,
              '<c r="A3"><v>1500000</v></c><c r="B3"><v>-0.25</v></c><c r="C3"><f>SUM(A3:B3)</f><v>1499999.75</v></c>',
            ) +
            row(
              4,
              '<c r="A4" t="b"><v>1</v></c><c r="B4" t="b"><f>ISODD(2)</f><v>0</v></c><c r="C4" t="e"><f>NA()</f><v>#N/A</v></c>',
            ) +
            row(
              5,
              '<c r="A5" t="e"><v>#REF!</v></c><c r="B5" t="d"><v>2019-06-30T00:00:00</v></c><c r="C5" t="d"><v>2019-12-31</v></c>',
            ) +
            row(6, '<c r="A6"><f>NOW()</f></c><c r="B6" t="s"><v/></c><c r="C6" s="0"/>'),
        },
      ],
    });
    expect(raw.sheets[0]).toEqual({
      sheet: "Värden",
      top: 0,
      left: 0,
      values: [
        ["Jämställda löner", "Klart i juni", "Rad 1\r\nRad 2 och _x0041_"],
        ["Inline", "Rik text", "Jämställda löner!"],
        [1500000, -0.25, 1499999.75],
        [true, false, "#N/A"],
        ["#REF!", utc(2019, 6, 30), utc(2019, 12, 31)],
      ],
    });
  });

  it("gives a formula without a cached result, an empty <v/> and a style-only cell no value", async () => {
    const raw = await read({
      sheets: [
        {
          name: "Tomt",
          rows:
            row(1, '<c r="A1"><v>1</v></c>') +
            row(2, '<c r="A2"><f>NOW()</f></c><c r="B2" t="s"><v/></c><c r="C2" s="0"/>'),
        },
      ],
    });
    expect(raw.sheets[0]?.values).toEqual([[1]]);
  });

  it("places rows and cells that have no r attribute after the previous ones", async () => {
    const raw = await read({
      sheets: [
        {
          name: "Blad1",
          rows: '<row><c><v>1</v></c><c><v>2</v></c></row><row r="4"><c r="C4"><v>3</v></c><c><v>4</v></c></row><row><c><v>5</v></c></row>',
        },
      ],
    });
    expect(raw.sheets[0]).toEqual({
      sheet: "Blad1",
      top: 0,
      left: 0,
      values: [
        [1, 2, null, null],
        [null, null, null, null],
        [null, null, null, null],
        [null, null, 3, 4],
        [5, null, null, null],
      ],
    });
  });

  it("gives dates for cells whose number format shows a date, numbers for the rest", async () => {
    const cells = [1, 2, 3, 4, 5, 6, 7].map(
      (s, i) => `<c r="${String.fromCharCode(65 + i)}1" s="${s}"><v>43646.5</v></c>`,
    );
    const raw = await read({ styles: STYLES, sheets: [{ name: "Datum", rows: row(1, cells.join("")) }] });
    expect(raw.sheets[0]?.values[0]).toEqual([
      utc(2019, 6, 30, 12), // yyyy-mm-dd
      utc(2019, 6, 30, 12), // built-in 14
      utc(2019, 6, 30, 12), // [$-41D]d mmmm yyyy
      43646.5, // 0.00E+00
      43646.5, // #,##0 "kr"
      43646.5, // [h]:mm is a duration
      utc(2019, 6, 30, 12), // h:mm
    ]);
  });

  it("reads January and February 1900 as Excel shows them and keeps its phantom 1900-02-29 a number", async () => {
    // Excel (and openpyxl's from_excel) show serial 1 as 1900-01-01, 59 as 1900-02-28,
    // 61 as 1900-03-01; 60 is the 1900-02-29 Excel counts and no calendar has (KB 214326).
    const serials = [1, 59, 60, 61, 0.5];
    const cells = serials.map((v, i) => `<c r="${String.fromCharCode(65 + i)}1" s="1"><v>${v}</v></c>`);
    const raw = await read({ styles: STYLES, sheets: [{ name: "Datum", rows: row(1, cells.join("")) }] });
    expect(raw.sheets[0]?.values[0]).toEqual([
      utc(1900, 1, 1),
      utc(1900, 2, 28),
      60,
      utc(1900, 3, 1),
      utc(1899, 12, 30, 12), // a time of day alone keeps the date Office.js and exceljs give it
    ]);
  });

  it("reads numbers by the xsd:double grammar and refuses what JavaScript alone would take", async () => {
    const good = ["1", "-0.25", "+3", "1.5E3", "1e-2", ".5", "5."];
    const cells = good.map((v, i) => `<c r="${String.fromCharCode(65 + i)}1"><v>${v}</v></c>`);
    const raw = await read({ sheets: [{ name: "Tal", rows: row(1, cells.join("")) }] });
    expect(raw.sheets[0]?.values[0]).toEqual([1, -0.25, 3, 1500, 0.01, 0.5, 5]);
    for (const bad of ["0x1A", "Infinity", " 1", "1_000", "1e", "INF", "-INF", "NaN", "1e999", "\u00a01"]) {
      const e = await refusal(
        buildXlsx({ sheets: [{ name: "Tal", rows: row(1, `<c r="A1"><v>${bad}</v></c>`) }] }),
      );
      expect(e.reason).toBe("corrupt");
      expect(e.part).toBe("xl/worksheets/sheet1.xml");
    }
  });

  it("converts the 1904 date system so the core sees the same day Excel shows", async () => {
    // 2019-06-30 is serial 43646 in the 1900 system and 42184 in the 1904 system.
    const raw = await read({
      workbookPr: '<workbookPr date1904="1"/>',
      styles: STYLES,
      sheets: [
        {
          name: "Mac",
          rows: row(
            1,
            '<c r="A1" s="1"><v>42184</v></c><c r="B1" s="1"><v>0</v></c><c r="C1"><v>42184</v></c>',
          ),
        },
      ],
    });
    expect(raw.sheets[0]?.values[0]).toEqual([utc(2019, 6, 30), utc(1904, 1, 1), 42184]);
  });

  it("empties the cells a merged area hides and keeps its top-left value", async () => {
    const raw = await read({
      sheets: [
        {
          name: "Sammanslaget",
          rows:
            row(1, '<c r="A1"><v>1</v></c><c r="B1"><v>2</v></c><c r="C1"><v>3</v></c>') +
            row(2, '<c r="A2"><v>4</v></c><c r="B2"><v>5</v></c><c r="C2"><v>6</v></c>'),
          after: '<mergeCells count="1"><mergeCell ref="A1:B2"/></mergeCells>',
        },
      ],
    });
    expect(raw.sheets[0]?.values).toEqual([
      [1, null, 3],
      [null, null, 6],
    ]);
  });
});

describe("reading tables as people shape them", () => {
  const goals = row(
    3,
    '<c r="B3" t="inlineStr"><is><t>Mål-ID</t></is></c><c r="C3" t="inlineStr"><is><t>Budget</t></is></c>',
  );
  const body =
    row(4, '<c r="B4" t="inlineStr"><is><t>M1</t></is></c><c r="C4"><v>100</v></c>') +
    row(5, '<c r="B5" t="inlineStr"><is><t>M2</t></is></c><c r="C5"><v>250</v></c>');
  const total = row(
    6,
    '<c r="B6" t="inlineStr"><is><t>Summa</t></is></c><c r="C6"><f>SUBTOTAL(109,[Budget])</f><v>350</v></c>',
  );

  it("never reads a Total Row as data", async () => {
    const raw = await read({
      sheets: [
        {
          name: "Mål",
          rows: goals + body + total,
          tables: [tableXml({ name: "Goals", ref: "B3:C6", columns: ["Mål-ID", "Budget"], totals: 1 })],
        },
      ],
    });
    expect(raw.tables).toEqual([
      {
        name: "Goals",
        sheet: "Mål",
        top: 2,
        left: 1,
        values: [
          ["Mål-ID", "Budget"],
          ["M1", 100],
          ["M2", 250],
        ],
      },
    ]);
  });

  it("gives a table with a hidden header row its column names and points top one row above the data", async () => {
    const raw = await read({
      sheets: [
        {
          name: "Mål",
          rows: body,
          tables: [tableXml({ name: "Goals", ref: "B4:C5", columns: ["Mål-ID", "Budget"], header: 0 })],
        },
        {
          name: "Överst",
          rows: row(1, '<c r="A1"><v>7</v></c>'),
          tables: [tableXml({ name: "Top", ref: "A1:A1", columns: ["Antal"], header: 0 })],
        },
      ],
    });
    expect(raw.tables).toEqual([
      {
        name: "Goals",
        sheet: "Mål",
        top: 2,
        left: 1,
        headerShown: false,
        values: [
          ["Mål-ID", "Budget"],
          ["M1", 100],
          ["M2", 250],
        ],
      },
      { name: "Top", sheet: "Överst", top: -1, left: 0, headerShown: false, values: [["Antal"], [7]] },
    ]);
  });

  it("reads several tables on one sheet, none at A1, written with absolute part names as openpyxl does", async () => {
    const raw = await read({
      absoluteTargets: true,
      sheets: [
        {
          name: "Plan",
          rows:
            goals.replace("</row>", '<c r="F3" t="inlineStr"><is><t>Aktivitet</t></is></c></row>') +
            body.replace(
              '<c r="C4"><v>100</v></c>',
              '<c r="C4"><v>100</v></c><c r="F4" t="inlineStr"><is><t>A1.1</t></is></c>',
            ),
          tables: [
            tableXml({ name: "Goals", ref: "B3:C5", columns: ["Mål-ID", "Budget"] }),
            tableXml({ name: "Activities", ref: "F3:F4", columns: ["Aktivitet"] }),
          ],
        },
      ],
    });
    expect(raw.tables.map((t) => [t.name, t.top, t.left, t.values])).toEqual([
      [
        "Goals",
        2,
        1,
        [
          ["Mål-ID", "Budget"],
          ["M1", 100],
          ["M2", 250],
        ],
      ],
      ["Activities", 2, 5, [["Aktivitet"], ["A1.1"]]],
    ]);
  });

  it("falls back to the table's column names where a header cell is empty", async () => {
    const raw = await read({
      sheets: [
        {
          name: "Mål",
          rows: row(3, '<c r="B3" t="inlineStr"><is><t>Mål-ID</t></is></c>') + body,
          tables: [tableXml({ name: "Goals", ref: "B3:C5", columns: ["Mål-ID", "Budget"] })],
        },
      ],
    });
    expect(raw.tables[0]?.values[0]).toEqual(["Mål-ID", "Budget"]);
  });
});

describe("workbooks as other programs write them", () => {
  it("reads Strict OOXML and prefixed SpreadsheetML like the usual kind", async () => {
    const strictNs = 'xmlns:x="http://purl.oclc.org/ooxml/spreadsheetml/main"';
    const sheetXml = `<x:worksheet ${strictNs}><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>Strikt</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>`;
    const raw = await read({ sheets: [{ name: "Blad1", rows: sheetXml }] });
    expect(raw.sheets[0]?.values).toEqual([["Strikt"]]);
  });

  it("lists hidden and very hidden sheets with their state and reads them", async () => {
    const wb = await openXlsx(
      buildXlsx({
        sheets: [
          { name: "Synlig", rows: row(1, '<c r="A1"><v>1</v></c>') },
          { name: "Listor", state: "hidden", rows: row(1, '<c r="A1"><v>2</v></c>') },
          { name: "_cemr", state: "veryHidden", rows: row(1, '<c r="A1"><v>3</v></c>') },
        ],
      }),
    );
    expect(wb.info.sheets.map((s) => [s.name, s.state])).toEqual([
      ["Synlig", "visible"],
      ["Listor", "hidden"],
      ["_cemr", "veryHidden"],
    ]);
    expect(wb.sheetNames()).toEqual(["Synlig", "Listor", "_cemr"]);
    expect(wb.cellValue("listor", "A1")).toBe(2);
    expect(wb.cellValue("Synlig", "B9")).toBeNull();
  });
});

describe("the opened workbook as writers see it", () => {
  it("reads again from the package's changed parts after a write", async () => {
    const wb = await openXlsx(
      buildXlsx({ sheets: [{ name: "Blad1", rows: row(1, '<c r="A1"><v>1</v></c>') }] }),
    );
    expect(wb.raw().sheets[0]?.values).toEqual([[1]]);
    wb.write((w) =>
      w.pkg.set(
        "xl/worksheets/sheet1.xml",
        `<worksheet xmlns="${NS_SML}"><sheetData>${row(1, '<c r="A1"><v>2</v></c>')}</sheetData></worksheet>`,
      ),
    );
    expect(wb.raw().sheets[0]?.values).toEqual([[2]]);
    const reopened = await openXlsx(wb.package.save());
    expect(reopened.raw().sheets[0]?.values).toEqual([[2]]);
    expect(wb.package.changes()).toEqual({ added: [], changed: ["xl/worksheets/sheet1.xml"], removed: [] });
  });
});

describe("refusing damaged and hostile workbooks with a precise reason", () => {
  it("names the damaged part: malformed XML, a DOCTYPE, a cell outside the sheet, a missing sheet part", async () => {
    const doctype = buildXlsx({
      sharedStrings:
        '<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY x SYSTEM "file:///etc/passwd">]><sst><si><t>&x;</t></si></sst>',
      sheets: [{ name: "Blad1", rows: row(1, '<c r="A1" t="s"><v>0</v></c>') }],
    });
    expect(await refusal(doctype)).toMatchObject({ reason: "corrupt", part: "xl/sharedStrings.xml" });
    const unclosed = buildXlsx({ sheets: [{ name: "Blad1", rows: '<row r="1"><c r="A1"><v>1</v></c>' }] });
    expect(await refusal(unclosed)).toMatchObject({ reason: "corrupt", part: "xl/worksheets/sheet1.xml" });
    const rowZero = buildXlsx({
      sheets: [{ name: "Blad1", rows: '<row r="0"><c r="A0"><v>1</v></c></row>' }],
    });
    expect(await refusal(rowZero)).toMatchObject({ reason: "corrupt", part: "xl/worksheets/sheet1.xml" });
    const pkg = Package.open(buildXlsx({ sheets: [{ name: "Blad1" }] }));
    pkg.remove("xl/worksheets/sheet1.xml");
    expect(await refusal(pkg.save())).toMatchObject({ reason: "corrupt", part: "xl/worksheets/sheet1.xml" });
  });

  it("refuses a sheet that inflates like a bomb before holding it", async () => {
    // 44 MB of the same empty cell deflate to about 50 KB.
    const xml = `<worksheet><sheetData><row r="1">${'<c r="A1"/>'.repeat(4_000_000)}</row></sheetData></worksheet>`;
    const pkg = Package.open(buildXlsx({ sheets: [{ name: "Blad1" }] }));
    pkg.set("xl/worksheets/sheet1.xml", xml);
    const bytes = pkg.save();
    const entry = readZipDirectory(bytes, DEFAULT_LIMITS).find((e) => e.name === "xl/worksheets/sheet1.xml");
    expect(entry!.size / entry!.compressedSize).toBeGreaterThan(DEFAULT_LIMITS.maxRatio);
    expect(await refusal(bytes)).toMatchObject({ reason: "tooLarge", part: "xl/worksheets/sheet1.xml" });
  });

  it("refuses a workbook whose cells repeat a long text more often than the text budget allows", () => {
    const long = "x".repeat(10_000);
    const rows = Array.from({ length: 50 }, (_, i) => row(i + 1, `<c r="A${i + 1}" t="s"><v>0</v></c>`)).join(
      "",
    );
    const pkg = Package.open(buildXlsx({ sharedStrings: [long], sheets: [{ name: "Blad1", rows }] }));
    const limits = { maxCells: 1_000_000, maxTextChars: 400_000, maxGridCells: 1_000_000 };
    expect(() => readPackageWorkbook(pkg, "xl/workbook.xml", { limits })).toThrow(/too much text/);
    expect(() =>
      readPackageWorkbook(pkg, "xl/workbook.xml", { limits: { ...limits, maxCells: 10 } }),
    ).toThrow(/too many cells/);
    expect(
      readPackageWorkbook(pkg, "xl/workbook.xml", { limits: { ...limits, maxTextChars: 500_000 } }).raw
        .sheets[0]?.values,
    ).toHaveLength(50);
  });
});

/**
 * Charts in files: the summary sheet written to a file carries the three charts the
 * Office adapter asks Excel for (status per article, budget against outcome per
 * article, women and men per goal) as DrawingML charts drawn from the layout's chart
 * data tables. The parts are checked as XML, and LibreOffice is the referee: it
 * must read each chart (it keeps them, with their series and titles, when it
 * saves the file again).
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { prepareSummary, writeSummary } from "../../../src/app/summariseWorkbook";
import type { LayoutChart } from "../../../src/core/sheetLayout/sheetLayout.types";
import { openXlsx, saveXlsx, xlsxPort } from "../../../src/workbook/xlsx";
import { Package, childElements, textContent } from "../../../src/workbook/xlsx/package";
import { descendants, parseXml } from "../../../src/workbook/xlsx/package/xmlTree";
import { chartXml } from "../../../src/workbook/xlsx/write/chartXml";
import { drawingXml } from "../../../src/workbook/xlsx/write/drawingXml";

jest.setTimeout(120_000);

const C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const c = (local: string) => `{${C}}${local}`;
const A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const example = join(__dirname, "..", "..", "..", "assets", "example", "exempelplan.xlsx");

const DATA = [
  ["Artikel", "Genomförd", "Pågår"],
  ["Art. 2", 3, 1],
  ["Art. 11", 4, 0],
] as const;
const cells = (row: number, col: number) => {
  const v = DATA[row - 10]?.[col];
  return v === undefined ? undefined : { v, format: typeof v === "number" ? "0" : "@" };
};
const chart = (type: LayoutChart["type"], seriesBy: LayoutChart["seriesBy"] = "columns"): LayoutChart => ({
  type,
  title: 'Status & "läge"',
  data: { row: 10, col: 0, rows: 3, cols: 3 },
  seriesBy,
  colours: ["#107C10", "#0078D4"],
  anchor: { row: 14, col: 0, rows: 16, cols: 8 },
});

describe("a chart part", () => {
  it("draws one series per data column, named by the header, with the first column as categories", () => {
    const root = parseXml(chartXml("Årsbokslut 2019", chart("columnClustered"), cells));
    const series = descendants(root, c("ser"));
    expect(series).toHaveLength(2);
    const refs = series.map((s) => descendants(s, c("f")).map(textContent));
    expect(refs[0]).toEqual([
      "'Årsbokslut 2019'!$B$11",
      "'Årsbokslut 2019'!$A$12:$A$13",
      "'Årsbokslut 2019'!$B$12:$B$13",
    ]);
    // The current values travel with it, for readers that do not recalculate.
    expect(descendants(series[1]!, c("v")).map(textContent)).toEqual([
      "Pågår",
      "Art. 2",
      "Art. 11",
      "1",
      "0",
    ]);
    expect(textContent(descendants(root, c("title"))[0]!)).toBe('Status & "läge"');
  });

  it.each([
    ["columnClustered", "col", "clustered", false],
    ["columnStacked", "col", "stacked", true],
    ["barClustered", "bar", "clustered", false],
    ["barStacked", "bar", "stacked", true],
  ] as const)("%s is a %s chart, %s", (type, dir, grouping, overlaps) => {
    const root = parseXml(chartXml("Blad1", chart(type), cells));
    const bar = descendants(root, c("barChart"))[0]!;
    expect(childElements(bar, c("barDir"))[0]?.attributes.val).toBe(dir);
    expect(childElements(bar, c("grouping"))[0]?.attributes.val).toBe(grouping);
    expect(childElements(bar, c("overlap")).length > 0).toBe(overlaps);
    // Two axes that cross each other.
    const ids = childElements(bar, c("axId")).map((a) => a.attributes.val);
    expect(descendants(root, c("catAx"))[0] && descendants(root, c("valAx"))[0]).toBeTruthy();
    expect(new Set(ids).size).toBe(2);
  });

  it("fills each series with its colour, repeating the colours when a layout gives too few", () => {
    const fills = (xml: string) =>
      descendants(parseXml(xml), c("ser")).map((s) => {
        const clr = descendants(childElements(s, c("spPr"))[0]!, `{${A}}srgbClr`)[0];
        return clr?.attributes.val;
      });
    expect(fills(chartXml("Blad1", chart("columnStacked"), cells))).toEqual(["107C10", "0078D4"]);
    expect(fills(chartXml("Blad1", { ...chart("columnStacked"), colours: ["#da3b01"] }, cells))).toEqual([
      "DA3B01",
      "DA3B01",
    ]);
    // No colour at all still gives a fill (grey), never a series the reader leaves empty.
    expect(fills(chartXml("Blad1", { ...chart("columnStacked"), colours: [] }, cells))).toEqual([
      "616161",
      "616161",
    ]);
  });

  it("takes its series from rows when the layout says so", () => {
    const root = parseXml(chartXml("Blad1", chart("columnClustered", "rows"), cells));
    const names = descendants(root, c("ser")).map((s) => textContent(descendants(s, c("f"))[0]!));
    expect(names).toEqual(["Blad1!$A$12", "Blad1!$A$13"]);
  });

  it("is placed by a two-cell anchor from its top-left cell to the cell after its last", () => {
    const root = parseXml(
      drawingXml([{ rid: "rId7", name: "Diagram 1", anchor: chart("barStacked").anchor }]),
    );
    const anchor = childElements(root)[0]!;
    const at = (tag: string) =>
      ["row", "col"].map((p) =>
        textContent(
          descendants(
            anchor,
            `{http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing}${tag}`,
          )[0]!
            .children.filter((x) => typeof x !== "string")
            .find((x) => typeof x !== "string" && x.name.endsWith(`}${p}`)) as never,
        ),
      );
    expect(at("from")).toEqual(["14", "0"]);
    expect(at("to")).toEqual(["30", "8"]);
  });
});

describe("the summary sheet in a file", () => {
  let bytes: Uint8Array;
  let dir: string;

  beforeAll(async () => {
    const wb = await openXlsx(readFileSync(example));
    const port = xlsxPort(wb);
    const prepared = await prepareSummary(port, "Helår 2020", "sv", "2021-01-15");
    if (!prepared.ok) throw new Error("no period");
    expect((await writeSummary(port, prepared)).ok).toBe(true);
    bytes = await saveXlsx(wb);
    dir = mkdtempSync(join(tmpdir(), "cemr-charts-"));
    writeFileSync(join(dir, "rapport.xlsx"), bytes);
  });

  it("carries the four charts, each drawn from its data table on the sheet", () => {
    const pkg = Package.open(bytes);
    const charts = pkg.partNames().filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p));
    // The example plan is linked along the chain: the fourth is goals per national sub-goal.
    expect(charts).toHaveLength(4);
    const titles = charts.map((p) => textContent(descendants(pkg.xml(p), c("title"))[0]!));
    expect(titles).toEqual([
      "Aktiviteternas status per artikel",
      "Budget och utfall per artikel",
      "Kvinnor och män per mål",
      "Mål per nationellt delmål",
    ]);
    for (const p of charts)
      for (const f of descendants(pkg.xml(p), c("f")).map(textContent))
        expect(f.startsWith("'Årsbokslut 2020'!$")).toBe(true);
  });

  it("is read by LibreOffice: saved again, it still has the four charts and their series", async () => {
    await promisify(execFile)(
      "soffice",
      [
        "--headless",
        "--calc",
        "--convert-to",
        "xlsx:Calc MS Excel 2007 XML",
        "--outdir",
        join(dir, "lo"),
        join(dir, "rapport.xlsx"),
      ],
      { timeout: 100_000, env: { ...process.env, HOME: dir } },
    );
    const again = Package.open(new Uint8Array(readFileSync(join(dir, "lo", "rapport.xlsx"))));
    const charts = again.partNames().filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p));
    expect(charts).toHaveLength(4);
    const series = charts.map((p) => descendants(again.xml(p), c("ser")).length).sort();
    // Budget/outcome and women/men have two series each; status one per state that occurs.
    expect(series.filter((n) => n === 2).length).toBeGreaterThanOrEqual(2);
    for (const p of charts) {
      const xml = again.xml(p);
      expect(descendants(xml, c("barChart"))).toHaveLength(1);
      // Still drawn from the summary sheet's chart tables, with a title.
      for (const f of descendants(xml, c("f")).map(textContent)) expect(f).toMatch(/^'?Årsbokslut 2020'?!\$/);
      expect(descendants(xml, c("title"))).toHaveLength(1);
      // Each series keeps its solid fill.
      for (const ser of descendants(xml, c("ser")))
        expect(descendants(childElements(ser, c("spPr"))[0]!, `{${A}}srgbClr`)).toHaveLength(1);
    }
  });
});

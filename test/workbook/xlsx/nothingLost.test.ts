/**
 * Nothing lost, in an .xlsx file: after set-up, a check, an import and a summary on
 * a workbook holding the user's data, every cell the user had holds exactly what it
 * held (value, formula and number format), the user's own sheets are untouched, the
 * summary only adds a sheet, and text beginning with "=", "+", "-" or "@" stays text.
 */
import { columnIndex } from "../../../src/core/cells/cells";
import ExcelJS from "exceljs";
import { MARKER_SHEET, openXlsx, xlsxPort, type XlsxWorkbook } from "../../../src/workbook/xlsx";
import {
  BUDGET_SHEET,
  FORMULA_LIKE_TEXTS,
  IMPORTED_FORMULA_LIKE,
  LOOSE_LIST,
  USER_TABLES,
  layoutTexts,
  runScenario,
  type Row,
} from "../nothingLostScenario";
import { loadWithExcelJs } from "./excelJsFiles";
import { reopen, sheet } from "./reopen";

type CellSnapshot = { value: unknown; numFmt: string };
type Snapshot = Record<string, Record<string, CellSnapshot>>;

/** Every cell that holds something, by sheet and address, with its value and number format. */
function snapshot(wb: ExcelJS.Workbook): Snapshot {
  const out: Snapshot = {};
  for (const ws of wb.worksheets) {
    const cells: Record<string, CellSnapshot> = {};
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        cells[cell.address] = {
          value: JSON.parse(JSON.stringify(cell.value)) as unknown,
          numFmt: cell.numFmt ?? "",
        };
      }),
    );
    out[ws.name] = cells;
  }
  return out;
}

function put(
  ws: ExcelJS.Worksheet,
  top: number,
  left: number,
  rows: readonly Row[],
  dateColumns: readonly number[] = [],
): void {
  rows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === null) return;
      const cell = ws.getCell(top + r + 1, left + c + 1);
      cell.value = v;
      if (r > 0 && dateColumns.includes(c)) cell.numFmt = "yyyy-mm-dd";
    }),
  );
}

/**
 * The unit's workbook as they saved it (made by another program): their tables,
 * their budget sheet with formulas, the loose list; with what another program
 * reads in it before we touch it.
 */
async function userWorkbook(): Promise<{ wb: XlsxWorkbook; before: Snapshot }> {
  const wb = new ExcelJS.Workbook();
  for (const t of USER_TABLES) {
    const ws = wb.getWorksheet(t.sheet) ?? wb.addWorksheet(t.sheet);
    const [header, ...body] = t.rows;
    ws.addTable({
      name: t.name,
      ref: `${String.fromCharCode(65 + t.left)}${t.top + 1}`,
      headerRow: true,
      style: { theme: "TableStyleMedium2", showRowStripes: true },
      columns: (header ?? []).map((h) => ({ name: String(h) })),
      rows: body.map((r) => [...r]),
    });
  }
  // A target the user computes: a formula with its cached result, inside the Goals table.
  sheet(wb, "Mål").getCell("H4").value = { formula: "G4+15", result: 50 } as ExcelJS.CellFormulaValue;
  for (const c of ["E", "F"])
    for (const r of [2, 3]) sheet(wb, "Aktiviteter").getCell(`${c}${r}`).numFmt = "yyyy-mm-dd";

  const budget = wb.addWorksheet(BUDGET_SHEET.sheet);
  put(budget, BUDGET_SHEET.top, BUDGET_SHEET.left, BUDGET_SHEET.rows);
  budget.getCell("D8").value = { formula: "SUM(D4:D6)", result: 1_215_000.5 } as ExcelJS.CellFormulaValue;
  budget.getCell("D9").value = { error: "#REF!" } as ExcelJS.CellErrorValue;
  budget.getCell("B10").value = { richText: [{ text: "Fet ", font: { bold: true } }, { text: "kommentar" }] };
  budget.getCell("B11").value = { text: "Kommunens budget", hyperlink: "https://example.org/budget" };
  budget.getCell("C12").value = new Date(Date.UTC(2019, 2, 15));
  budget.mergeCells("F3:G3");

  const list = wb.addWorksheet(LOOSE_LIST.sheet);
  put(list, LOOSE_LIST.top, LOOSE_LIST.left, LOOSE_LIST.rows);
  const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  return { wb: await openXlsx(bytes), before: snapshot(await loadWithExcelJs(bytes)) };
}

/** The rows appended below a table: the sheet rows (1-based) after its last user row. */
function appendedRows(name: string, imported: number): { sheet: string; rows: Set<number> } {
  const t = USER_TABLES.find((x) => x.name === name);
  if (!t) throw new Error(name);
  const first = t.top + t.rows.length + 1;
  return { sheet: t.sheet, rows: new Set(Array.from({ length: imported }, (_, i) => first + i)) };
}

describe("nothing is lost in an .xlsx file", () => {
  it("keeps every cell of the user's tables and sheets exactly as it was through set-up, check, import and summary", async () => {
    const { wb, before } = await userWorkbook();
    const result = await runScenario(() => xlsxPort(wb));
    expect(result.setUp.created).toEqual(["Articles", "IndicatorValues"]);
    expect(result.imported.goals).toBe(2);
    expect(result.imported.activities).toBe(3);
    expect(result.written.ok).toBe(true);
    const after = snapshot(await reopen(wb));

    for (const [name, cells] of Object.entries(before)) {
      expect(after[name]).toBeDefined();
      for (const [address, cell] of Object.entries(cells))
        expect([name, address, after[name]?.[address]]).toEqual([name, address, cell]);
    }
    // The user's own sheets: not one cell added either.
    expect(after[BUDGET_SHEET.sheet]).toEqual(before[BUDGET_SHEET.sheet]);
    expect(after[LOOSE_LIST.sheet]).toEqual(before[LOOSE_LIST.sheet]);
    // New cells on the user's table sheets only in the rows the import appended.
    const allowed = [
      appendedRows("Goals", result.imported.goals),
      appendedRows("Activities", result.imported.activities),
    ];
    for (const t of USER_TABLES) {
      const added = Object.keys(after[t.sheet] ?? {}).filter((a) => !(a in (before[t.sheet] ?? {})));
      // Set-up's issue-29 columns come at the end of a table: right of every column it had.
      const width = Math.max(...t.rows.map((r) => r.length));
      const outside = added.filter(
        (a) =>
          !allowed.some((x) => x.sheet === t.sheet && x.rows.has(Number(a.replace(/^[A-Z]+/, "")))) &&
          columnIndex(a.replace(/\d+$/, "")) < t.left + width,
      );
      expect([t.sheet, outside]).toEqual([t.sheet, []]);
    }
  });

  it("only adds a sheet when writing a summary: every existing sheet keeps its name and place", async () => {
    const { wb } = await userWorkbook();
    const result = await runScenario(() => xlsxPort(wb));
    const { sheetsBeforeSummary: before, sheetsAfterSummary: after } = result;
    expect(after.filter((n) => before.includes(n))).toEqual(before);
    // The summary sheet, and the first time the product's very hidden list of the sheets it wrote.
    expect(after.filter((n) => !before.includes(n)).sort()).toEqual(
      [result.prepared.sheetName, MARKER_SHEET].sort(),
    );
    expect(sheet(await reopen(wb), MARKER_SHEET).state).toBe("veryHidden");
    expect(await xlsxPort(wb).productSheets()).toEqual([result.prepared.sheetName]);
  });

  it("writes text beginning with =, +, - or @ as that same text, never as a formula, in imported rows and in the summary", async () => {
    const { wb } = await userWorkbook();
    const result = await runScenario(() => xlsxPort(wb));
    const again = snapshot(await reopen(wb));
    const valuesOf = (name: string): unknown[] => Object.values(again[name] ?? {}).map((c) => c.value);

    const planTexts = [...valuesOf("Mål"), ...valuesOf("Aktiviteter")];
    for (const text of IMPORTED_FORMULA_LIKE) expect(planTexts).toContain(text);

    const summary = valuesOf(result.prepared.sheetName);
    expect(
      summary.filter((v) => typeof v === "object" && v !== null && ("formula" in v || "sharedFormula" in v)),
    ).toEqual([]);
    const texts = layoutTexts(result.prepared);
    const risky = texts.filter((t) => /^[=+\-@]/.test(t));
    // The user's own formula-like comments reach the summary, and land there as text.
    expect(risky).toEqual(expect.arrayContaining([FORMULA_LIKE_TEXTS[0], FORMULA_LIKE_TEXTS[3]]));
    for (const text of texts) expect([text, summary.includes(text)]).toEqual([text, true]);
  });
});

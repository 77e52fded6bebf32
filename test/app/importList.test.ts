import { importSourceSheets, importSources, previewImport, writeImport } from "../../src/app/importList";
import { FailureError } from "../../src/core/failures/failures";
import { setUpPlan } from "../../src/app/setUpPlan";
import type { CellValue, RawRange } from "../../src/core/cells/cells";
import { checkPlan } from "../../src/core/checks/checkPlan";
import { readPlan } from "../../src/core/read/readPlan";
import { memoryPort } from "./memoryPort";

/** Region Västmanland's plan as pasted from its Word document. */
const loose: CellValue[][] = [
  ["Artikel", "Mål", "Aktivitet/åtgärd", "Ansvarig", "Tidplan", "Budget", "Indikator", "Målvärde"],
  [
    "Artikel 2 – Den politiska rollen",
    "Jämn könsfördelning i nämnder",
    "Kartlägga könsfördelningen",
    "Regionkansliet",
    "Våren 2019",
    30000,
    "Andel kvinnor som ordförande (%)",
    50,
  ],
  [null, null, "Utbildning för valberedningen", "Valberedningen", "HT 2019", 15000, null, null],
  [
    11,
    "Jämställda löner",
    "Årlig lönekartläggning",
    "HR-avdelningen",
    "Löpande",
    120000,
    "Oförklarade löneskillnader (antal)",
    0,
  ],
  [null, null, "Åtgärda osakliga löneskillnader", "HR-avdelningen", "senast 2019-06-30", 250000, null, null],
  [
    22,
    "Trygg kollektivtrafik",
    "Trygghetsvandringar",
    "Kollektivtrafikförvaltningen",
    "enligt överenskommelse",
    "inom ram",
    "Andel kvinnor som känner sig trygga (%)",
    90,
  ],
];
const looseSheet: RawRange = { sheet: "Blad1", top: 0, left: 0, values: loose };
const period = { from: "2018-01-01", to: "2020-12-31" };

async function sheetValues(
  port: ReturnType<typeof memoryPort>,
  name: string,
): Promise<readonly (readonly CellValue[])[]> {
  const raw = await port.read();
  return raw.sheets.find((s) => s.sheet === name)?.values ?? [];
}

describe("previewImport and writeImport", () => {
  it("turns a loose list into a plan workbook the checks accept, leaving the list as it was", async () => {
    const port = memoryPort({ tables: [], sheets: [looseSheet] });
    const preview = await previewImport(port, { sheet: "Blad1" }, { lang: "sv", ...period });
    expect(preview.missingTables).toHaveLength(7);
    expect(port.calls.addTables + port.calls.appendRows).toBe(0);

    const written = await writeImport(port, preview, "sv");
    expect(written).toMatchObject({ goals: 3, activities: 5, droppedColumns: [] });
    expect(written.created).toContain("Goals");
    expect(await sheetValues(port, "Blad1")).toEqual(loose);

    const plan = readPlan(await port.read());
    expect(plan.goals.rows.map((g) => [g.id, g.articles, g.goal, g.target])).toEqual([
      ["M1", [2], "Jämn könsfördelning i nämnder", 50],
      ["M2", [11], "Jämställda löner", 0],
      ["M3", [22], "Trygg kollektivtrafik", 90],
    ]);
    expect(plan.activities.rows.map((a) => [a.id, a.goalId, a.start, a.end, a.timeframe])).toEqual([
      ["A1.1", "M1", "2019-01-01", "2019-06-30", "Våren 2019"],
      ["A1.2", "M1", "2019-07-01", "2019-12-31", "HT 2019"],
      ["A2.1", "M2", "2018-01-01", "2020-12-31", "Löpande"],
      ["A2.2", "M2", "2018-01-01", "2019-06-30", "senast 2019-06-30"],
      ["A3.1", "M3", null, null, "enligt överenskommelse"],
    ]);
    const importedSheets = new Set(["Mål", "Aktiviteter"]);
    const findings = checkPlan(plan, "2019-09-15").filter(
      (f) => f.sheet !== null && importedSheets.has(f.sheet),
    );
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
    // The one timeframe not understood is undated, and the check says so at its row.
    expect(findings.filter((f) => f.code === "TIME_ACTIVITY_NO_DATES").map((f) => f.refs)).toEqual([
      ["A3.1"],
    ]);
    expect(preview.result.notUnderstood.map((n) => [n.cell, n.reason])).toEqual([["E6", "timeframe"]]);
    // "inom ram" under Budget is no amount: it is kept in Resurser and the preview says so.
    expect(plan.activities.rows.find((a) => a.id === "A3.1")?.resources).toBe("inom ram");
    expect(preview.result.readings).toContainEqual({ kind: "toResources", cell: "F6", text: "inom ram" });
  });

  it("continues after goals M1–M3 already in the workbook and leaves their rows untouched", async () => {
    const port = memoryPort({ tables: [], sheets: [looseSheet] });
    await setUpPlan(port, { lang: "sv", ...period });
    await port.appendRows([
      {
        table: "Goals",
        rows: [
          ["M1", "1", "Jämställdhetsintegrering i styrningen", null, null, null, null, null, null],
          ["M2", "3", "Jämställt deltagande i beslut", null, null, null, null, null, null],
          ["M3", "12", "Jämställdhet i upphandling", null, null, null, null, null, null],
        ],
      },
      {
        table: "Activities",
        rows: [["A1.1", "M1", "Utbildning i jämställdhetsintegrering", null, null, null, null, null, "2019"]],
      },
    ]);
    const goalsBefore = await sheetValues(port, "Mål");

    const preview = await previewImport(port, { sheet: "blad1" }, { lang: "sv" });
    expect(preview.missingTables).toEqual([]);
    expect(preview.result.numbering).toEqual({ continuedAfter: "M3", firstGoalId: "M4" });
    expect([preview.from, preview.to]).toEqual(["2018-01-01", "2020-12-31"]);
    await writeImport(port, preview, "sv");

    const goalsAfter = await sheetValues(port, "Mål");
    expect(goalsAfter.slice(0, goalsBefore.length)).toEqual(goalsBefore);
    const plan = readPlan(await port.read());
    expect(plan.goals.rows.map((g) => g.id)).toEqual(["M1", "M2", "M3", "M4", "M5", "M6"]);
    expect(plan.activities.rows.map((a) => a.id)).toEqual(["A1.1", "A4.1", "A4.2", "A5.1", "A5.2", "A6.1"]);
    expect(port.calls.addTables).toBe(1);
  });

  it("imports a given range such as the user's selection, with a corrected mapping", async () => {
    const port = memoryPort({ tables: [], sheets: [looseSheet] });
    const selection: RawRange = {
      sheet: "Blad1",
      top: 9,
      left: 1,
      values: [
        ["Område", "Vad vill vi uppnå", "Hur gör vi"],
        ["Art. 14", "Likvärdig vård", "Analysera väntetider efter kön"],
      ],
    };
    const guessed = await previewImport(port, { range: selection }, { lang: "sv" });
    expect(guessed.result.goals).toEqual([]);
    const preview = await previewImport(
      port,
      { range: selection },
      { lang: "sv", mapping: { article: 0, goal: 1, activity: 2 } },
    );
    expect(preview.result.goals.map((g) => [g.id, g.articles, g.goal, g.cell])).toEqual([
      ["M1", [14], "Likvärdig vård", "C11"],
    ]);
    await writeImport(port, preview, "sv");
    expect(readPlan(await port.read()).activities.rows.map((a) => a.activity)).toEqual([
      "Analysera väntetider efter kön",
    ]);
  });

  it("takes the first sheet that is not one of the plan's own when no sheet is named", async () => {
    const port = memoryPort({ tables: [], sheets: [looseSheet] });
    await setUpPlan(port, { lang: "sv", ...period });
    const preview = await previewImport(port, {}, { lang: "sv" });
    expect(preview.result.sheet).toBe("Blad1");
    expect(preview.result.goals).toHaveLength(3);
  });

  it("refuses a sheet that does not exist, with a code", async () => {
    const port = memoryPort({ tables: [], sheets: [looseSheet] });
    await expect(previewImport(port, { sheet: "Blad9" }, { lang: "sv" })).rejects.toMatchObject({
      failure: { code: "sheetNotFound", sheet: "Blad9" },
    });
    await expect(previewImport(memoryPort(), {}, { lang: "sv" })).rejects.toBeInstanceOf(FailureError);
    await expect(previewImport(memoryPort(), {}, { lang: "sv" })).rejects.toMatchObject({
      failure: { code: "noSource" },
    });
  });

  it("refuses to write when the IDs it would use were taken after the preview", async () => {
    const port = memoryPort({ tables: [], sheets: [looseSheet] });
    await setUpPlan(port, { lang: "sv", ...period });
    const preview = await previewImport(port, { sheet: "Blad1" }, { lang: "sv" });
    await port.appendRows([
      { table: "Goals", rows: [["M1", "5", "Jämn representation", null, null, null, null, null, null]] },
    ]);
    await expect(writeImport(port, preview, "sv")).rejects.toMatchObject({
      failure: { code: "idsTaken", ids: ["M1"] },
    });
    expect(port.calls.appendRows).toBe(1);
  });
});

describe("the sheets offered as import sources", () => {
  it("leaves out the plan's own sheets, the lists sheet and the product's working sheets", async () => {
    const withUserSheets = memoryPort({
      tables: [],
      sheets: [
        ...["Plan", "Mål", "Listor", "_cemr", "CEMR_ny_2", "Inklistrad plan", "Budget 2019"].map((sheet) => ({
          sheet,
          top: 0,
          left: 0,
          values: [["x"]],
        })),
      ],
    });
    expect(await importSourceSheets(withUserSheets)).toEqual(["Inklistrad plan", "Budget 2019"]);
  });

  it("offers the selection only where the host can read it", async () => {
    const sheets = [{ sheet: "Inklistrad plan", top: 0, left: 0, values: [["x"]] }];
    const file = memoryPort({ tables: [], sheets });
    expect(await importSources(file)).toEqual({
      sheets: ["Inklistrad plan"],
      selection: false,
    });
    const excel = { ...file, readSelection: async () => null };
    expect(await importSources(excel)).toEqual({ sheets: ["Inklistrad plan"], selection: true });
  });
});

describe("importing text pasted into the view", () => {
  it("reads it with the workbook's plan period and writes it, with no sheet to read from", async () => {
    const port = memoryPort({ tables: [], sheets: [] });
    await setUpPlan(port, { lang: "sv", ...period });
    const text = [
      "Handlingsplan för jämställdhet",
      "Artikel 11 – Arbetsgivarrollen",
      "Mål 1: Jämställda löner",
      "• Årlig lönekartläggning. Ansvar: HR-avdelningen. Tid: årligen. Kostnad: 50 tkr.",
    ].join("\r\n");
    const preview = await previewImport(port, { text }, { lang: "sv" });
    expect(preview.result.source).toBe("text");
    expect(preview.result.activities.map((a) => [a.start, a.end, a.budget])).toEqual([
      ["2018-01-01", "2020-12-31", 50000],
    ]);
    expect(await writeImport(port, preview, "sv")).toMatchObject({ goals: 1, activities: 1 });
    const plan = readPlan(await port.read());
    expect(plan.goals.rows.map((g) => [g.id, g.articles, g.goal])).toEqual([
      ["M1", [11], "Jämställda löner"],
    ]);
    expect(plan.activities.rows[0]?.responsible).toBe("HR-avdelningen");
  });
});

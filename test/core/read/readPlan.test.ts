import { readPlan } from "../../../src/core/read/readPlan";
import { locateTable } from "../../../src/core/read/locateTable";
import type { ReadProblem } from "../../../src/core/plan/plan.types";
import { planWorkbook, samplePlan, serial, type Rows } from "../fixtures/planWorkbook";

/** Code, sheet and cell of each problem: what a finding will point at. */
const located = (problems: readonly ReadProblem[]): string[] =>
  problems.map((p) => `${p.code} ${p.sheet ?? "-"}!${p.cell ?? "-"}`);

describe("readPlan on a complete Swedish plan", () => {
  const plan = readPlan(planWorkbook(samplePlan()));

  it("reads it without problems, in Swedish", () => {
    expect(plan.problems).toEqual([]);
    expect(plan.lang).toBe("sv");
  });

  it("reads the plan's facts and points at their value cells", () => {
    expect(plan.facts).toMatchObject({
      organisation: "Lindesbergs kommun",
      planName: "Handlingsplan för jämställdhet 2021–2023",
      signed: "2019-03-18",
      adopted: "2021-02-22",
      periodStart: "2021-01-01",
      periodEnd: "2023-12-31",
      currency: "SEK",
      charterVersion: 2006,
    });
    expect(plan.facts.cells.signed).toEqual({ sheet: "Plan", cell: "B4" });
    expect(plan.facts.cells.charterVersion).toEqual({ sheet: "Plan", cell: "B9" });
  });

  it("types every row and keeps its 0-based sheet row", () => {
    expect(plan.articles.rows).toHaveLength(30);
    expect(plan.articles.rows.filter((a) => a.prioritised).map((a) => a.article)).toEqual([2, 6, 11, 13, 22]);
    expect(plan.goals.rows.map((g) => g.articles)).toEqual([[2], [6], [11], [11, 13], [22]]);
    expect(plan.goals.rows[3]).toMatchObject({
      row: 4,
      id: "M4",
      baseline: 2.1,
      target: 0,
      direction: "decrease",
    });
    expect(plan.activities.rows[2]).toMatchObject({
      row: 3,
      id: "A3",
      goalId: "M3",
      start: "2021-01-01",
      end: "2023-06-30",
      budget: 1200000,
    });
    expect(plan.periods.rows.map((p) => [p.period, p.type, p.cutoff])).toContainEqual([
      "Helår 2022",
      "annual",
      "2022-12-31",
    ]);
    expect(plan.followUp.rows[5]).toMatchObject({
      row: 6,
      period: "Helår 2021",
      activityId: "A2",
      status: "delayed",
      outcome: 12000,
    });
    expect(plan.indicatorValues.rows[0]).toMatchObject({
      women: 3,
      men: 5,
      total: 8,
      assessment: "partlyMet",
    });
    expect(plan.indicatorValues.rows[1]).toMatchObject({
      women: 68,
      men: null,
      assessment: null,
      comment: null,
    });
  });

  it("describes where each table lies", () => {
    expect(plan.activities.table).toEqual({
      name: "Activities",
      found: "table",
      sheet: "Aktiviteter",
      headerRow: 0,
      headerShown: true,
      columns: {
        id: 0,
        goalId: 1,
        activity: 2,
        responsible: 3,
        start: 4,
        end: 5,
        budget: 6,
        resources: 7,
        timeframe: 8,
      },
      firstCol: 0,
      lastCol: 8,
      lastRow: 5,
    });
    expect(plan.planTable.found).toBe("table");
  });
});

describe("finding tables", () => {
  it("finds an Excel table by its name in any case, whatever its sheet is called", () => {
    const raw = planWorkbook({ Goals: { rows: samplePlan().Goals, name: "goals", sheet: "Blad3" } });
    expect(locateTable(raw, "Goals")?.kind).toBe("table");
    expect(readPlan(raw).goals.table).toMatchObject({ found: "table", sheet: "Blad3" });
  });

  it("finds plain cells by the sheet name in either language, the header being the first non-empty row", () => {
    const raw = planWorkbook({
      Goals: { rows: samplePlan().Goals, as: "sheet", sheet: " mål ", top: 3, left: 1 },
      Periods: { rows: samplePlan().Periods, as: "sheet", sheet: "PERIODS" },
    });
    const plan = readPlan(raw);
    expect(plan.goals.table).toMatchObject({ found: "sheet", sheet: " mål ", headerRow: 3, firstCol: 1 });
    expect(plan.goals.rows[0]).toMatchObject({ row: 4, id: "M1", articles: [2] });
    expect(plan.periods.rows).toHaveLength(4);
  });

  it("reads a table whose header row is hidden: names from the table, rows from the sheet's first row, no finding above them", () => {
    const goals = samplePlan().Goals;
    const raw = planWorkbook({ Plan: samplePlan().Plan, Goals: goals });
    const hidden = raw.tables.map((t) =>
      // As an adapter hands it over: the body starts on the sheet's first row, the names above it.
      t.name === "Goals" ? { ...t, top: -1, headerShown: false } : t,
    );
    const plan = readPlan({ ...raw, tables: hidden });
    expect(plan.goals.table).toMatchObject({ found: "table", headerRow: -1, headerShown: false, lastRow: 4 });
    expect(plan.goals.rows.map((r) => [r.row, r.id])).toEqual(goals.map((g, i) => [i, g[0]]));
    const broken = hidden.map((t) =>
      t.name === "Goals" ? { ...t, values: [t.values[0] ?? [], ["M9", "", "", "", "", "x", "", "", ""]] } : t,
    );
    const problems = readPlan({ ...raw, tables: broken }).problems.filter((p) => p.table === "Goals");
    expect(problems.map((p) => [p.code, p.cell])).toEqual([
      ["VALUE_REQUIRED", "B1"],
      ["VALUE_REQUIRED", "C1"],
      ["VALUE_INVALID_NUMBER", "F1"],
    ]);
  });

  it("skips blank rows above the header on a sheet", () => {
    const raw = {
      tables: [],
      sheets: [
        {
          sheet: "Perioder",
          top: 0,
          left: 0,
          values: [
            [null, ""],
            ["  "],
            ["Period", "Typ", "Brytdatum"],
            ["Delår 2021", "Delår", "31 augusti 2021"],
          ],
        },
      ],
    };
    const plan = readPlan(raw);
    expect(plan.periods.table.headerRow).toBe(2);
    expect(plan.periods.rows).toEqual([
      { row: 3, period: "Delår 2021", type: "interim", cutoff: "2021-08-31" },
    ]);
  });

  it("treats an empty sheet of the table's name as a missing table", () => {
    const raw = { tables: [], sheets: [{ sheet: "Mål", top: 0, left: 0, values: [[null, "  "]] }] };
    expect(locateTable(raw, "Goals")).toBeNull();
    expect(
      readPlan(raw)
        .problems.filter((p) => p.table === "Goals")
        .map((p) => p.code),
    ).toEqual(["TABLE_MISSING"]);
  });

  it("matches English headers in any order, ignores extra columns and reads the workbook as English", () => {
    const raw = planWorkbook(
      {
        Activities: {
          headers: ["Notes", "End", "ACTIVITY ID", "Activity", "Goal ID", "Start", "Budget"],
          rows: [["ask HR", "2021-12-31", "A1", "Pay survey", "M4", "2021-03-01", "150 000 kr"]],
        },
      },
      { lang: "en" },
    );
    const plan = readPlan(raw);
    expect(plan.lang).toBe("en");
    expect(plan.activities.table.sheet).toBe("Activities");
    expect(plan.activities.rows[0]).toMatchObject({
      id: "A1",
      goalId: "M4",
      start: "2021-03-01",
      end: "2021-12-31",
      budget: 150000,
      responsible: null,
    });
  });

  it("matches headers written with other spacing, hyphens or a trailing colon", () => {
    const raw = planWorkbook({
      Activities: { headers: ["Aktivitet ID", "Mål-id:", " aktivitet "], rows: [["A1", "M1", "Utbildning"]] },
    });
    const plan = readPlan(raw);
    expect(plan.activities.rows[0]).toMatchObject({ id: "A1", goalId: "M1", activity: "Utbildning" });
    expect(plan.problems.filter((p) => p.table === "Activities")).toEqual([]);
  });
});

describe("structure problems", () => {
  it("reports each missing table once, without a sheet or cell, in schema order", () => {
    const { Goals, Activities } = samplePlan();
    const plan = readPlan(planWorkbook({ Goals, Activities }));
    expect(plan.problems.map((p) => [p.code, p.table, p.sheet, p.cell])).toEqual([
      ["TABLE_MISSING", "Plan", null, null],
      ["TABLE_MISSING", "Articles", null, null],
      ["TABLE_MISSING", "Periods", null, null],
      ["TABLE_MISSING", "FollowUp", null, null],
      ["TABLE_MISSING", "IndicatorValues", null, null],
    ]);
    expect(plan.periods.table).toMatchObject({ found: "missing", sheet: null });
    expect(plan.periods.rows).toEqual([]);
  });

  it("reports a missing required column on its sheet, with the header in the workbook's language", () => {
    const sv = readPlan(
      planWorkbook({
        FollowUp: { headers: ["Period", "Aktivitet-ID", "Utfall"], rows: [["Delår 2021", "A1", 100]] },
      }),
    );
    expect(
      sv.problems.filter((p) => p.table === "FollowUp").map((p) => [p.code, p.sheet, p.cell, p.header]),
    ).toEqual([["COLUMN_MISSING", "Uppföljning", null, "Status"]]);
    expect(sv.followUp.rows[0]).toMatchObject({ status: null, outcome: 100 });

    const en = readPlan(
      planWorkbook(
        { Goals: { headers: ["Goal", "Indicator"], rows: [["Equal pay", "Pay gap"]] } },
        { lang: "en" },
      ),
    );
    expect(en.problems.filter((p) => p.table === "Goals").map((p) => p.header)).toEqual([
      "Goal ID",
      "Article",
    ]);
  });
});

describe("value problems at their cells", () => {
  const messy = (): ReturnType<typeof readPlan> => {
    const sample = samplePlan();
    return readPlan(
      planWorkbook({
        ...sample,
        Activities: {
          // Shuffled columns, on plain cells from row 3, column B: addresses must follow.
          as: "sheet",
          top: 2,
          left: 1,
          headers: ["Aktivitet", "Aktivitet-ID", "Mål-ID", "Start", "Slut", "Budget", "Kommentar"],
          rows: [
            ["Kartlägg nomineringar", "A1", "M1", "1 feb 2021", "31 okt. 2021", "40 000 kr", "ok"],
            ["Checklista", "A2", "M2", "snart", "2021-02-30", "ca 25 tkr", ""],
            [null, null, null, null, null, null, "bara en anteckning"],
            ["", "", "", "", "", "", ""],
            ["", "A3", "M3", serial("2021-01-01"), "31/12 2023", "1\u00a0200\u00a0000", ""],
          ],
        },
        FollowUp: [
          ["Delår 2021", "A1", "pågår", "15 000", "−3 000", ""],
          ["Delår 2021", "A2", "Klar", "#N/A", "12,5", "=SUMMA"],
          ["", "A3", "", "", "", ""],
        ],
        Articles: [
          ...sample.Articles.slice(0, 10),
          [11.5, "Alla aspekter av anställning", "Arbetsgivarrollen", "kanske", ""],
        ],
      }),
    );
  };

  it("reads values as a person means them", () => {
    const plan = messy();
    expect(plan.activities.rows.map((a) => [a.id, a.start, a.end, a.budget])).toEqual([
      ["A1", "2021-02-01", "2021-10-31", 40000],
      ["A2", null, null, null],
      ["A3", "2021-01-01", "2023-12-31", 1200000],
    ]);
    expect(plan.followUp.rows[0]).toMatchObject({ status: "inProgress", outcome: 15000, forecast: -3000 });
    expect(plan.followUp.rows[1]).toMatchObject({
      status: null,
      outcome: null,
      forecast: 12.5,
      comment: "=SUMMA",
    });
  });

  it("skips empty rows and rows with notes only outside the schema's columns, keeping sheet rows", () => {
    expect(messy().activities.rows.map((a) => a.row)).toEqual([3, 4, 7]);
  });

  it("reports every unreadable or missing value at its A1 cell with its text and row ID, in order", () => {
    const problems = messy().problems;
    expect(located(problems)).toEqual([
      "VALUE_INVALID_NUMBER Artiklar!A12",
      "VALUE_INVALID_CHOICE Artiklar!D12",
      "VALUE_INVALID_DATE Aktiviteter!E5",
      "VALUE_INVALID_DATE Aktiviteter!F5",
      "VALUE_INVALID_NUMBER Aktiviteter!G5",
      "VALUE_REQUIRED Aktiviteter!B8",
      "VALUE_INVALID_CHOICE Uppföljning!C3",
      "VALUE_INVALID_NUMBER Uppföljning!D3",
      "VALUE_REQUIRED Uppföljning!A4",
      "VALUE_REQUIRED Uppföljning!C4",
    ]);
    const byCell = new Map(problems.map((p) => [p.cell, p]));
    expect(byCell.get("E5")).toMatchObject({
      table: "Activities",
      column: "start",
      text: "snart",
      rowId: "A2",
      row: 4,
      col: 4,
    });
    expect(byCell.get("G5")).toMatchObject({ text: "ca 25 tkr", rowId: "A2" });
    expect(byCell.get("A12")).toMatchObject({ column: "article", text: "11.5" });
    expect(byCell.get("D12")).toMatchObject({ column: "prioritised", text: "kanske" });
    expect(byCell.get("C3")).toMatchObject({ column: "status", text: "Klar", rowId: "A2" });
    expect(byCell.get("D3")).toMatchObject({ text: "#N/A" });
  });

  it("reads an article cell's references and keeps what it did not understand for the checks", () => {
    const goals: Rows = [
      ["M1", "Artikel 11 – Arbetsgivarrollen", "Heltid som norm"],
      ["M2", "artikel 2 och 5", "Jämn representation"],
      ["M3", "Art. x", "Trygghet"],
      ["M4", "", "Utan artikel"],
      [7, 42, "Sju"],
    ];
    const plan = readPlan(planWorkbook({ Goals: { headers: ["Mål-ID", "Artikel", "Mål"], rows: goals } }));
    expect(plan.goals.rows.map((g) => [g.id, g.articles, g.articleTextsNotUnderstood])).toEqual([
      ["M1", [11], []],
      ["M2", [2, 5], []],
      ["M3", [], ["Art. x"]],
      ["M4", [], []],
      ["7", [42], []],
    ]);
    expect(located(plan.problems.filter((p) => p.table === "Goals"))).toEqual(["VALUE_REQUIRED Mål!B5"]);
    expect(plan.problems.find((p) => p.table === "Goals")?.rowId).toBe("M4");
  });

  it("reads national sub-goals, the regional goal and actions, and keeps what it did not understand", () => {
    const plan = readPlan(
      planWorkbook({
        Goals: {
          headers: ["Mål-ID", "Artikel", "Mål", "Nationellt delmål", "Regionalt mål"],
          rows: [
            ["M1", 11, "Heltid som norm", "2 Ekonomisk jämställdhet", "Jämställd arbetsmarknad i länet"],
            ["M2", 22, "Stöd till våldsutsatta", "4 Mäns våld mot kvinnor ska upphöra", null],
            ["M3", 14, "Jämlik vård", "delmål 9", ""],
          ],
        },
        FollowUp: {
          headers: ["Period", "Aktivitet-ID", "Status", "Kommentar", "Åtgärd"],
          rows: [["Delår 2025", "A1", "Försenad", "Sjukskrivning", "  Ny tidplan till hösten  "]],
        },
        IndicatorValues: {
          headers: ["Period", "Mål-ID", "Totalt", "Åtgärd"],
          rows: [["Helår 2025", "M1", 61, "Översyn av schemaläggningen"]],
        },
      }),
    );
    expect(
      plan.goals.rows.map((g) => [
        g.nationalGoals,
        g.nationalGoalTextsNotUnderstood,
        g.nationalGoalsOldNumbering,
        g.regionalGoal,
      ]),
    ).toEqual([
      [[2], [], [], "Jämställd arbetsmarknad i länet"],
      [[6], [], [{ written: 4, read: 6 }], null],
      [[], ["delmål 9"], [], null],
    ]);
    expect(plan.followUp.rows[0]?.action).toBe("Ny tidplan till hösten");
    expect(plan.indicatorValues.rows[0]?.action).toBe("Översyn av schemaläggningen");
    expect(plan.problems.filter((p) => p.table === "Goals")).toEqual([]);
  });

  it("reads a plan without the new columns as before: no sub-goals, no regional goal, no action, no problem", () => {
    const plan = readPlan(
      planWorkbook({
        Goals: { headers: ["Mål-ID", "Artikel", "Mål"], rows: [["M1", 11, "Heltid som norm"]] },
        FollowUp: { headers: ["Period", "Aktivitet-ID", "Status"], rows: [["Delår 2025", "A1", "Försenad"]] },
      }),
    );
    expect(plan.goals.rows[0]).toMatchObject({ nationalGoals: [], regionalGoal: null });
    expect(plan.goals.table.columns.nationalGoals).toBeUndefined();
    expect(plan.followUp.rows[0]?.action).toBeNull();
    expect(plan.problems.filter((p) => p.table === "Goals" || p.table === "FollowUp")).toEqual([]);
  });
});

describe("the Plan table", () => {
  const planRows = (rows: Rows, lang: "sv" | "en" = "sv"): ReturnType<typeof readPlan> =>
    readPlan(planWorkbook({ Plan: rows }, { lang }));

  it("reads keys in English, in any order, with dates written as text", () => {
    const plan = planRows(
      [
        ["Charter version", "2022"],
        ["Signed", "18 March 2019"],
        ["Organisation", "Region Örebro län"],
        ["Period end", "2024-12-31"],
        ["Period start", "1 januari 2022"],
        ["Comment", "not a key"],
      ],
      "en",
    );
    expect(plan.facts).toMatchObject({
      organisation: "Region Örebro län",
      signed: "2019-03-18",
      periodStart: "2022-01-01",
      periodEnd: "2024-12-31",
      adopted: null,
      currency: "SEK",
      charterVersion: 2022,
    });
    expect(plan.facts.cells.periodStart).toEqual({ sheet: "Plan", cell: "B6" });
    expect(plan.facts.cells.adopted).toBeUndefined();
    expect(plan.problems).not.toContainEqual(expect.objectContaining({ table: "Plan" }));
  });

  it("requires only the organisation; missing dates are left to the checks", () => {
    const plan = planRows([
      ["Organisation", ""],
      ["Undertecknad", null],
      ["Planperiod start", ""],
    ]);
    expect(located(plan.problems.filter((p) => p.table === "Plan"))).toEqual(["VALUE_REQUIRED Plan!B2"]);
    expect(plan.facts).toMatchObject({ organisation: null, signed: null, periodStart: null });
  });

  it("reports a missing Organisation row on the Plan sheet without a cell", () => {
    const plan = planRows([["Planens namn", "Jämställdhetsplan"]]);
    expect(
      plan.problems.filter((p) => p.table === "Plan").map((p) => [p.code, p.sheet, p.cell, p.column]),
    ).toEqual([["VALUE_REQUIRED", "Plan", null, "organisation"]]);
  });

  it("reports unreadable dates and an unknown Charter version at their value cells", () => {
    const plan = planRows([
      ["Organisation", "Lindesbergs kommun"],
      ["Undertecknad", "i våras"],
      ["Antagen", serial("2021-02-22")],
      ["Planperiod slut", "2023-02-30"],
      ["Deklarationens version", 2010],
    ]);
    expect(located(plan.problems)).toEqual([
      "VALUE_INVALID_DATE Plan!B3",
      "VALUE_INVALID_DATE Plan!B5",
      "VALUE_INVALID_CHOICE Plan!B6",
      ...Array.from({ length: 6 }, () => "TABLE_MISSING -!-"),
    ]);
    expect(plan.problems[0]).toMatchObject({ column: "signed", text: "i våras" });
    expect(plan.facts).toMatchObject({ signed: null, adopted: "2021-02-22", charterVersion: 2006 });
  });

  it("reports a missing value column rather than reading nothing silently", () => {
    const plan = readPlan(
      planWorkbook({
        Plan: { headers: ["Uppgift", "Anteckning"], rows: [["Organisation", "Lindesbergs kommun"]] },
      }),
    );
    expect(plan.problems.filter((p) => p.table === "Plan").map((p) => [p.code, p.header])).toEqual([
      ["COLUMN_MISSING", "Värde"],
    ]);
  });
});

describe("robustness", () => {
  it("never throws on ragged, hostile sheets", () => {
    const raw = {
      tables: [{ name: "FollowUp", sheet: "Uppföljning", top: 0, left: 0, values: [] }],
      sheets: [
        {
          sheet: "Mål",
          top: 0,
          left: 0,
          values: [
            ["Mål-ID"],
            [],
            ["M1", true, new Date(Number.NaN), Number.NaN],
            [null, "😀".repeat(10_000)],
          ],
        },
        {
          sheet: "Aktiviteter",
          top: 0,
          left: 0,
          values: [
            [Number.POSITIVE_INFINITY, "Aktivitet-ID"],
            ["\u0000", "x".repeat(100_000)],
          ],
        },
        {
          sheet: "Plan",
          top: 0,
          left: 0,
          values: [["Uppgift", "Värde"], ["Organisation"], ["Undertecknad", true]],
        },
      ],
    };
    expect(() => readPlan(raw)).not.toThrow();
    const plan = readPlan(raw);
    expect(plan.followUp.table.found).toBe("table");
    expect(located(plan.problems.filter((p) => p.table === "Plan"))).toEqual([
      "VALUE_REQUIRED Plan!B2",
      "VALUE_INVALID_DATE Plan!B3",
    ]);
  });

  it("reads 20 000 follow-up rows in well under a second", () => {
    const statuses = ["Pågår", "Genomförd", "Ej påbörjad", "Försenad"];
    const rows: Rows = Array.from({ length: 20_000 }, (_, i) => [
      `Delår ${2021 + (i % 3)}`,
      `A${i + 1}`,
      statuses[i % 4] ?? "Pågår",
      `${(i * 37) % 100_000} kr`,
      i * 10,
      "Enligt plan",
    ]);
    const raw = planWorkbook({ ...samplePlan(), FollowUp: rows });
    const started = performance.now();
    const plan = readPlan(raw);
    const elapsed = performance.now() - started;
    expect(plan.problems).toEqual([]);
    expect(plan.followUp.rows).toHaveLength(20_000);
    expect(plan.followUp.rows[19_999]).toMatchObject({
      row: 20_000,
      activityId: "A20000",
      status: "delayed",
    });
    expect(elapsed).toBeLessThan(1000);
  });
});

import { setUpPlan } from "../../src/app/setUpPlan";
import type { RawTable } from "../../src/core/cells/cells";
import { isoToSerial, serialToIso } from "../../src/core/dates/dates";
import { readPlan } from "../../src/core/read/readPlan";
import { TABLES, headersOf } from "../../src/core/schema";
import { memoryPort } from "./memoryPort";

const ALL = TABLES.map((t) => t.name);

/** A user's Goals table written before issue 29: without Nationellt delmål and Regionalt mål. */
const userGoals: RawTable = {
  name: "Goals",
  sheet: "Mål",
  top: 0,
  left: 0,
  values: [
    headersOf("Goals", "sv").slice(0, 9),
    [
      "M1",
      "Art. 11",
      "Jämn könsfördelning bland chefer",
      "Andel kvinnliga chefer",
      "%",
      38,
      50,
      "Öka",
      "HR-chef",
    ],
    [
      "M2",
      "22",
      "Minskat våld i nära relationer",
      "Antal anmälningar",
      "st",
      140,
      100,
      "Minska",
      "Socialnämnden",
    ],
  ],
};

function userPlan(lang: "sv" | "en"): RawTable {
  const sv = lang === "sv";
  return {
    name: "Plan",
    sheet: "Plan",
    top: 0,
    left: 0,
    values: [
      headersOf("Plan", lang),
      [sv ? "Organisation" : "Organisation", "Katrineholms kommun"],
      [sv ? "Undertecknad" : "Signed", isoToSerial("2017-03-15")],
      [sv ? "Planperiod start" : "Period start", isoToSerial("2020-01-01")],
      [sv ? "Planperiod slut" : "Period end", isoToSerial("2023-12-31")],
      [sv ? "Deklarationens version" : "Charter version", 2022],
    ],
  };
}

describe("setUpPlan", () => {
  it("adds all seven tables to an empty workbook", async () => {
    const port = memoryPort();
    const result = await setUpPlan(port, { lang: "sv", from: "2018-01-01", to: "2020-12-31" });
    expect(result).toEqual({ created: ALL, existing: [], columnsAdded: [], columnsNotAdded: [] });
    expect(port.written.tables.map((t) => t.name)).toEqual(ALL);
    const raw = await port.read();
    expect(raw.tables.map((t) => t.name)).toEqual(ALL);
    // The hidden lists sheet the validation lists draw on comes first, as in Excel.
    expect(await port.sheetNames()).toEqual(["Listor", ...TABLES.map((t) => t.sheet.sv)]);
    const periods = raw.tables.find((t) => t.name === "Periods");
    expect(periods?.values).toHaveLength(1 + 6);
  });

  it("sets up a workbook the reader understands: plan period, periods and articles read back", async () => {
    const port = memoryPort();
    await setUpPlan(port, { lang: "sv", from: "2018-01-01", to: "2020-12-31" });
    const plan = readPlan(await port.read());
    expect(plan.lang).toBe("sv");
    expect(plan.facts.periodStart).toBe("2018-01-01");
    expect(plan.facts.periodEnd).toBe("2020-12-31");
    expect(plan.facts.currency).toBe("SEK");
    expect(plan.facts.charterVersion).toBe(2006);
    expect(plan.periods.rows.map((r) => [r.period, r.type, r.cutoff])).toContainEqual([
      "Delår 2019",
      "interim",
      "2019-08-31",
    ]);
    expect(plan.periods.rows.filter((r) => r.type === "annual")).toHaveLength(3);
    expect(plan.articles.rows).toHaveLength(30);
    expect(plan.articles.rows.every((r) => r.prioritised === false)).toBe(true);
    expect(plan.problems.filter((p) => p.code !== "VALUE_REQUIRED")).toEqual([]);
  });

  it("writes English tables when asked in English", async () => {
    const port = memoryPort();
    await setUpPlan(port, { lang: "en", version: 2022 });
    const articles = (await port.read()).tables.find((t) => t.name === "Articles");
    expect(articles?.sheet).toBe("Articles");
    expect(articles?.values[0]).toEqual(headersOf("Articles", "en"));
    expect(articles?.values).toHaveLength(1 + 39);
  });

  it("leaves a user's Goals table untouched and adds the six others", async () => {
    const port = memoryPort({ tables: [userGoals], sheets: [userGoals] });
    const result = await setUpPlan(port, { lang: "sv", from: "2021-01-01", to: "2024-12-31" });
    expect(result.existing).toEqual(["Goals"]);
    expect(result.created).toEqual(ALL.filter((n) => n !== "Goals"));
    expect(port.written.tables.map((t) => t.name)).not.toContain("Goals");
    const goals = (await port.read()).tables.find((t) => t.name === "Goals");
    // The user's cells stay as they were; the two new columns come at the end, empty.
    expect(goals?.values.map((r) => r.slice(0, 9))).toEqual(userGoals.values);
    expect(goals?.values.map((r) => r.slice(9))).toEqual([
      ["Nationellt delmål", "Regionalt mål"],
      [null, null],
      [null, null],
    ]);
    expect(result.columnsAdded).toEqual([
      { table: "Goals", headers: ["Nationellt delmål", "Regionalt mål"] },
    ]);
    expect(result.columnsNotAdded).toEqual([]);
  });

  it("adds nothing and names the table when the cells right of it hold data, and changes nothing when run again", async () => {
    const port = memoryPort({
      tables: [userGoals],
      sheets: [
        { ...userGoals, values: userGoals.values.map((r, i) => [...r, i === 1 ? "Se protokoll" : null]) },
      ],
    });
    const result = await setUpPlan(port, { lang: "sv" });
    expect(result.columnsAdded).toEqual([]);
    expect(result.columnsNotAdded).toEqual([
      {
        table: "Goals",
        sheet: "Mål",
        reason: "cellsNotEmpty",
        headers: ["Nationellt delmål", "Regionalt mål"],
      },
    ]);
    const goals = (await port.read()).tables.find((t) => t.name === "Goals");
    expect(goals?.values).toEqual(userGoals.values);

    const free = memoryPort({ tables: [userGoals], sheets: [userGoals] });
    await setUpPlan(free, { lang: "sv" });
    const again = await setUpPlan(free, { lang: "sv" });
    expect(again).toEqual({ created: [], existing: ALL, columnsAdded: [], columnsNotAdded: [] });
  });

  it("counts a table copied as plain cells onto its sheet as existing", async () => {
    const plainActivities = {
      sheet: "Aktiviteter",
      top: 2,
      left: 1,
      values: [
        headersOf("Activities", "sv"),
        ["A1", "M1", "Lönekartläggning", "HR", null, null, 50000, null, "2021"],
      ],
    };
    const port = memoryPort({ tables: [], sheets: [plainActivities] });
    const result = await setUpPlan(port, { lang: "sv" });
    expect(result.existing).toEqual(["Activities"]);
    expect(port.written.tables.map((t) => t.name)).not.toContain("Activities");
  });

  it("changes nothing when run a second time", async () => {
    const port = memoryPort();
    await setUpPlan(port, { lang: "sv", from: "2018-01-01", to: "2020-12-31" });
    const before = await port.read();
    const second = await setUpPlan(port, { lang: "sv", from: "2018-01-01", to: "2020-12-31" });
    expect(second).toEqual({ created: [], existing: ALL, columnsAdded: [], columnsNotAdded: [] });
    expect(port.calls.addTables).toBe(1);
    expect(port.written.tables).toHaveLength(7);
    expect(await port.read()).toEqual(before);
  });

  it("takes default periods and the Charter version from an existing Plan table", async () => {
    const plan = userPlan("sv");
    const port = memoryPort({ tables: [plan], sheets: [plan] });
    const result = await setUpPlan(port, { lang: "sv" });
    expect(result.existing).toEqual(["Plan"]);
    const raw = await port.read();
    const periods = raw.tables.find((t) => t.name === "Periods");
    expect(periods?.values.slice(1).map((r) => r[0])).toEqual([
      "Delår 2020",
      "Helår 2020",
      "Delår 2021",
      "Helår 2021",
      "Delår 2022",
      "Helår 2022",
      "Delår 2023",
      "Helår 2023",
    ]);
    expect(serialToIso(Number(periods?.values[8]?.[2]))).toBe("2023-12-31");
    expect(raw.tables.find((t) => t.name === "Articles")?.values).toHaveLength(1 + 39);
    expect(raw.tables.find((t) => t.name === "Plan")?.values).toEqual(plan.values);
  });

  it("prefers the existing Plan's period to one given in the options", async () => {
    const plan = userPlan("sv");
    const port = memoryPort({ tables: [plan], sheets: [plan] });
    await setUpPlan(port, { lang: "sv", from: "2030-01-01", to: "2030-12-31" });
    const periods = port.written.tables.find((t) => t.name === "Periods");
    expect(periods?.rows[0]?.[0]).toBe("Delår 2020");
  });

  it("writes new tables in the language of the tables the workbook already has", async () => {
    const plan = userPlan("en");
    const port = memoryPort({ tables: [plan], sheets: [plan] });
    await setUpPlan(port, { lang: "sv" });
    const followUp = port.written.tables.find((t) => t.name === "FollowUp");
    expect(followUp?.sheet).toBe("Follow-up");
    expect(followUp?.headers).toEqual(headersOf("FollowUp", "en"));
    expect(port.written.tables.find((t) => t.name === "Periods")?.rows[0]?.[0]).toBe("Interim 2020");
  });

  it("uses an empty sheet of a missing table's name instead of refusing", async () => {
    const port = memoryPort({ tables: [], sheets: [{ sheet: "Mål", top: 0, left: 0, values: [] }] });
    const result = await setUpPlan(port, { lang: "sv" });
    expect(result.created).toContain("Goals");
    expect((await port.sheetNames()).filter((s) => s === "Mål")).toHaveLength(1);
  });

  it("reports progress while adding tables", async () => {
    const port = memoryPort();
    const seen: [number, number][] = [];
    await setUpPlan(port, { lang: "sv" }, (done, total) => seen.push([done, total]));
    expect(seen.at(-1)).toEqual([7, 7]);
  });
});

import { findingJson } from "../../src/core/checks/findingMessage";
import { checkPlan } from "../../src/core/checks/checkPlan";
import type { RawWorkbook } from "../../src/core/cells/cells";
import { readPlan } from "../../src/core/read/readPlan";
import { prepareSummary, writeSummary, type PreparedSummary } from "../../src/app/summariseWorkbook";
import { planWorkbook, serial } from "../core/fixtures/planWorkbook";
import { memoryPort } from "./memoryPort";

/** A small Swedish plan workbook for Timrå kommun, 2018–2020, followed up in 2019. */
function workbook(extraSheets: RawWorkbook["sheets"] = []): RawWorkbook {
  const wb = planWorkbook({
    Plan: [
      ["Organisation", "Timrå kommun"],
      ["Planens namn", "Jämställdhetsplan 2018–2020"],
      ["Undertecknad", serial("2016-05-10")],
      ["Antagen", serial("2017-12-11")],
      ["Planperiod start", serial("2018-01-01")],
      ["Planperiod slut", serial("2020-12-31")],
    ],
    Articles: [
      [11, "Arbetsgivarrollen", "Arbetsgivarrollen", "Ja", "Löneskillnader"],
      [14, "Hälsa", "Rollen som tjänsteleverantör", "Ja", "Sjukskrivningar"],
    ],
    Goals: [
      [
        "M1",
        "11, 14",
        "Minska sjukfrånvaron bland kvinnor",
        "Sjukfrånvaro (%)",
        "%",
        9,
        6,
        "Minska",
        "HR-chef",
      ],
    ],
    Activities: [
      [
        "A1",
        "M1",
        "Friskvårdsbidrag för all personal",
        "HR-chef",
        serial("2019-01-01"),
        serial("2019-06-30"),
        150000,
        null,
        null,
      ],
      [
        "A2",
        "M1",
        "Arbetsmiljöutbildning för chefer",
        "Arbetsmiljösamordnare",
        serial("2019-03-01"),
        serial("2019-05-31"),
        60000,
        null,
        null,
      ],
    ],
    Periods: [
      ["Delår 2019", "Delår", serial("2019-08-31")],
      ["Helår 2019", "Helår", serial("2019-12-31")],
    ],
    FollowUp: [
      ["Delår 2019", "A1", "Genomförd", 140000, 140000, "Klart i juni"],
      ["Delår 2019", "A2", "Försenad", 20000, 70000, "=Kursen flyttad till hösten"],
    ],
    IndicatorValues: [["Helår 2019", "M1", 8.1, 5.2, 7.0, null, null]],
  });
  return { tables: wb.tables, sheets: [...wb.sheets, ...extraSheets] };
}

async function prepared(port = memoryPort(workbook()), period = "Helår 2019"): Promise<PreparedSummary> {
  const result = await prepareSummary(port, period, "sv", "2020-02-03");
  if (!result.ok) throw new Error(`unknown period ${period}`);
  return result;
}

describe("prepareSummary", () => {
  it("computes the summary, JSON, text and sheet of a period without writing", async () => {
    const port = memoryPort(workbook());
    const p = await prepared(port);
    expect(p.sheetName).toBe("Årsbokslut 2019");
    expect([p.exists, p.isProductSheet]).toEqual([false, false]);
    expect(p.json.activities.byStatus).toMatchObject({ done: 1, delayed: 1 });
    // A2: budget 60 000, forecast 70 000 carried from Delår 2019: deviation −10 000; A1: 150 000 − 140 000.
    expect(p.json.budget).toMatchObject({ budget: 210000, outcome: 160000, forecast: 210000, deviation: 0 });
    expect(p.json.goals[0]).toMatchObject({
      id: "M1",
      articles: [11, 14],
      assessment: "partlyMet",
      total: 7,
    });
    expect(p.text).toContain("Årsbokslutet avser perioden Helår 2019");
    expect(p.layout.name).toBe(p.sheetName);
    expect(port.calls.writeSheet).toBe(0);
  });

  it("uses the findings as of the period's cut-off", async () => {
    const p = await prepared();
    expect(p.findings).toEqual(checkPlan(readPlan(workbook()), "2019-12-31"));
    expect(p.json.findings).toEqual(p.findings.map((f) => findingJson(f, "sv")));
    // A2 (delayed, no row for Helår 2019) is missing its follow-up only as of the annual cut-off.
    const missing = p.json.findings.filter(
      (f) => f.code === "FOLLOWUP_MISSING" && f.refs.includes("Helår 2019"),
    );
    expect(missing.flatMap((f) => f.refs)).toContain("A2");
    expect(p.summary.deviations.filter((d) => d.kind === "followUpMissing").map((d) => d.activityId)).toEqual(
      ["A2"],
    );
  });

  it("answers an unknown period with the periods there are", async () => {
    const result = await prepareSummary(memoryPort(workbook()), "Tertial 2 2019", "sv", "2020-02-03");
    expect(result).toEqual({
      ok: false,
      code: "unknownPeriod",
      period: "Tertial 2 2019",
      periods: ["Delår 2019", "Helår 2019"],
    });
  });
});

describe("writeSummary", () => {
  it("writes the summary to a new sheet, keeping a comment that begins with = as text", async () => {
    const port = memoryPort(workbook());
    const result = await writeSummary(port, await prepared(port));
    expect(result).toEqual({ ok: true, sheet: "Årsbokslut 2019", replaced: false });
    expect(await port.sheetNames()).toContain("Årsbokslut 2019");
    const cellsWritten = port.written.layouts[0]?.blocks.flatMap((b) => b.cells.flat()) ?? [];
    expect(cellsWritten).toContainEqual({ v: "=Kursen flyttad till hösten", f: "text", s: "body" });
  });

  it("asks for confirmation before replacing its own sheet, and replaces it once confirmed", async () => {
    const port = memoryPort(workbook());
    await writeSummary(port, await prepared(port));
    const again = await prepared(port);
    expect([again.exists, again.isProductSheet]).toEqual([true, true]);
    expect(await writeSummary(port, again)).toEqual({
      ok: false,
      code: "confirmReplace",
      sheet: "Årsbokslut 2019",
    });
    expect(port.calls.writeSheet).toBe(1);
    expect(await writeSummary(port, again, { replace: true })).toEqual({
      ok: true,
      sheet: "Årsbokslut 2019",
      replaced: true,
    });
    expect(port.calls.writeSheet).toBe(2);
  });

  it("never overwrites a sheet of the same name that the user made", async () => {
    const own = { sheet: "Årsbokslut 2019", top: 0, left: 0, values: [["Våra egna anteckningar"]] };
    const port = memoryPort(workbook([own]));
    const p = await prepared(port);
    expect([p.exists, p.isProductSheet]).toEqual([true, false]);
    expect(await writeSummary(port, p, { replace: true })).toEqual({
      ok: false,
      code: "sheetExists",
      target: "Årsbokslut 2019",
    });
    expect(port.calls.writeSheet).toBe(0);
  });
});

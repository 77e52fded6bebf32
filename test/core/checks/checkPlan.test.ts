import { checkPlan, sortFindings } from "../../../src/core/checks/checkPlan";
import { findingMessage, severityOf } from "../../../src/core/checks/findingMessage";
import { FINDING_CODES } from "../../../src/core/checks/findingMessage";
import { planWorkbook, serial } from "../fixtures/planWorkbook";
import { readPlan } from "../../../src/core/read/readPlan";
import { headersOf } from "../../../src/core/schema";
import { CLEAN_DATE, planOf, seedRows, SEED_PRIORITIES } from "./checkFixture";

describe("checkPlan on the seed plan", () => {
  it("finds nothing in a seed plan with articles 2, 5, 11, 14 and 22 prioritised, as of the clean date", () => {
    const plan = planOf(seedRows());
    expect(plan.articles.rows.filter((a) => a.prioritised).map((a) => a.article)).toEqual(SEED_PRIORITIES);
    expect(checkPlan(plan, CLEAN_DATE)).toEqual([]);
  });

  it("finds only the expected follow-up findings in the seed plan a year later", () => {
    const found = checkPlan(planOf(seedRows()), "2024-09-15").map((f) => [
      f.code,
      f.sheet,
      f.cell,
      f.refs.join("|"),
    ]);
    expect(found).toEqual([
      ["FOLLOWUP_MISSING", "Aktiviteter", "A2", "A1|Helår 2023"],
      ["FOLLOWUP_MISSING", "Aktiviteter", "A2", "A1|Delår 2024"],
      ["TIME_ACTIVITY_OVERDUE", "Aktiviteter", "F2", "A1"],
      ["FOLLOWUP_MISSING", "Aktiviteter", "A3", "A2|Helår 2023"],
      ["FOLLOWUP_MISSING", "Aktiviteter", "A3", "A2|Delår 2024"],
      ["TIME_ACTIVITY_OVERDUE", "Aktiviteter", "F3", "A2"],
      ["FOLLOWUP_MISSING", "Aktiviteter", "A4", "A3|Helår 2023"],
      ["FOLLOWUP_MISSING", "Aktiviteter", "A4", "A3|Delår 2024"],
      ["FOLLOWUP_MISSING", "Aktiviteter", "A5", "A4|Helår 2023"],
      ["FOLLOWUP_MISSING", "Aktiviteter", "A5", "A4|Delår 2024"],
      ["FOLLOWUP_MISSING", "Aktiviteter", "A6", "A5|Helår 2023"],
      ["FOLLOWUP_MISSING", "Aktiviteter", "A6", "A5|Delår 2024"],
    ]);
  });
});

describe("checkPlan order and purity", () => {
  /** A plan with findings on many sheets and one about the whole workbook. */
  function messyRows() {
    const t = seedRows();
    delete (t as Partial<typeof t>).IndicatorValues; // TABLE_MISSING: workbook-wide
    t.FollowUp[0]![3] = -500; // RESOURCE_NEGATIVE on Uppföljning D2
    t.Activities[2]![5] = serial("2027-03-31"); // outside the plan, F4
    t.Activities[1]![4] = null; // no start, E3
    t.Goals[1]![6] = null; // no target, G3
    t.Articles[0]![0] = 31; // not an article of 2006, A2
    t.Periods[3]![2] = serial("2022-12-31"); // cut-off outside, C5
    return t;
  }

  it("sorts workbook-wide findings first, then by sheet in table order, row and column", () => {
    const found = checkPlan(planOf(messyRows()), CLEAN_DATE).map(
      (f) => `${f.sheet ?? "-"}!${f.cell ?? "-"} ${f.code}`,
    );
    expect(found).toEqual([
      "-!- TABLE_MISSING",
      "Artiklar!A2 ARTICLE_UNKNOWN",
      "Mål!G3 COVERAGE_GOAL_NO_INDICATOR",
      "Aktiviteter!E3 TIME_ACTIVITY_NO_DATES",
      "Aktiviteter!F4 TIME_ACTIVITY_OUTSIDE_PLAN",
      "Perioder!C5 TIME_PERIOD_OUTSIDE_PLAN",
      "Uppföljning!D2 RESOURCE_NEGATIVE",
    ]);
  });

  it("gives the same findings in the same order on every run", () => {
    const plan = planOf(messyRows());
    const first = checkPlan(plan, "2024-09-15");
    expect(checkPlan(plan, "2024-09-15")).toEqual(first);
    expect(checkPlan(planOf(messyRows()), "2024-09-15")).toEqual(first);
    expect(sortFindings(plan, first)).toEqual(first);
  });

  it("does not change the plan it checks", () => {
    const plan = planOf(messyRows());
    const before = JSON.stringify(plan);
    checkPlan(plan, "2024-09-15");
    expect(JSON.stringify(plan)).toBe(before);
  });

  it("orders findings at the same cell by code in catalog order", () => {
    const t = seedRows();
    t.Activities[0]![4] = serial("2022-06-01"); // before plan start, E2
    t.Activities[0]![5] = serial("2022-05-01"); // before the start too
    const atF2 = checkPlan(planOf(t), CLEAN_DATE)
      .filter((f) => f.cell === "F2")
      .map((f) => f.code);
    expect(atF2).toEqual(["TIME_ACTIVITY_END_BEFORE_START", "TIME_ACTIVITY_OVERDUE"]);
    expect(FINDING_CODES.indexOf("TIME_ACTIVITY_END_BEFORE_START")).toBeLessThan(
      FINDING_CODES.indexOf("TIME_ACTIVITY_OVERDUE"),
    );
  });

  it("checks an empty workbook without failing, reporting every table missing", () => {
    const found = checkPlan(readPlan({ tables: [], sheets: [] }), CLEAN_DATE);
    expect(found.map((f) => f.refs[0])).toEqual([
      "Plan",
      "Articles",
      "Goals",
      "Activities",
      "Periods",
      "FollowUp",
      "IndicatorValues",
    ]);
    expect(found.every((f) => f.code === "TABLE_MISSING" && f.sheet === null && f.cell === null)).toBe(true);
  });

  it("gives each finding the severity of its code and a message in either language", () => {
    const found = checkPlan(planOf(messyRows()), "2024-09-15");
    expect(found.length).toBeGreaterThan(5);
    for (const f of found) {
      expect(f.severity).toBe(severityOf(f.code));
      const sv = findingMessage(f, "sv");
      expect(sv).not.toBe(findingMessage(f, "en"));
      expect(sv.length).toBeGreaterThan(20);
    }
  });

  it("reads an English workbook and points at its English sheet names", () => {
    const t = seedRows();
    const en = planWorkbook(
      {
        ...t,
        Plan: t.Plan.map(([k, v]) => [
          (
            {
              Organisation: "Organisation",
              "Planens namn": "Plan name",
              Undertecknad: "Signed",
              Antagen: "Adopted",
              "Planperiod start": "Period start",
              "Planperiod slut": "Period end",
              Valuta: "Currency",
              "Deklarationens version": "Charter version",
            } as Record<string, string>
          )[String(k)] ?? k,
          v,
        ]),
        Articles: t.Articles.map((r) => [r[0], r[1], r[2], r[3] === "Ja" ? "Yes" : "No", r[4]]),
        FollowUp: t.FollowUp.map((r) => [r[0], r[1], "In progress", r[3], r[4], r[5]]),
      },
      { lang: "en" },
    );
    const plan = readPlan(en);
    expect(plan.lang).toBe("en");
    const found = checkPlan(plan, "2023-12-01").filter((f) => f.code === "TIME_ACTIVITY_OVERDUE");
    expect(found).toEqual([
      {
        code: "TIME_ACTIVITY_OVERDUE",
        severity: "warning",
        sheet: "Activities",
        cell: "F2",
        refs: ["A1"],
        args: { activity: "A1", end: "2023-11-30" },
      },
    ]);
  });
});

describe("checkPlan on incomplete workbooks", () => {
  const tableNames = Object.keys(seedRows()) as (keyof ReturnType<typeof seedRows>)[];

  it.each(tableNames)("reports the %s table missing once and still checks the rest", (name) => {
    const t: Partial<ReturnType<typeof seedRows>> = seedRows();
    delete t[name];
    const found = checkPlan(planOf(t), "2024-09-15");
    expect(found.filter((f) => f.code === "TABLE_MISSING").map((f) => f.refs)).toEqual([[name]]);
  });

  it("checks without failing whichever single column of whichever table is left out", () => {
    for (const name of tableNames) {
      const rows = seedRows()[name];
      const headers = headersOf(name, "sv");
      headers.forEach((_, drop) => {
        const t = seedRows();
        const table = {
          rows: rows.map((r) => r.filter((_, i) => i !== drop)),
          headers: headers.filter((_, i) => i !== drop),
        };
        const found = checkPlan(planOf({ ...t, [name]: table }), "2024-09-15");
        expect(found.every((f) => f.cell === null || /^[A-Z]+\d+$/.test(f.cell))).toBe(true);
      });
    }
  });
});

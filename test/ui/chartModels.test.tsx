/**
 * The charts as data, before any chart library: what the Follow-up and Check views
 * draw, from the same figures as the summary sheet's chart tables and the findings
 * list, per article or for the whole plan depending on the pane's width.
 */
import { tokens, webLightTheme } from "@fluentui/react-components";
import { SERIES_COLOURS, type SeriesMeaning } from "../../src/core/style";
import { findingCounts } from "../../src/core/checks/findingCounts";
import type { Finding } from "../../src/core/checks/findings.types";
import { summaryChartData } from "../../src/core/summary/chartData";
import { chartTableNames } from "../../src/core/summary/layout/charts";
import { summarise } from "../../src/core/summary/summarise";
import { summaryLayout } from "../../src/core/summary/summaryLayout";
import type { Summary } from "../../src/core/summary/summary.types";
import { niceTicks, type BarChartModel } from "../../src/taskpane/views/chartModel";
import { findingsChartModel } from "../../src/taskpane/views/findingsChartModel";
import { followUpChartModels } from "../../src/taskpane/views/followUpChartModels";
import { buildPlan } from "../core/fixtures/summaryPlanBuilder";
import { SAMPLE, samplePlan } from "../core/summary/samplePlan";

const NBSP = "\u00a0";

function summaryOf(periodName: string, plan = samplePlan()): Summary {
  const s = summarise(plan, periodName, []);
  if (s === null) throw new Error(`no period ${periodName}`);
  return s;
}

function model(models: BarChartModel[], id: string): BarChartModel {
  const m = models.find((x) => x.id === id);
  if (!m) throw new Error(`no chart ${id} among ${models.map((x) => x.id).join(", ")}`);
  return m;
}

/** The task pane's width at Excel's usual 350 px, less the pane's padding. */
const PANE = 326;

describe("the Follow-up view's charts", () => {
  const summary = summaryOf("Helår 2019");
  const data = summaryChartData(summary);

  it("chart status and money per article when a column per article fits the pane", () => {
    const models = followUpChartModels(data, "sv", "SEK", PANE);
    expect(models.map((m) => m.id)).toEqual(["status", "money", "gender-0"]);
    const status = model(models, "status");
    expect([status.title, status.layout]).toEqual(["Aktiviteternas status per artikel", "stacked"]);
    expect(status.series.map((s) => s.legend)).toEqual([
      "Ej påbörjad",
      "Pågår",
      "Genomförd",
      "Försenad",
      "Ej rapporterad",
    ]);
    expect(status.groups.map((g) => [g.label, g.name, g.values])).toEqual([
      ["2", "Art. 2", { notStarted: 1, done: 1 }],
      ["11", "Art. 11", { delayed: 1 }],
      ["14", "Art. 14", { inProgress: 1, delayed: 1 }],
      ["22", "Art. 22", { unreported: 1 }],
    ]);
    expect(status.ticks).toEqual([0, 1, 2]);
  });

  it("show in their tables the very figures of the summary sheet's chart tables", () => {
    const layout = summaryLayout(summary, "sv", "2020-02-15");
    const names = chartTableNames("Helår 2019");
    const sheet = (name: string) =>
      layout.tables.find((t) => t.name === name)?.rows.map((r) => r.map((c) => c.v)) ?? [];
    const models = followUpChartModels(data, "sv", "SEK", PANE);
    const status = model(models, "status");
    expect(status.table.rows).toEqual(sheet(names.status).map((r) => r.map(String)));
    const money = model(models, "money");
    // The sheet charts budget and outcome; the pane adds the forecast.
    expect(money.table.head).toEqual(["Artikel", "Budget (kr)", "Utfall (kr)", "Prognos (kr)"]);
    expect(money.table.rows.map((r) => r.slice(0, 3))).toEqual(
      sheet(names.budget).map(([art, budget, outcome]) => [
        art,
        Number(budget).toLocaleString("sv-SE").replace(/\s/g, NBSP),
        Number(outcome).toLocaleString("sv-SE").replace(/\s/g, NBSP),
      ]),
    );
    const gender = model(models, "gender-0");
    expect(gender.table.rows.map((r) => r.slice(0, 3))).toEqual(
      sheet(names.gender).map(([goal, women, men]) => [
        goal,
        String(women).replace(".", ","),
        String(men).replace(".", ","),
      ]),
    );
  });

  it("chart the whole plan when the articles' columns do not fit the pane", () => {
    // One goal spread over twelve articles, as plans with broad goals have.
    const broad = summaryOf(
      "Helår 2019",
      samplePlan({
        goals: [
          ...(SAMPLE.goals ?? []),
          { id: "M6", articles: [1, 3, 4, 5, 6, 7, 8, 9, 10, 12, 13, 15], goal: "Jämställd styrning" },
        ],
        activities: [...(SAMPLE.activities ?? []), { id: "A6", goalId: "M6", budget: 20000 }],
      }),
    );
    const models = followUpChartModels(summaryChartData(broad), "sv", "SEK", PANE);
    const status = model(models, "status");
    expect([status.title, status.layout]).toEqual(["Aktiviteternas status", "grouped"]);
    expect(status.groups).toEqual([
      {
        label: "Alla aktiviteter",
        name: "Alla aktiviteter",
        values: { notStarted: 1, inProgress: 1, done: 1, delayed: 1, unreported: 2 },
      },
    ]);
    const money = model(models, "money");
    expect([money.title, money.groups.map((g) => [g.name, g.values])]).toEqual([
      "Budget, utfall och prognos (tkr)",
      [["Hela planen", { budget: 450000, outcome: 220000, forecast: 495000 }]],
    ]);
    // The same plan in a pane widened to 800 px: per article again.
    expect(
      model(followUpChartModels(summaryChartData(broad), "sv", "SEK", 800), "status").groups,
    ).toHaveLength(16);
  });

  it("write money in thousands on the axis and in full in the figures, in the pane's language", () => {
    const sv = model(followUpChartModels(data, "sv", "SEK", PANE), "money");
    expect(sv.title).toBe("Budget, utfall och prognos per artikel (tkr)");
    expect(sv.ticks).toEqual([0, 100000, 200000, 300000]);
    expect(sv.ticks.map(sv.tick)).toEqual(["0", "100", "200", "300"]);
    expect(sv.format(250000)).toBe(`250${NBSP}000${NBSP}kr`);
    const en = model(followUpChartModels(data, "en", "SEK", PANE), "money");
    expect(en.title).toBe("Budget, outcome and forecast per article (SEK thousand)");
    expect(en.format(250000)).toBe(`SEK${NBSP}250,000`);
    expect(en.table.head).toEqual(["Article", "Budget (SEK)", "Outcome (SEK)", "Forecast (SEK)"]);
    expect(en.table.rows[0]).toEqual(["Art. 2", "180,000", "90,000", "175,000"]);
  });

  it("chart women and men per goal with a level target, and give a gap target in the table", () => {
    const gender = model(followUpChartModels(data, "sv", "SEK", PANE), "gender-0");
    expect(gender.title).toBe("Kvinnor och män per mål (utan enhet)");
    expect(gender.series.map((s) => s.legend)).toEqual(["Kvinnor", "Män", "Målvärde"]);
    expect(gender.groups.map((g) => [g.name, g.values])).toEqual([
      ["M1", { women: 4, men: 6, target: 45 }],
      // Utjämna: its target is a gap (2), which is not a level to draw beside the bars.
      ["M2", { women: 32, men: 33.5 }],
      ["M3", { women: 97, men: 93, target: 90 }],
      ["M5", { women: 45, men: 55, target: 50 }],
    ]);
    expect(gender.table.rows[1]).toEqual(["M2", "32", "33,5", "skillnad högst 2"]);
    expect(gender.note).toMatch(/målvärde för skillnaden/);
  });

  it("give goals measured in different units their own chart", () => {
    const units = ["%", "tkr", "%", "dagar", "%"];
    const plan = samplePlan({
      goals: (SAMPLE.goals ?? []).map((g, i) => ({ ...g, unit: units[i] ?? null })),
    });
    const charts = followUpChartModels(summaryChartData(summaryOf("Helår 2019", plan)), "en", "SEK", PANE);
    const gender = charts.filter((m) => m.id.startsWith("gender"));
    expect(gender.map((m) => [m.title, m.groups.map((g) => g.name)])).toEqual([
      ["Women and men per goal (%)", ["M1", "M3", "M5"]],
      ["Women and men per goal (tkr)", ["M2"]],
    ]);
  });

  it("leave out what has nothing to show, as the sheet does", () => {
    const empty = summaryChartData(summaryOf("Helår 2018", buildPlan({ periods: SAMPLE.periods ?? [] })));
    expect(followUpChartModels(empty, "sv", "SEK", PANE)).toEqual([]);
  });

  it("say in the pane's language what each chart shows", () => {
    for (const m of followUpChartModels(data, "en", "SEK", PANE)) {
      expect(m.alt.length).toBeGreaterThan(40);
      expect(m.kind).toMatch(/bar chart$/);
    }
    expect(model(followUpChartModels(data, "sv", "SEK", PANE), "status").alt).toMatch(
      /^Hur många aktiviteter/,
    );
  });
});

describe("the Check view's chart", () => {
  const finding = (severity: Finding["severity"], sheet: string | null): Finding => ({
    code: "FOLLOWUP_MISSING",
    severity,
    sheet,
    cell: sheet ? "A2" : null,
    refs: [],
    args: { activity: "A1", period: "Delår 2024", sheet: "Uppföljning" },
  });

  it("stacks each sheet's findings by severity, the workbook's own under its name", () => {
    const counts = findingCounts([
      finding("warning", "Aktiviteter"),
      finding("warning", "Aktiviteter"),
      finding("error", "Mål"),
      finding("info", "Mål"),
      finding("error", null),
    ]);
    const m = findingsChartModel(counts, "sv");
    expect(m?.series.map((s) => s.legend)).toEqual(["Fel", "Varningar", "Att titta på"]);
    expect(m?.groups.map((g) => [g.name, g.values])).toEqual([
      ["Aktiviteter", { warning: 2 }],
      ["Mål", { error: 1, info: 1 }],
      ["Arbetsboken", { error: 1 }],
    ]);
    expect(m?.table).toEqual({
      head: ["Blad", "Fel", "Varningar", "Att titta på", "Totalt"],
      rows: [
        ["Aktiviteter", "0", "2", "0", "2"],
        ["Mål", "1", "0", "1", "2"],
        ["Arbetsboken", "1", "0", "0", "1"],
      ],
    });
    expect(m?.ticks).toEqual([0, 1, 2]);
  });

  it("draws nothing without findings", () => {
    expect(findingsChartModel([], "en")).toBeNull();
  });
});

describe("niceTicks", () => {
  it.each([
    [5, true, [0, 2, 4, 6]],
    [1, true, [0, 1]],
    [0, true, [0, 1]],
    [92, false, [0, 25, 50, 75, 100]],
    [8.6, false, [0, 2.5, 5, 7.5, 10]],
    [1287, false, [0, 500, 1000, 1500]],
    [38300, false, [0, 10000, 20000, 30000, 40000]],
  ])("gives round ticks up to %p (whole: %p)", (max, whole, ticks) => {
    expect(niceTicks(max, whole)).toEqual(ticks);
  });
});

describe("one colour per meaning, in the pane and on the sheet", () => {
  const summary = summaryOf("Helår 2019");
  const data = summaryChartData(summary);
  const models = followUpChartModels(data, "sv", "SEK", 1000);
  const sheet = summaryLayout(summary, "sv", "2020-01-15");

  it("gives each series in the pane the theme token the core chose for its meaning", () => {
    for (const m of models)
      for (const s of m.series) {
        const meaning = s.key as SeriesMeaning;
        expect(SERIES_COLOURS[meaning]).toBeDefined();
        expect(s.color).toBe(tokens[SERIES_COLOURS[meaning].token]);
      }
  });

  it("fills the sheet's series with those tokens' colours in Fluent's light theme (the referee)", () => {
    for (const [meaning, c] of Object.entries(SERIES_COLOURS))
      expect([meaning, c.hex.toLowerCase()]).toEqual([meaning, webLightTheme[c.token].toLowerCase()]);
    // The sheet's three charts: the states that occur, budget and outcome, women and men.
    const [status, money, gender] = sheet.charts;
    expect(status?.colours).toEqual(data.states.map((st) => SERIES_COLOURS[st].hex));
    expect(money?.colours).toEqual([SERIES_COLOURS.budget.hex, SERIES_COLOURS.outcome.hex]);
    expect(gender?.colours).toEqual([SERIES_COLOURS.women.hex, SERIES_COLOURS.men.hex]);
    // The same meaning is the same colour on both: done is green, women are orange.
    const pane = (id: string, key: string) => model(models, id).series.find((s) => s.key === key)?.color;
    expect(pane("status", "done")).toBe(tokens.colorPaletteGreenBackground3);
    expect(pane("gender-0", "women")).toBe(tokens.colorPaletteDarkOrangeBackground3);
    expect(SERIES_COLOURS.done.hex).toBe("#107C10");
  });
});

/**
 * One contract for every port: the same scenarios run over the in-memory port, the
 * Office.js adapter on the fake Excel and the file adapter, and each leaves the same
 * workbook behind: values, number formats, looks, validation lists and their
 * alerts, status colours, widths, frozen rows, tables, names, charts, print setup,
 * protection and the product's marker. The decisions live in src/core/style/; this
 * suite proves every adapter renders them alike.
 */
import { previewCollect, writeCollect, type ReturnedWorkbook } from "../../../src/app/collect";
import { makeHandouts } from "../../../src/app/handout";
import { previewImport, writeImport } from "../../../src/app/importList";
import { setUpPlan } from "../../../src/app/setUpPlan";
import { prepareSummary, writeSummary } from "../../../src/app/summariseWorkbook";
import type { RawWorkbook } from "../../../src/core/cells/cells";
import { SERIES_COLOURS } from "../../../src/core/style";
import { handoutPlans } from "../../../src/core/collect/handoutPlans";
import { handoutProtection, handoutTemplates } from "../../../src/core/collect/handoutTemplates";
import { readPlan } from "../../../src/core/read/readPlan";
import { describeWorkbook } from "../../app/renderedWorkbook";
import { planWorkbook, samplePlan, serial } from "../../core/fixtures/planWorkbook";
import { fill, masterRows, ROUND } from "../../core/collect/roundFixture";
import { memoryPort, type MemoryPort } from "../../app/memoryPort";
import { fileHarness, memoryHarness, officeHarness, type Harness, type Opened } from "./harnesses";

const HARNESSES: readonly Harness[] = [memoryHarness, officeHarness, fileHarness];

type Described = ReturnType<typeof describeWorkbook>;
type Scenario = {
  readonly start: RawWorkbook;
  /** Start tables whose last row is a Total Row. */
  readonly totals?: readonly string[];
  run(opened: Opened): Promise<void>;
  /** What the scenario must have written (so that agreeing on nothing cannot pass). */
  wrote(after: Described): void;
};

type SheetOut = {
  name: string;
  visibility: string;
  validations: unknown[];
  colours: unknown[];
  charts: unknown[];
  protection: { unlocked: string[] } | null;
  print: unknown;
  cells: Record<string, { v?: unknown; fmt?: string }>;
};
const sheetsOf = (d: Described): SheetOut[] => d.sheets as SheetOut[];
const sheet = (d: Described, name: string): SheetOut => {
  const found = sheetsOf(d).find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
};

const EMPTY: RawWorkbook = { tables: [], sheets: [{ sheet: "Blad1", top: 0, left: 0, values: [] }] };

/** A user's sheet of their own, which every action must leave as it was. */
const USER_SHEET = {
  sheet: "Budget",
  top: 1,
  left: 1,
  values: [
    ["Post", "Belopp"],
    ["=inte en formel", 1200],
  ],
};

/** A user's Activities table: one row and a Total Row ("Summa" and the budget's sum as a value). */
const ACTIVITIES_WITH_TOTAL = [
  ["Aktivitet-ID", "Mål-ID", "Aktivitet", "Ansvarig", "Start", "Slut", "Budget", "Resurser", "Tidplan"],
  ["A1.1", "M1", "Kartläggning", "HR", null, null, 40_000, null, "2019"],
  ["Summa", null, null, null, null, null, 40_000, null, null],
];

/** A loose list of goals and activities, as pasted from a plan document. */
const LOOSE_LIST = {
  sheet: "Blad1",
  top: 0,
  left: 0,
  values: [
    ["Artikel", "Mål", "Aktivitet/åtgärd", "Ansvarig", "Tidplan", "Budget"],
    [11, "Jämställda löner", "Årlig lönekartläggning", "HR-avdelningen", "Löpande", 120_000],
    [null, null, "Åtgärda osakliga löneskillnader", "HR-avdelningen", "Våren 2019", 250_000],
    [22, "Trygg kollektivtrafik", "Trygghetsvandringar", "Trafikförvaltningen", "HT 2019", 40_000],
  ],
};

/** A master plan without its answer tables (FollowUp, IndicatorValues), which collect sets up. */
function masterWithoutAnswers(): RawWorkbook {
  const { FollowUp: _followUp, IndicatorValues: _values, ...rows } = masterRows();
  return planWorkbook(rows);
}

/** Two units' answers for the round, handed out from the master's own rows. */
async function returnedAnswers(): Promise<ReturnedWorkbook[]> {
  const made: MemoryPort[] = [];
  const result = await makeHandouts(memoryPort(masterWithoutAnswers()), ROUND, () => {
    const port = memoryPort();
    made.push(port);
    return { port, save: async () => new Uint8Array([made.length]) };
  });
  if (!result.ok) throw new Error("unknown period");
  const answer = async (label: string, id: string, values: Record<string, string | number>) => {
    const i = result.files.findIndex((f) => f.label === label);
    const port = made[i];
    if (!port) throw new Error(label);
    return {
      file: result.files[i]?.fileName ?? label,
      port: memoryPort(fill(await port.read(), "FollowUp", id, values)),
    };
  };
  return [
    await answer("Socialnämnden", "A1", { Status: "Försenad", Utfall: 420_000 }),
    await answer("Kommunstyrelsen", "A4", { Status: "Pågår", Utfall: 15_000 }),
  ];
}

/** The refs of a sheet's rules. */
const refs = (rules: unknown[]): string[] => (rules as { ref: string }[]).map((r) => r.ref);

const SCENARIOS: Readonly<Record<string, Scenario>> = {
  "set-up of an empty workbook in Swedish with a plan period": {
    start: EMPTY,
    run: async (wb) => {
      await setUpPlan(wb.port(), { lang: "sv", from: "2019-01-01", to: "2021-12-31" });
    },
    wrote: (d) => {
      expect(sheetsOf(d).map((s) => s.name)).toContain("Uppföljning");
      expect(sheet(d, "Uppföljning").validations).toHaveLength(3);
      expect(sheet(d, "Uppföljning").colours).toHaveLength(5);
      expect(sheet(d, "Listor").visibility).toBe("hidden");
      expect(sheet(d, "Plan").cells.B6).toEqual({ v: 43466, fmt: "yyyy-mm-dd" });
    },
  },
  "set-up in English next to the user's own sheet and Goals table": {
    start: {
      tables: [
        {
          name: "Goals",
          sheet: "Goals",
          top: 0,
          left: 0,
          values: [
            ["Article", "Goal ID", "Goal"],
            [11, "G1", "Equal pay"],
          ],
        },
      ],
      sheets: [
        USER_SHEET,
        {
          sheet: "Goals",
          top: 0,
          left: 0,
          values: [
            ["Article", "Goal ID", "Goal"],
            [11, "G1", "Equal pay"],
          ],
        },
      ],
    },
    run: async (wb) => {
      await setUpPlan(wb.port(), { lang: "en" });
    },
    wrote: (d) => {
      expect(sheet(d, "Budget").cells.B3).toEqual({ v: "=inte en formel" });
      expect(sheet(d, "Activities").validations.length).toBeGreaterThan(0);
      expect((d.tables as unknown[]).length).toBe(7);
    },
  },
  "rows appended to new tables and then updated": {
    start: { tables: [], sheets: [USER_SHEET] },
    run: async (wb) => {
      await setUpPlan(wb.port(), { lang: "sv", from: "2019-01-01", to: "2019-12-31" });
      await wb.port().appendRows([
        {
          table: "Activities",
          rows: [
            [
              "A1.1",
              "M1",
              "Utbildning",
              "HR",
              serial("2019-02-01"),
              serial("2019-06-30"),
              50_000,
              null,
              "2019",
            ],
            ["A1.2", "M1", "=SUMMA(A1)", "HR", null, null, null, "+46 resurser", 2019],
          ],
        },
        { table: "FollowUp", rows: [["Delår 2019", "A1.1", "Pågår", 20_000, 45_000, "-börjat"]] },
      ]);
      await wb
        .port()
        .appendRows([{ table: "FollowUp", rows: [["Helår 2019", "A1.1", "Klar", 48_000, null, null]] }]);
      const read = await wb.port().read();
      const followUp = read.tables.find((t) => t.name === "FollowUp");
      if (!followUp) throw new Error("no FollowUp table");
      await wb.port().updateRows?.([
        {
          table: "FollowUp",
          row: followUp.top + 2,
          values: [undefined, undefined, "Genomförd", 49_500, undefined, "@klart"],
        },
      ]);
    },
    wrote: (d) => {
      const activities = sheet(d, "Aktiviteter").cells;
      expect(activities.C3).toEqual({ v: "=SUMMA(A1)", fmt: "@" });
      expect(activities.E2).toEqual({ v: serial("2019-02-01"), fmt: "yyyy-mm-dd" });
      expect(activities.G2).toEqual({ v: 50_000, fmt: "#,##0" });
      // A number in a text column shows as a number.
      expect(activities.I3).toEqual({ v: 2019 });
      expect(sheet(d, "Uppföljning").cells.F3).toEqual({ v: "@klart", fmt: "@" });
      // The appended rows (row 3 on both sheets) carry set-up's lists and status colours.
      expect(refs(sheet(d, "Uppföljning").validations)).toEqual(["A2:A3", "B2:B3", "C2:C3"]);
      expect(sheet(d, "Uppföljning").validations[2]).toMatchObject({ formula: "CEMR_Status", alert: "stop" });
      expect(new Set(refs(sheet(d, "Uppföljning").colours))).toEqual(new Set(["A2:G3"]));
      expect(sheet(d, "Uppföljning").colours).toHaveLength(5);
      expect(refs(sheet(d, "Aktiviteter").validations)).toEqual(["B2:B3"]);
    },
  },
  "rows appended above the Total Row of the user's own table": {
    start: {
      tables: [{ name: "Activities", sheet: "Aktiviteter", top: 0, left: 0, values: ACTIVITIES_WITH_TOTAL }],
      sheets: [{ sheet: "Aktiviteter", top: 0, left: 0, values: ACTIVITIES_WITH_TOTAL }],
    },
    totals: ["Activities"],
    run: async (wb) => {
      await wb.port().appendRows([
        {
          table: "Activities",
          rows: [
            ["A1.2", "M1", "Utbildning", "HR", null, null, 20_000, null, "2019"],
            ["A1.3", "M1", "=inte en formel", "HR", null, null, 5_000, null, "2019"],
          ],
        },
      ]);
    },
    wrote: (d) => {
      const cells = sheet(d, "Aktiviteter").cells;
      // The new rows are the table's; the Total Row moved below them, with its label.
      expect(cells.A3).toMatchObject({ v: "A1.2" });
      expect(cells.C4).toMatchObject({ v: "=inte en formel", fmt: "@" });
      expect(cells.A5).toMatchObject({ v: "Summa" });
      expect((d.tables as { name: string; ref: string }[]).find((t) => t.name === "Activities")?.ref).toBe(
        "A1:I5",
      );
    },
  },
  "a loose list imported into an empty workbook: set-up, then its rows appended": {
    start: { tables: [], sheets: [LOOSE_LIST] },
    run: async (wb) => {
      const preview = await previewImport(
        wb.port(),
        { sheet: "Blad1" },
        { lang: "sv", from: "2019-01-01", to: "2019-12-31" },
      );
      await writeImport(wb.port(), preview, "sv");
    },
    wrote: (d) => {
      // Two goals and three activities: the lists cover every imported row.
      expect(sheet(d, "Aktiviteter").cells.A4).toMatchObject({ v: "A2.1" });
      expect(refs(sheet(d, "Aktiviteter").validations)).toEqual(["B2:B4"]);
      expect(refs(sheet(d, "Mål").validations)).toEqual(["B2:B3", "H2:H3"]);
    },
  },
  "answers collected into a master whose answer tables collect sets up": {
    start: masterWithoutAnswers(),
    run: async (wb) => {
      const returned = await returnedAnswers();
      const preview = await previewCollect(wb.port(), ROUND, returned);
      if (!preview.ok) throw new Error("unknown period");
      await writeCollect(wb.port(), preview.preview, { replace: "all" });
    },
    wrote: (d) => {
      const followUp = sheet(d, "Uppföljning");
      expect(followUp.cells.C3).toMatchObject({ v: "Pågår" });
      // The status list and the five status colours reach the last collected row.
      expect(refs(followUp.validations)).toEqual(["A2:A3", "B2:B3", "C2:C3"]);
      expect(followUp.validations[2]).toMatchObject({ formula: "CEMR_Status", alert: "stop" });
      expect(followUp.colours).toHaveLength(5);
      expect(new Set(refs(followUp.colours))).toEqual(new Set(["A2:G3"]));
    },
  },
  "the summary of a plan, written and then replaced": {
    start: planWorkbook(samplePlan()),
    run: async (wb) => {
      for (let i = 0; i < 2; i++) {
        const prepared = await prepareSummary(wb.port(), "Helår 2022", "sv", "2023-01-20");
        if (!prepared.ok) throw new Error("no period");
        const written = await writeSummary(wb.port(), prepared, { replace: true });
        if (!written.ok) throw new Error(`not written: ${written.code}`);
      }
    },
    wrote: (d) => {
      const report = sheet(d, "Årsbokslut 2022");
      expect(report.charts).toHaveLength(3);
      // Headers over numbers align right, as their numbers do; headers over text do not.
      const headers = Object.values(report.cells as Record<string, { v?: unknown; right?: boolean }>);
      expect(headers.find((c) => c.v === "Antal")?.right).toBe(true);
      expect(headers.find((c) => c.v === "Budget" && c.right)).toBeDefined();
      expect(headers.find((c) => c.v === "Status")?.right).toBeUndefined();
      // Every series filled, in the colour the pane gives its meaning (seriesColours.ts).
      const fills = (report.charts as { fills: (string | null)[] }[]).map((c) => c.fills);
      expect(fills[1]).toEqual([SERIES_COLOURS.budget.hex, SERIES_COLOURS.outcome.hex]);
      expect(fills[2]).toEqual([SERIES_COLOURS.women.hex, SERIES_COLOURS.men.hex]);
      expect(fills.flat().every((f) => f !== null && /^#[0-9A-F]{6}$/.test(f))).toBe(true);
      expect(report.print).toMatchObject({ paper: "A4", fitToWidth: 1 });
      // Each chart begins a page (the first under the charts' heading), so none is cut in two.
      const breaks = (report.print as { pageBreaks: number[] }).pageBreaks;
      expect(breaks).toHaveLength(3);
      const anchors = (report.charts as { anchor: string }[]).map((c) => Number(/\d+/.exec(c.anchor)?.[0]));
      expect(anchors).toEqual([breaks[0]! + 1, breaks[1], breaks[2]]);
      expect(sheet(d, "_cemr").visibility).toBe("veryHidden");
      expect(sheetsOf(d).filter((s) => s.name.startsWith("Årsbokslut"))).toHaveLength(1);
    },
  },
  "a hand-out: a unit's tables, protected but for the cells to fill in": {
    start: EMPTY,
    run: async (wb) => {
      const plan = readPlan(planWorkbook(masterRows()));
      const handout = handoutPlans(plan, "Helår 2022")?.[0];
      if (!handout) throw new Error("no hand-out");
      await wb.port().addTables(handoutTemplates(handout));
      await wb.port().protectSheets?.(handoutProtection(handout));
    },
    wrote: (d) => {
      const protectedSheets = sheetsOf(d).filter((s) => s.protection !== null);
      expect(protectedSheets.length).toBeGreaterThan(1);
      expect(protectedSheets.some((s) => (s.protection?.unlocked.length ?? 0) > 0)).toBe(true);
    },
  },
};

describe.each(Object.entries(SCENARIOS))("%s", (_name, scenario) => {
  it("leaves the same workbook behind in every port", async () => {
    const results: Record<string, Record<string, unknown>> = {};
    for (const h of HARNESSES) {
      const opened = await h.open(scenario.start, scenario.totals);
      await scenario.run(opened);
      results[h.name] = describeWorkbook(await opened.rendered());
    }
    const [first, ...rest] = HARNESSES;
    const reference = results[first?.name ?? ""] as Described;
    scenario.wrote(reference);
    for (const h of rest) {
      expect({ port: h.name, ...(results[h.name] as Described) }).toEqual({ port: h.name, ...reference });
    }
  });
});

/**
 * Stacked tables in the contract suite: our tables above each other on one sheet,
 * and the user's own table below ours, get appends, import and collect right in
 * every port: nothing lands in another table and nothing is overwritten. The Office
 * adapter runs on an ExcelApi 1.13 host (tables grow over the empty rows between
 * with Table.resize, as the file adapter grows them); on a 1.9 host rows.add moves
 * the tables below instead, held in test/workbook/office/documentedRules.test.ts.
 */
import { previewImport, writeImport } from "../../../src/app/importList";
import type { RawWorkbook } from "../../../src/core/cells/cells";
import { planTemplates } from "../../../src/core/template/planTemplate";
import { describeWorkbook } from "../../app/renderedWorkbook";
import { fileHarness, memoryHarness, officeHarnessAt, type Harness, type Opened } from "./harnesses";

const HARNESSES: readonly Harness[] = [memoryHarness, officeHarnessAt("1.13"), fileHarness];

const headers = (table: string): string[] => [
  ...(planTemplates("sv").find((t) => t.name === table)?.headers ?? []),
];

type Cell = string | number | null;
const GOALS: Cell[][] = [
  headers("Goals"),
  ["M1", "11", "Jämn könsfördelning bland chefer", "Andel kvinnliga chefer", "%", 38, 50, "Öka", "HR-chef"],
];
const ACTIVITIES: Cell[][] = [
  headers("Activities"),
  ["A1.1", "M1", "Ledarskapsprogram", "HR", null, null, 40_000, null, "2019"],
];
const MINE: Cell[][] = [
  ["Post", "Belopp"],
  ["Konsulter", 1200],
];

/** One sheet: Goals at row 1, Activities at row 7, the user's table at row 13 (empty rows between). */
function stackedStart(): RawWorkbook {
  const grid: Cell[][] = Array.from({ length: 14 }, () => []);
  const place = (top: number, rows: Cell[][]) => rows.forEach((r, i) => (grid[top + i] = r));
  place(0, GOALS);
  place(6, ACTIVITIES);
  place(12, MINE);
  return {
    tables: [
      { name: "Goals", sheet: "Plan", top: 0, left: 0, values: GOALS },
      { name: "Activities", sheet: "Plan", top: 6, left: 0, values: ACTIVITIES },
      { name: "Mine", sheet: "Plan", top: 12, left: 0, values: MINE },
    ],
    sheets: [{ sheet: "Plan", top: 0, left: 0, values: grid }],
  };
}

type Described = ReturnType<typeof describeWorkbook>;
type TableOut = { name: string; ref: string };
const tables = (d: Described): TableOut[] => d.tables as TableOut[];
const cells = (d: Described): Record<string, { v?: unknown }> =>
  ((d.sheets as { name: string; cells: Record<string, { v?: unknown }> }[]).find((s) => s.name === "Plan")
    ?.cells ?? {}) as Record<string, { v?: unknown }>;

async function sameEverywhere(run: (opened: Opened) => Promise<void>, wrote: (d: Described) => void) {
  const results: Record<string, Described> = {};
  for (const h of HARNESSES) {
    const opened = await h.open(stackedStart());
    await run(opened);
    results[h.name] = describeWorkbook(await opened.rendered());
  }
  const [first, ...rest] = HARNESSES;
  const reference = results[first?.name ?? ""] as Described;
  wrote(reference);
  for (const h of rest) expect({ port: h.name, ...results[h.name] }).toEqual({ port: h.name, ...reference });
}

describe("stacked tables on one sheet", () => {
  it("take appended rows each in its own table, the user's table below untouched", async () => {
    await sameEverywhere(
      async (wb) => {
        await wb.port().appendRows([
          {
            table: "Goals",
            rows: [["M2", "2", "Jämställda bidrag", null, "%", 41, 50, "Öka", "Kulturchef"]],
          },
          {
            table: "Activities",
            rows: [
              ["A2.1", "M2", "Bidragsanalys", "Kultur", null, null, 10_000, null, "2020"],
              ["A2.2", "M2", "Ny bidragsregel", "Kultur", null, null, null, null, "2021"],
            ],
          },
        ]);
      },
      (d) => {
        const refs = Object.fromEntries(tables(d).map((t) => [t.name, t.ref]));
        expect(refs).toMatchObject({ Goals: "A1:K3", Activities: "A7:I10", Mine: "A13:B14" });
        expect(cells(d).A3).toMatchObject({ v: "M2" });
        expect(cells(d).A10).toMatchObject({ v: "A2.2" });
        expect(cells(d).A13).toMatchObject({ v: "Post" });
        expect(cells(d).B14).toMatchObject({ v: 1200 });
      },
    );
  });

  it("take an imported list's goals and activities, each table its own rows", async () => {
    await sameEverywhere(
      async (wb) => {
        const preview = await previewImport(
          wb.port(),
          {
            text: "Artikel\tMål\tAktivitet/åtgärd\tAnsvarig\n22\tTrygg kollektivtrafik\tTrygghetsvandringar\tTrafik",
          },
          { lang: "sv", from: "2019-01-01", to: "2019-12-31" },
        );
        await writeImport(wb.port(), preview, "sv");
      },
      (d) => {
        const refs = Object.fromEntries(tables(d).map((t) => [t.name, t.ref]));
        expect(refs).toMatchObject({ Goals: "A1:K3", Activities: "A7:I9", Mine: "A13:B14" });
        expect(cells(d).C3).toMatchObject({ v: "Trygg kollektivtrafik" });
        expect(cells(d).C9).toMatchObject({ v: "Trygghetsvandringar" });
        expect(cells(d).A13).toMatchObject({ v: "Post" });
      },
    );
  });
});

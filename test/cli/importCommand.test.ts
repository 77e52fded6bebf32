/**
 * The import command on plans as they arrive (scripts/importFixtures.py): a table
 * below its title, a plan copied into one column, and a sheet with no plan in it,
 * which gives exit 2 and one line, never an empty success.
 */
import { access } from "node:fs/promises";
import { join } from "node:path";
import { cli, tempFolder } from "./cliHarness";

const FIXTURES = join(__dirname, "../fixtures/import");
const PERIOD = ["--from", "2018-01-01", "--to", "2020-12-31"];

const exists = (p: string) =>
  access(p).then(
    () => true,
    () => false,
  );

type Json = {
  shape: string;
  headerRange: string | null;
  goals: { id: string; articles: number[]; goal: string; numbering: string | null }[];
  activities: { id: string; budget: number | null; resources: string | null; start: string | null }[];
  notUnderstood: { cell: string; text: string; reason: string }[];
  ignored: { cell: string; text: string }[];
  readings: { kind: string; cell: string; text: string }[];
};

describe("import on plans as they arrive", () => {
  it("imports a plan copied into one column and prints docs/import.md's JSON with budgets", async () => {
    const out = join(await tempFolder(), "plan.xlsx");
    const run = await cli(
      "import",
      join(FIXTURES, "plan-document-sv.xlsx"),
      "--out",
      out,
      ...PERIOD,
      "--json",
    );
    expect(run.status).toBe(0);
    expect(run.stderr).toEqual([]);
    const json = JSON.parse(run.stdout.join("\n")) as Json;
    expect(json.shape).toBe("document");
    expect(json.goals).toHaveLength(8);
    expect(json.activities).toHaveLength(17);
    expect(json.goals[0]).toMatchObject({ id: "M1", articles: [2], numbering: "Mål 1" });
    expect(json.activities.find((a) => a.id === "A4.2")?.budget).toBe(1_200_000);
    expect(json.activities.find((a) => a.id === "A2.2")).toMatchObject({
      budget: null,
      resources: "30 000 kr/år",
    });
    expect(json.notUnderstood.map((n) => [n.text, n.reason])).toEqual([
      ["30 000 kr/år", "perYear"],
      ["inför budget 2021", "timeframe"],
      ["Planen följs upp i delårsrapporten och i årsredovisningen.", "text"],
    ]);
    expect(json.ignored[0]).toEqual({
      sheet: "Inklistrat",
      cell: "A1",
      text: "Handlingsplan för jämställdhet 2018–2020",
    });
    expect(json.readings).toContainEqual({
      kind: "amount",
      cell: "A16",
      text: "50 tkr",
      kronor: 50000,
      from: "budget",
      unitHeader: null,
    });
    expect(await exists(out)).toBe(true);
  });

  it("says which rows it ignored above the header row and how it read amounts and timeframes", async () => {
    const out = join(await tempFolder(), "plan.xlsx");
    const run = await cli("import", join(FIXTURES, "plan-table-sv.xlsx"), "--out", out, ...PERIOD);
    expect(run.status).toBe(0);
    expect(run.stdout).toEqual(
      expect.arrayContaining([
        "8 mål och 17 aktiviteter",
        "Läst som tabell med rubrikrad Handlingsplan!A5:I6",
        "  Handlingsplan!A1  [Logotyp: Region Sydvik]",
        "  Handlingsplan!F7  50 tkr → 50\u00a0000\u00a0kr",
        "  Handlingsplan!E19  varje kvartal → 2018-01-01 – 2020-12-31 (återkommande: hela planperioden)",
        "  Handlingsplan!F11  30 000 kr/år",
      ]),
    );
  });

  it("reads the English table the same way", async () => {
    const out = join(await tempFolder(), "plan.xlsx");
    const run = await cli(
      "import",
      join(FIXTURES, "plan-table-en.xlsx"),
      "--out",
      out,
      ...PERIOD,
      "--json",
      "--lang",
      "en",
    );
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout.join("\n")) as Json;
    expect([json.shape, json.headerRange, json.goals.length, json.activities.length]).toEqual([
      "table",
      "A5:I5",
      8,
      17,
    ]);
  });

  it.each([[[]], [["--json"]]])(
    "refuses a sheet with no plan in it with exit 2, one line and no file written (%j)",
    async (extra) => {
      const out = join(await tempFolder(), "plan.xlsx");
      const run = await cli("import", join(FIXTURES, "decision-sv.xlsx"), "--out", out, ...extra);
      expect(run.status).toBe(2);
      expect(run.stdout).toEqual([]);
      expect(run.stderr).toHaveLength(1);
      expect(run.stderr[0]).toMatch(/^Ingen rubrikrad hittades i bladet Protokoll i .*decision-sv\.xlsx: /);
      expect(await exists(out)).toBe(false);
    },
  );

  it("says so in English too", async () => {
    const out = join(await tempFolder(), "plan.xlsx");
    const run = await cli("import", join(FIXTURES, "decision-sv.xlsx"), "--out", out, "--lang", "en");
    expect(run.status).toBe(2);
    expect(run.stderr[0]).toMatch(
      /^No header row found in the sheet Protokoll of .*: no row has at least two/,
    );
  });
});

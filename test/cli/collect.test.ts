import { mkdir, readFile, readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type ExcelJS from "exceljs";
import { planTemplates } from "../../src/core/template/planTemplate";
import type { TableName } from "../../src/core/schema";
import { newXlsx, openXlsx, saveXlsx } from "../../src/workbook/xlsx/xlsxFile";
import { editWithExcelJs, loadWithExcelJs } from "../workbook/xlsx/excelJsFiles";
import { xlsxPort } from "../../src/workbook/xlsx/xlsxPort";
import { masterRows } from "../core/collect/roundFixture";
import type { Rows } from "../core/fixtures/planWorkbook";
import { cli, tempFolder } from "./cliHarness";

type Cell = string | number | null;
const PERIOD = "Helår 2022";

/** Writes a plan workbook holding the given rows, as the add-in would have made it. */
async function writePlan(path: string, rows: Partial<Record<TableName, Rows>>): Promise<void> {
  const wb = newXlsx();
  const templates = planTemplates("sv", { from: "2022-01-01", to: "2024-12-31" }).map((t) => {
    const given = rows[t.name];
    return given ? { ...t, rows: given.map((r) => r.map((v) => (v === undefined ? null : (v as Cell)))) } : t;
  });
  await xlsxPort(wb).addTables(templates);
  await writeFile(path, await saveXlsx(wb));
}

/** Types into a hand-out as a unit would (protection or not: exceljs does not enforce it). */
async function fillXlsx(
  path: string,
  sheet: string,
  id: string,
  values: Readonly<Record<string, Cell>>,
): Promise<void> {
  const bytes = await editWithExcelJs(new Uint8Array(await readFile(path)), (wb) => {
    const ws = wb.getWorksheet(sheet) as ExcelJS.Worksheet;
    const headers = (ws.getRow(1).values as unknown[]).map((v) => (typeof v === "string" ? v : ""));
    let row = 0;
    ws.eachRow((r, n) => {
      if (n > 1 && (r.getCell(2).value === id || r.getCell(1).value === id)) row = n;
    });
    if (row === 0) throw new Error(`No ${id} on ${sheet}`);
    for (const [header, value] of Object.entries(values))
      ws.getCell(row, headers.indexOf(header)).value = value;
  });
  await writeFile(path, bytes);
}

/** The master filled in by hand with the answers of `answer`. */
function byHandRows(): Partial<Record<TableName, Rows>> {
  const rows = masterRows();
  const followUp = (rows.FollowUp ?? []).map((r) =>
    r[1] === "A1" && r[0] === PERIOD
      ? [PERIOD, "A1", "Försenad", 420000, 800000, "Rekryteringen drar ut"]
      : r,
  );
  return {
    ...rows,
    FollowUp: [
      ...followUp,
      [PERIOD, "A2", "Genomförd", 140000, 140000, null],
      [PERIOD, "A4", "Pågår", 15000, null, null],
    ],
    IndicatorValues: [...(rows.IndicatorValues ?? []), [PERIOD, "M1", 66, 82, 70, "Delvis uppfyllt", null]],
  };
}

/** Hands out the round and fills in the answers: an unknown activity, a protected cell changed, Stadsbyggnadsnämnden silent. */
async function answer(
  dir: string,
): Promise<{ master: string; files: Record<"social" | "board" | "none" | "city", string> }> {
  const master = join(dir, "plan.xlsx");
  await writePlan(master, masterRows());
  const out = join(dir, "utskick");
  // The folder exists already here; handout would also create it.
  await mkdir(out);
  const run = await cli("handout", master, "--period", PERIOD, "--out", out);
  expect(run.stderr).toEqual([]);
  expect(run.status).toBe(0);
  const file = (label: string) => join(out, `${PERIOD} - ${label}.xlsx`);
  const files = {
    social: file("Socialnämnden"),
    board: file("Kommunstyrelsen"),
    none: file("(utan ansvarig)"),
    city: file("Stadsbyggnadsnämnden"),
  };
  await fillXlsx(files.social, "Uppföljning", "A1", {
    Status: "Försenad",
    Utfall: 420000,
    Kommentar: "Rekryteringen drar ut",
  });
  await fillXlsx(files.social, "Uppföljning", "A2", { Status: "Genomförd", Utfall: 140000, Prognos: 140000 });
  await fillXlsx(files.social, "Indikatorer", "M1", {
    Kvinnor: 66,
    Män: 82,
    Totalt: 70,
    Bedömning: "Delvis uppfyllt",
  });
  await fillXlsx(files.board, "Uppföljning", "A4", { Status: "Pågår", Utfall: 15000 });
  await fillXlsx(files.board, "Aktiviteter", "A4", { Budget: 90000 });
  await fillXlsx(files.none, "Uppföljning", "A7", { "Aktivitet-ID": "A17", Status: "Genomförd" });
  return { master, files };
}

jest.setTimeout(60_000);

describe("handout and collect on the command line", () => {
  let dir = "";
  let master = "";
  let files: Record<"social" | "board" | "none" | "city", string>;
  beforeAll(async () => {
    dir = await tempFolder();
    ({ master, files } = await answer(dir));
  });

  /** A copy of a hand-out to change without touching the shared round. */
  async function copyOf(file: string, name: string): Promise<string> {
    const path = join(dir, name);
    await writeFile(path, await readFile(file));
    return path;
  }

  it("writes one protected hand-out per responsible into the folder", async () => {
    expect((await readdir(join(dir, "utskick"))).sort()).toEqual([
      "Helår 2022 - (utan ansvarig).xlsx",
      "Helår 2022 - Kommunstyrelsen.xlsx",
      "Helår 2022 - Socialnämnden.xlsx",
      "Helår 2022 - Stadsbyggnadsnämnden.xlsx",
    ]);
    const wb = await loadWithExcelJs(new Uint8Array(await readFile(files.city)));
    const ws = wb.getWorksheet("Uppföljning") as ExcelJS.Worksheet;
    expect((ws as unknown as { sheetProtection: { sheet: boolean } | null }).sheetProtection?.sheet).toBe(
      true,
    );
    expect(ws.getCell("D2").protection?.locked).toBe(false); // Status
    expect(ws.getCell("B2").protection?.locked).not.toBe(false); // Aktivitet-ID
    expect(ws.getCell("C2").value).toBe("Trygghetsvandringar med kvinnor och män");
  });

  it("refuses to overwrite hand-outs without --force, and names the periods for an unknown one", async () => {
    const again = await cli("handout", master, "--period", PERIOD, "--out", join(dir, "utskick"));
    expect(again.status).toBe(2);
    const unknown = await cli("handout", master, "--period", "Helår 2030", "--out", join(dir, "x"));
    expect(unknown.status).toBe(2);
    expect(unknown.stderr.join("\n")).toContain('"Delår 2022"');
  });

  it("previews as JSON what each file brings, and leaves the master file unchanged", async () => {
    const before = await readFile(master);
    const out = join(dir, "samlad-json.xlsx");
    const run = await cli(
      "collect",
      master,
      "--period",
      PERIOD,
      files.social,
      files.board,
      files.none,
      "--out",
      out,
      "--json",
    );
    expect(run.status).toBe(1);
    const json = JSON.parse(run.stdout.join("\n"));
    expect(json.missing).toEqual(["Stadsbyggnadsnämnden"]);
    expect(
      json.units.map((u: { responsible: string; added: { id: string }[] }) => [
        u.responsible,
        u.added.map((a) => a.id),
      ]),
    ).toEqual([
      ["Socialnämnden", ["A2", "M1"]],
      ["Kommunstyrelsen", ["A4"]],
      ["(utan ansvarig)", []],
    ]);
    expect(json.units[1].protectedChanges).toEqual([
      { table: "Activities", id: "A4", column: "budget", before: 50000, after: 90000 },
    ]);
    expect(json.units[2].unknown.map((r: { id: string }) => r.id)).toEqual(["A17"]);
    expect(json.written.notApplied).toEqual([
      { table: "FollowUp", period: PERIOD, id: "A1", reason: "notConfirmed" },
    ]);
    expect(await readFile(master)).toEqual(before);
  });

  it("reports a conflict between two files and writes neither answer", async () => {
    const copy = await copyOf(files.board, "kopia.xlsx");
    await fillXlsx(copy, "Uppföljning", "A4", { Status: "Ej påbörjad" });
    const out = join(dir, "samlad-konflikt.xlsx");
    const run = await cli(
      "collect",
      master,
      "--period",
      PERIOD,
      files.board,
      copy,
      "--out",
      out,
      "--replace",
    );
    expect(run.status).toBe(1);
    expect(run.stdout.join("\n")).toContain("Konflikter");
    const plan = await xlsxPort(await openXlsx(await readFile(out))).read();
    const followUp = plan.tables.find((t) => t.name === "FollowUp")?.values ?? [];
    expect(followUp.filter((r) => r[1] === "A4")).toEqual([]);
  });

  it("with --replace, gives a master whose summary equals that of a master filled in by hand", async () => {
    const out = join(dir, "samlad-ersatt.xlsx");
    const run = await cli(
      "collect",
      master,
      "--period",
      PERIOD,
      files.social,
      files.board,
      files.none,
      "--out",
      out,
      "--replace",
    );
    expect(run.status).toBe(1);
    const manual = join(dir, "för hand.xlsx");
    await writePlan(manual, byHandRows());
    const collected = await cli("report", out, "--period", PERIOD, "--json");
    const expected = await cli("report", manual, "--period", PERIOD, "--json");
    expect(collected.stdout.length).toBeGreaterThan(0);
    expect(JSON.parse(collected.stdout.join("\n"))).toEqual(JSON.parse(expected.stdout.join("\n")));
  });

  it("exits 0 when every unit answered and everything was taken", async () => {
    const none = await copyOf(files.none, "utan.xlsx");
    const board = await copyOf(files.board, "ks.xlsx");
    const city = await copyOf(files.city, "sbn.xlsx");
    await fillXlsx(none, "Uppföljning", "A17", { "Aktivitet-ID": "A7" });
    await fillXlsx(board, "Aktiviteter", "A4", { Budget: 50000 });
    await fillXlsx(city, "Uppföljning", "A5", { Status: "Genomförd", Utfall: 58000 });
    const all = [files.social, board, none, city];
    const run = await cli(
      "collect",
      master,
      "--period",
      PERIOD,
      ...all,
      "--out",
      join(dir, "samlad-alla.xlsx"),
      "--replace",
    );
    expect(run.stdout.join("\n")).toContain("Alla har svarat.");
    expect(run.status).toBe(0);
  });
});

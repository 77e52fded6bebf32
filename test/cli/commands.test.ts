import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { isoToSerial } from "../../src/core/dates/dates";
import { openXlsx, saveXlsx, xlsxPort } from "../../src/workbook/xlsx";
import { editWithExcelJs, excelJsBytes, loadWithExcelJs } from "../workbook/xlsx/excelJsFiles";
import { cli, tempFolder } from "./cliHarness";

async function template(folder: string, ...extra: string[]): Promise<string> {
  const out = join(folder, "plan.xlsx");
  const run = await cli("template", "--out", out, "--from", "2018-01-01", "--to", "2020-12-31", ...extra);
  expect(run.status).toBe(0);
  return out;
}

/** A plan of Kramfors kommun with everything the Charter requires, as of mid-2018. */
async function completePlan(folder: string): Promise<string> {
  const path = await template(folder);
  // A person types the plan's facts (in any spreadsheet program), then rows are appended.
  const typed = await editWithExcelJs(new Uint8Array(await readFile(path)), (book) => {
    const set = (sheet: string, cell: string, v: string | number) => {
      book.getWorksheet(sheet)!.getCell(cell).value = v;
    };
    set("Plan", "B2", "Kramfors kommun");
    set("Plan", "B4", isoToSerial("2017-03-01"));
    set("Plan", "B5", isoToSerial("2018-01-15"));
    set("Artiklar", "D12", "Ja");
  });
  const wb = await openXlsx(typed);
  await xlsxPort(wb).appendRows([
    {
      table: "Goals",
      rows: [["M1", "11", "Jämställda löner", "Lönegap (%)", "%", 4.1, 1, "Minska", "HR-chef"]],
    },
    {
      table: "Activities",
      rows: [
        [
          "A1.1",
          "M1",
          "Lönekartläggning",
          "HR-chef",
          isoToSerial("2018-02-01"),
          isoToSerial("2018-11-30"),
          150000,
          null,
          "2018",
        ],
      ],
    },
  ]);
  const filled = join(folder, "kramfors.xlsx");
  await writeFile(filled, await saveXlsx(wb));
  return filled;
}

describe("the command line, run on files", () => {
  it("writes a template whose check prints only JSON and exits 1 for its error findings", async () => {
    const plan = await template(await tempFolder());
    const run = await cli("check", plan, "--json", "--date", "2019-09-15");
    expect(run.status).toBe(1);
    const parsed = JSON.parse(run.stdout.join("\n")) as { findings: { code: string; severity: string }[] };
    expect(parsed.findings.map((f) => f.code)).toContain("PLAN_SIGNED_MISSING");
    expect(run.stderr).toEqual([]);
  });

  it("exits 0 for a plan without error findings and prints them grouped by severity", async () => {
    const plan = await completePlan(await tempFolder());
    const run = await cli("check", plan, "--date", "2018-06-01");
    expect(run.status).toBe(0);
    const severities = run.stdout.slice(0, -1).map((l) => l.split("  ")[0]);
    expect(severities).toEqual(
      [...severities].sort(
        (a, b) => ["error", "warning", "info"].indexOf(a!) - ["error", "warning", "info"].indexOf(b!),
      ),
    );
    expect(severities).not.toContain("error");
  });

  it("prints findings as 'severity  Sheet!Cell  CODE  message'", async () => {
    const plan = await completePlan(await tempFolder());
    const run = await cli("check", plan, "--date", "2019-09-15", "--lang", "en");
    expect(run.stdout).toContainEqual(
      expect.stringMatching(/^warning {2}Aktiviteter!A2 {2}FOLLOWUP_MISSING {2}\S/),
    );
  });

  it("writes an English template when asked", async () => {
    const plan = await template(await tempFolder(), "--lang", "en");
    const wb = await openXlsx(await readFile(plan));
    expect(wb.sheetNames()).toContain("Follow-up");
  });

  it("reports a period as JSON only, and writes the summary sheet to a copy without changing the input", async () => {
    const folder = await tempFolder();
    const plan = await completePlan(folder);
    const before = await readFile(plan);
    const out = join(folder, "rapport.xlsx");
    const run = await cli("report", plan, "--period", "Helår 2018", "--out", out, "--json");
    const json = JSON.parse(run.stdout.join("\n")) as { period: { name: string; type: string } };
    expect(json.period).toMatchObject({ name: "Helår 2018", type: "annual" });
    expect(await readFile(plan)).toEqual(before);
    const copy = await openXlsx(await readFile(out));
    const product = await xlsxPort(copy).productSheets();
    expect(product).toHaveLength(1);
    expect(copy.sheetNames()).toContain(product[0]);
  });

  it("refuses an unknown period with exit 2 and one line listing the periods", async () => {
    const plan = await template(await tempFolder());
    const run = await cli("report", plan, "--period", "Helår 2031");
    expect(run.status).toBe(2);
    expect(run.stdout).toEqual([]);
    expect(run.stderr).toHaveLength(1);
    expect(run.stderr[0]).toContain('"Delår 2018"');
    expect(run.stderr[0]).toContain('"Helår 2020"');
  });

  it("refuses --out equal to the input, and an existing output without --force", async () => {
    const folder = await tempFolder();
    const plan = await template(folder);
    const same = await cli("report", plan, "--period", "Helår 2018", "--out", plan);
    expect(same.status).toBe(2);
    expect(same.stderr).toHaveLength(1);
    const again = await cli("template", "--out", plan);
    expect(again.status).toBe(2);
    expect((await cli("template", "--out", plan, "--force")).status).toBe(0);
  });

  it("imports a loose list into a copy and prints what it recognised as JSON", async () => {
    const folder = await tempFolder();
    const bytes = await excelJsBytes((wb) => {
      const ws = wb.addWorksheet("Blad1");
      [
        ["Artikel", "Mål", "Aktivitet", "Ansvarig", "Tidplan"],
        ["Artikel 11 – Arbetsgivarrollen", "Jämställda löner", "Lönekartläggning", "HR-chef", "Våren 2019"],
        [null, null, "Utbilda chefer i lönesättning", "HR-chef", "enligt överenskommelse"],
      ].forEach((r, i) => r.forEach((v, j) => (ws.getCell(i + 1, j + 1).value = v)));
    });
    const loose = join(folder, "lista.xlsx");
    await writeFile(loose, bytes);
    const out = join(folder, "plan.xlsx");
    const run = await cli(
      "import",
      loose,
      "--out",
      out,
      "--from",
      "2018-01-01",
      "--to",
      "2020-12-31",
      "--json",
    );
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout.join("\n")) as {
      activities: { id: string; end: string | null }[];
      notUnderstood: { cell: string }[];
    };
    expect(json.activities.map((a) => [a.id, a.end])).toEqual([
      ["A1.1", "2019-06-30"],
      ["A1.2", null],
    ]);
    expect(json.notUnderstood.map((n) => n.cell)).toEqual(["E3"]);
    const raw = await xlsxPort(await openXlsx(await readFile(out))).read();
    expect(raw.tables.find((t) => t.name === "Activities")?.values[1]?.slice(0, 3)).toEqual([
      "A1.1",
      "M1",
      "Lönekartläggning",
    ]);
    const source = await loadWithExcelJs(new Uint8Array(await readFile(loose)));
    expect(source.worksheets.map((w) => w.name)).toEqual(["Blad1"]);
  });

  it.each([
    [["check"]],
    [["check", "plan.xlsx", "--date", "15/9 2019"]],
    [["template", "--out", "x.xlsx", "--lang", "de"]],
    [["template", "--out", "x.xlsx", "--from", "2020-01-01", "--to", "2019-12-31"]],
    [["report", "plan.xlsx"]],
    [["import", "lista.xlsx"]],
  ])("refuses bad arguments %j with exit 2 and one line", async (argv) => {
    const run = await cli(...argv);
    expect(run.status).toBe(2);
    expect(run.stderr).toHaveLength(1);
    expect(run.stdout).toEqual([]);
  });

  it.each([
    [["frobnicate"], "Okänt kommando: frobnicate", "Hjälp: cemr --help"],
    [
      ["check", "plan.xlsx", "--period", "Helår 2019"],
      "Okänd flagga för check: --period",
      "Hjälp: cemr check --help",
    ],
  ])(
    "refuses %j with exit 2, its line, then the short usage and where the help is",
    async (argv, line, hint) => {
      const run = await cli(...argv);
      expect(run.status).toBe(2);
      expect(run.stdout).toEqual([]);
      expect(run.stderr[0]).toBe(line);
      expect(run.stderr[1]).toMatch(/^Användning: cemr /);
      expect(run.stderr[run.stderr.length - 1]).toBe(hint);
    },
  );
});

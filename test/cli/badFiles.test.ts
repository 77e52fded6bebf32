/**
 * Files a coordinator may pick by mistake, through every command that reads one:
 * each gives one clear line on standard error and exit status 2, no stack trace,
 * nothing on standard output and no output file. Workbooks that open but hold no
 * plan (an empty sheet, our sheet names over other data) are usable: their problems
 * are findings, so `check` exits 1.
 */
import { execFile } from "node:child_process";
import { access, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { newXlsx, saveXlsx } from "../../src/workbook/xlsx";
import { excelJsBytes } from "../workbook/xlsx/excelJsFiles";
import { openDocumentSpreadsheet, passwordProtectedWorkbook } from "./badFileBytes";
import { cli, tempFolder, type CliRun } from "./cliHarness";

jest.setTimeout(30_000);

const root = join(__dirname, "../..");
const exists = (p: string) =>
  access(p).then(
    () => true,
    () => false,
  );

/** A real workbook's bytes: the template with a plan, written by the command line itself. */
async function templateBytes(): Promise<Uint8Array> {
  const out = join(await tempFolder(), "mall.xlsx");
  expect((await cli("template", "--out", out, "--from", "2019-01-01", "--to", "2019-12-31")).status).toBe(0);
  return new Uint8Array(await readFile(out));
}

/** A workbook with one empty sheet, as a new file in Excel. */
async function emptySheetWorkbook(): Promise<Uint8Array> {
  return saveXlsx(newXlsx());
}

/** Our sheet names, but a budget list and notes on them instead of the plan's tables. */
async function ourSheetNamesOtherContent(): Promise<Uint8Array> {
  const rows: Record<string, (string | number)[][]> = {
    Plan: [
      ["Budget 2019", "Belopp"],
      ["Socialnämnden", 1_200_000],
      ["Kultur- och fritidsnämnden", 450_000],
    ],
    Mål: [["Anteckningar från mötet 2019-03-12"], ["Ta upp heltidsfrågan i september"]],
    Aktiviteter: [
      ["Vecka", "Ansvarig", "Klart"],
      [12, "Anna Lindqvist", "Ja"],
    ],
    Perioder: [
      ["Kvartal", "Start"],
      ["Q1", "2019-01-01"],
    ],
    Uppföljning: [["Kommentar"], ["Se protokoll"]],
  };
  return excelJsBytes((wb) => {
    for (const [name, values] of Object.entries(rows)) wb.addWorksheet(name).addRows(values);
  });
}

type BadFile = { what: string; name: string; bytes: () => Promise<Uint8Array> };

const UNUSABLE: readonly BadFile[] = [
  {
    what: "a text file named .xlsx",
    name: "lista.xlsx",
    bytes: async () => new TextEncoder().encode("Mål;Aktivitet\nJämställda löner;Lönekartläggning\n"),
  },
  {
    what: "a PDF",
    name: "plan.pdf",
    bytes: async () => new TextEncoder().encode("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n"),
  },
  {
    what: "an OpenDocument spreadsheet (.ods)",
    name: "plan.ods",
    bytes: async () => openDocumentSpreadsheet(),
  },
  { what: "an empty file (0 bytes)", name: "tom.xlsx", bytes: async () => new Uint8Array(0) },
  {
    what: "a truncated .xlsx (an interrupted download)",
    name: "avbruten.xlsx",
    bytes: async () => (await templateBytes()).slice(0, 6_000),
  },
  {
    what: "an .xlsx damaged inside (intact zip ends, garbled contents)",
    name: "skadad.xlsx",
    bytes: async () => {
      const bytes = await templateBytes();
      // Garble the compressed data between the first entry and the directory.
      for (let i = 200; i < bytes.length - 2_000; i += 7) bytes[i] = (bytes[i] ?? 0) ^ 0x5a;
      return bytes;
    },
  },
  {
    what: "a password-protected workbook",
    name: "skyddad.xlsx",
    bytes: async () => passwordProtectedWorkbook(),
  },
  {
    what: "an old .xls workbook",
    name: "gammal.xls",
    bytes: async () => new Uint8Array(await readFile(join(root, "test/fixtures/old-format-goals.xls"))),
  },
];

/** The command lines that read a file, each with an --out where it writes one. */
function commandsOn(file: string, out: string): string[][] {
  return [
    ["check", file],
    ["check", file, "--json", "--lang", "en"],
    ["report", file, "--period", "Helår 2019", "--out", out],
    ["import", file, "--out", out, "--from", "2019-01-01", "--to", "2019-12-31"],
  ];
}

async function place(folder: string, bad: BadFile): Promise<{ file: string; bytes: Uint8Array }> {
  const file = join(folder, bad.name);
  const bytes = await bad.bytes();
  await writeFile(file, bytes);
  return { file, bytes };
}

function expectRefused(run: CliRun, file: string): void {
  expect(run.status).toBe(2);
  expect(run.stdout).toEqual([]);
  expect(run.stderr).toHaveLength(1);
  const line = run.stderr[0] ?? "";
  expect(line.split("\n")).toHaveLength(1);
  expect(line).toContain(file);
  expect(line).not.toMatch(/\bat \S+ \(|Error:|exceljs|jszip/i);
}

describe("files that are no usable workbook", () => {
  it.each(UNUSABLE.map((b) => [b.what, b] as const))(
    "refuses %s in every command with exit 2, one line, no stack trace and no output file",
    async (_, bad) => {
      const folder = await tempFolder();
      const { file, bytes } = await place(folder, bad);
      const out = join(folder, "resultat.xlsx");
      for (const argv of commandsOn(file, out)) {
        expectRefused(await cli(...argv), file);
        expect(await exists(out)).toBe(false);
      }
      expect(new Uint8Array(await readFile(file))).toEqual(bytes);
    },
  );

  it("gives each kind of bad file its own message, so the user knows what to do", async () => {
    const folder = await tempFolder();
    const messages = new Map<string, string>();
    for (const bad of UNUSABLE) {
      const { file } = await place(folder, bad);
      const run = await cli("check", file);
      messages.set(bad.what, (run.stderr[0] ?? "").replace(file, "FILE"));
    }
    // Not a workbook (text, PDF) is one kind; every other reason has its own line.
    const kinds = new Set(messages.values());
    expect(kinds.size).toBe(UNUSABLE.length - 1);
    expect(messages.get("a text file named .xlsx")).toBe(messages.get("a PDF"));
    expect(messages.get("an OpenDocument spreadsheet (.ods)")).toMatch(/\.ods.*\.xlsx/);
    expect(messages.get("a password-protected workbook")).not.toBe(messages.get("an old .xls workbook"));
  });

  it.each([
    ["a password-protected workbook", passwordProtectedWorkbook],
    ["a truncated .xlsx", async () => (await templateBytes()).slice(0, 6_000)],
  ])(
    "refuses %s as a real process: exit 2, one line on standard error, nothing on standard output",
    async (_, make) => {
      const folder = await tempFolder();
      const file = join(folder, "plan.xlsx");
      await writeFile(file, await make());
      const out = join(folder, "rapport.xlsx");
      const result = await new Promise<{ status: number; stdout: string; stderr: string }>((resolve) => {
        execFile(
          process.execPath,
          ["--import", "tsx", "src/cli/main.ts", "report", file, "--period", "Helår 2019", "--out", out],
          { cwd: root },
          (error, stdout, stderr) =>
            resolve({ status: error && typeof error.code === "number" ? error.code : 0, stdout, stderr }),
        );
      });
      expect(result.status).toBe(2);
      expect(result.stdout).toBe("");
      expect(result.stderr.trim().split("\n")).toHaveLength(1);
      expect(result.stderr).not.toMatch(/\bat \S+ \(/);
      expect(await exists(out)).toBe(false);
    },
  );
});

describe("workbooks that open but hold no plan", () => {
  it("checks a workbook with one empty sheet: every table missing is an error finding, exit 1", async () => {
    const folder = await tempFolder();
    const file = join(folder, "ny.xlsx");
    await writeFile(file, await emptySheetWorkbook());
    const run = await cli("check", file, "--json");
    expect(run.status).toBe(1);
    const { findings } = JSON.parse(run.stdout.join("\n")) as {
      findings: { code: string; severity: string }[];
    };
    expect(findings.filter((f) => f.code === "TABLE_MISSING")).toHaveLength(7);
    expect(findings.every((f) => f.code === "TABLE_MISSING" && f.severity === "error")).toBe(true);
  });

  it("checks a workbook with our sheet names over other data: findings and exit 1, no crash", async () => {
    const folder = await tempFolder();
    const file = join(folder, "blandat.xlsx");
    await writeFile(file, await ourSheetNamesOtherContent());
    const run = await cli("check", file, "--json");
    expect(run.status).toBe(1);
    const { findings } = JSON.parse(run.stdout.join("\n")) as {
      findings: { code: string; sheet: string | null }[];
    };
    const codes = new Set(findings.map((f) => f.code));
    expect(codes.has("TABLE_MISSING") || codes.has("COLUMN_MISSING")).toBe(true);
    expect(run.stderr).toEqual([]);
  });

  it.each([
    ["a workbook with one empty sheet", emptySheetWorkbook],
    ["a workbook with our sheet names over other data", ourSheetNamesOtherContent],
  ])("refuses a report of %s (it has no such period) with exit 2 and writes no file", async (_, make) => {
    const folder = await tempFolder();
    const file = join(folder, "arbetsbok.xlsx");
    await writeFile(file, await make());
    const out = join(folder, "rapport.xlsx");
    const run = await cli("report", file, "--period", "Helår 2019", "--out", out);
    expect(run.status).toBe(2);
    expect(run.stderr).toHaveLength(1);
    expect(run.stdout).toEqual([]);
    expect(await exists(out)).toBe(false);
  });
});

/**
 * `check` and `report` on several files or a folder, as a coordinator runs them on the
 * hand-outs that came back: one block per file, the closing table of counts, the worst
 * exit status; a file that cannot be used is listed with its reason and the others go
 * on; with one file, every output is what it was.
 */
import { copyFile, mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { openXlsx, xlsxPort } from "../../src/workbook/xlsx";
import { cli, tempFolder, type CliRun } from "./cliHarness";

jest.setTimeout(60_000);

const example = join(__dirname, "../../assets/example");
const DATE = ["--date", "2020-12-31"];

type CheckJson = { findings: { code: string; severity: string }[] };
type ManyJson<T> = { files: ({ file: string; error: string } | ({ file: string } & T))[] };

/**
 * The returned folder of a round: Region Vättersund's plan twice (units 2 and 10, to show
 * the order is by number), an empty template (error findings), a text file saved as .xlsx,
 * Excel's lock file and a note.
 */
async function returnedFolder(): Promise<string> {
  const dir = join(await tempFolder(), "inkommet");
  await mkdir(dir);
  await copyFile(join(example, "exempelplan.xlsx"), join(dir, "Enhet 10.xlsx"));
  await copyFile(join(example, "exempelplan.xlsx"), join(dir, "Enhet 2.xlsx"));
  const made = await cli("template", "--out", join(dir, "Tom mall.xlsx"));
  expect(made.status).toBe(0);
  await writeFile(join(dir, "Trasig.xlsx"), "Mål;Aktivitet\nJämställda löner;Lönekartläggning\n");
  await writeFile(join(dir, "~$Enhet 2.xlsx"), "lock");
  await writeFile(join(dir, "läs mig.txt"), "Svar senast 15 januari");
  return dir;
}

/** The blocks of a many-file text output: file name → the lines under its header. */
function blocks(run: CliRun): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let current: string[] | null = null;
  for (const line of run.stdout) {
    if (line.startsWith("== ")) out.set(line.slice(3), (current = []));
    else if (line === "") current = null;
    else current?.push(line);
  }
  return out;
}

/** The closing table's rows: file → its cells after the name. */
function tableRows(run: CliRun, files: readonly string[]): Map<string, string> {
  const rows = new Map<string, string>();
  for (const line of run.stdout)
    for (const f of files) if (line.startsWith(`${f}  `)) rows.set(f, line.slice(f.length).trim());
  return rows;
}

describe("check on several files", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await returnedFolder();
  });
  const path = (name: string) => join(dir, name);

  it("checks a folder's workbooks in name order: one block each, the table, exit 2 for the unusable file", async () => {
    const run = await cli("check", dir, ...DATE);
    const names = ["Enhet 2.xlsx", "Enhet 10.xlsx", "Tom mall.xlsx", "Trasig.xlsx"].map(path);
    expect([...blocks(run).keys()]).toEqual(names);
    const rows = tableRows(run, names);
    expect(rows.get(path("Enhet 2.xlsx"))).toMatch(/^0 +4 +0$/);
    expect(rows.get(path("Tom mall.xlsx"))).toMatch(/^[1-9]\d* +\d+ +\d+$/);
    expect(rows.get(path("Trasig.xlsx"))).toBe("–          –     –  filen är ingen Excel-arbetsbok (.xlsx)");
    expect(run.stdout.at(-1)).toMatch(/^Summa, 4 filer +[1-9]\d* +\d+ +\d+$/);
    expect(run.status).toBe(2);
    expect(run.stderr).toEqual([
      `Hoppar över filer i ${dir} som inte är arbetsböcker: läs mig.txt`,
      "1 av 4 filer kunde inte användas",
    ]);
  });

  it("gives each file's block exactly the lines that checking that file alone prints", async () => {
    const many = blocks(await cli("check", path("Enhet 2.xlsx"), path("Tom mall.xlsx"), ...DATE));
    for (const name of ["Enhet 2.xlsx", "Tom mall.xlsx"]) {
      const alone = await cli("check", path(name), ...DATE);
      expect(alone.stdout.some((l) => l.startsWith("== ") || l.startsWith("Summa"))).toBe(false);
      expect(many.get(path(name))).toEqual(alone.stdout);
    }
  });

  it("exits with the worst status: 0 for clean plans, 1 when one file has an error finding", async () => {
    expect((await cli("check", path("Enhet 2.xlsx"), path("Enhet 10.xlsx"), ...DATE)).status).toBe(0);
    expect((await cli("check", path("Enhet 2.xlsx"), path("Tom mall.xlsx"), ...DATE)).status).toBe(1);
  });

  it("goes on past a missing file and lists it with its reason", async () => {
    const run = await cli("check", path("Saknas.xlsx"), path("Enhet 2.xlsx"), ...DATE, "--lang", "en");
    expect(blocks(run).get(path("Saknas.xlsx"))).toEqual([`No such file: ${path("Saknas.xlsx")}`]);
    expect(blocks(run).get(path("Enhet 2.xlsx"))?.at(-1)).toBe("0 errors, 4 warnings, 0 info");
    expect(tableRows(run, [path("Saknas.xlsx")]).get(path("Saknas.xlsx"))).toMatch(/no such file$/);
    expect(run.stderr).toEqual(["1 of 2 files could not be used"]);
    expect(run.status).toBe(2);
  });

  it('prints {"files": [{file, findings} | {file, error}]} and nothing else with --json', async () => {
    const run = await cli("check", dir, "--json", ...DATE);
    const json = JSON.parse(run.stdout.join("\n")) as ManyJson<CheckJson>;
    expect(json.files.map((f) => f.file)).toEqual(
      ["Enhet 2.xlsx", "Enhet 10.xlsx", "Tom mall.xlsx", "Trasig.xlsx"].map(path),
    );
    const alone = JSON.parse(
      (await cli("check", path("Tom mall.xlsx"), "--json", ...DATE)).stdout.join("\n"),
    );
    expect(json.files[2]).toEqual({ file: path("Tom mall.xlsx"), ...alone });
    expect(json.files[3]).toEqual({
      file: path("Trasig.xlsx"),
      error: `Kan inte läsa ${path("Trasig.xlsx")}: filen är ingen Excel-arbetsbok (.xlsx)`,
    });
    expect(run.status).toBe(2);
  });

  it("refuses a folder without workbooks with exit 2 and one line", async () => {
    const empty = join(await tempFolder(), "tom");
    await mkdir(empty);
    await writeFile(join(empty, "svar.pdf"), "%PDF-1.4");
    const run = await cli("check", empty);
    expect(run.status).toBe(2);
    expect(run.stdout).toEqual([]);
    expect(run.stderr.at(-1)).toBe(`Mappen ${empty} innehåller inga arbetsböcker (.xlsx)`);
  });
});

describe("report on several files", () => {
  let dir: string;
  beforeAll(async () => {
    dir = join(await tempFolder(), "regionen");
    await mkdir(dir);
    await copyFile(join(example, "exempelplan.xlsx"), join(dir, "Vättersund.xlsx"));
    await copyFile(join(example, "example-plan.xlsx"), join(dir, "Vattersund-en.xlsx"));
  });
  const path = (name: string) => join(dir, name);
  const PERIOD = ["--period", "Helår 2020"];

  it("writes a copy of each into the --out folder under its own name, the inputs unchanged", async () => {
    const before = await readFile(path("Vättersund.xlsx"));
    const out = join(await tempFolder(), "rapporter");
    const run = await cli("report", dir, ...PERIOD, "--out", out);
    const text = blocks(run).get(path("Vättersund.xlsx"))?.join("\n");
    expect(text).toBe((await cli("report", path("Vättersund.xlsx"), ...PERIOD)).stdout.join("\n"));
    // The English plan names its periods in English: listed with the reason, no copy written.
    expect(blocks(run).get(path("Vattersund-en.xlsx"))?.[0]).toMatch(/^Perioden "Helår 2020" finns inte/);
    expect(run.status).toBe(2);
    expect(await readFile(path("Vättersund.xlsx"))).toEqual(before);
    const copy = xlsxPort(await openXlsx(await readFile(join(out, "Vättersund.xlsx"))));
    expect(await copy.productSheets()).toHaveLength(1);
    await expect(readFile(join(out, "Vattersund-en.xlsx"))).rejects.toThrow();
  });

  it('prints {"files": [{file, summary}]} with --json, each summary that of the file alone', async () => {
    const run = await cli("report", path("Vättersund.xlsx"), path("Vättersund.xlsx"), ...PERIOD, "--json");
    const json = JSON.parse(run.stdout.join("\n")) as ManyJson<{ summary: unknown }>;
    const alone = JSON.parse(
      (await cli("report", path("Vättersund.xlsx"), ...PERIOD, "--json")).stdout.join("\n"),
    );
    // The same file named twice is read once.
    expect(json.files).toEqual([{ file: path("Vättersund.xlsx"), summary: alone }]);
  });

  it("refuses, before writing anything, two inputs of the same name or an --out that is a file", async () => {
    const other = join(await tempFolder(), "Vättersund.xlsx");
    await copyFile(path("Vättersund.xlsx"), other);
    const out = join(await tempFolder(), "ut");
    const twice = await cli("report", path("Vättersund.xlsx"), other, ...PERIOD, "--out", out);
    expect(twice.status).toBe(2);
    expect(twice.stderr).toEqual([
      "Två filer heter Vättersund.xlsx; båda kan inte skrivas till mappen i --out",
    ]);
    await expect(readFile(join(out, "Vättersund.xlsx"))).rejects.toThrow();
    const file = await cli("report", dir, ...PERIOD, "--out", path("Vättersund.xlsx"));
    expect(file.status).toBe(2);
    expect(file.stdout).toEqual([]);
  });
});

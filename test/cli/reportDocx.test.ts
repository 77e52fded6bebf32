/**
 * `report --docx`: the section for Word beside the text (and beside --out), for one
 * file or a folder of them. python-docx (Debian python3-docx) reads what was written;
 * test/workbook/docx/sectionDocx.test.ts holds the document itself to LibreOffice.
 */
import { execFile } from "node:child_process";
import { copyFile, mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { cli, tempFolder } from "./cliHarness";

jest.setTimeout(120_000);

const example = join(__dirname, "../../assets/example");
const run = promisify(execFile);

/** The headings and the number of tables python-docx finds. */
async function pythonDocx(path: string): Promise<{ headings: string[]; tables: number }> {
  const script = `
import docx, json, sys
d = docx.Document(sys.argv[1])
print(json.dumps({"headings": [p.text for p in d.paragraphs if p.style is not None and p.style.name.startswith("Heading")],
                  "tables": len(d.tables)}))
`;
  const { stdout } = await run("/usr/bin/python3", ["-c", script, path], { timeout: 60_000 });
  return JSON.parse(stdout) as { headings: string[]; tables: number };
}

describe("report --docx", () => {
  it("writes the section in the plan's language next to the printed text, alone or with --out", async () => {
    const dir = await tempFolder();
    const docx = join(dir, "avsnitt.docx");
    const out = join(dir, "med-sammanfattning.xlsx");
    const r = await cli(
      "report",
      join(example, "exempelplan.xlsx"),
      "--period",
      "Helår 2020",
      "--docx",
      docx,
      "--out",
      out,
    );
    expect(r.status).toBeLessThan(2);
    expect(r.stdout.join("\n")).toContain("Årsbokslutet avser perioden Helår 2020");
    const read = await pythonDocx(docx);
    expect(read.headings[0]).toBe("Årsbokslut: Helår 2020, brytdatum 31 december 2020");
    expect(read.tables).toBeGreaterThanOrEqual(2);
    expect((await readFile(out)).length).toBeGreaterThan(0);

    const en = join(dir, "section.docx");
    const e = await cli(
      "report",
      join(example, "example-plan.xlsx"),
      "--period",
      "Annual 2020",
      "--docx",
      en,
    );
    expect(e.status).toBeLessThan(2);
    expect((await pythonDocx(en)).headings[0]).toBe("Annual report: Annual 2020, cut-off 31 December 2020");
  });

  it("does not overwrite a file without --force", async () => {
    const dir = await tempFolder();
    const docx = join(dir, "avsnitt.docx");
    await writeFile(docx, "mitt eget");
    const r = await cli(
      "report",
      join(example, "exempelplan.xlsx"),
      "--period",
      "Helår 2020",
      "--docx",
      docx,
    );
    expect(r.status).toBe(2);
    expect(await readFile(docx, "utf8")).toBe("mitt eget");
  });

  it("with a folder of plans, writes one NAME.docx per plan into the --docx folder", async () => {
    const dir = await tempFolder();
    const inbox = join(dir, "inkommet");
    await mkdir(inbox);
    await copyFile(join(example, "exempelplan.xlsx"), join(inbox, "Enhet 2.xlsx"));
    await copyFile(join(example, "exempelplan.xlsx"), join(inbox, "Enhet 10.xlsx"));
    const sections = join(dir, "avsnitt");
    const r = await cli("report", inbox, "--period", "Delår 2020", "--docx", sections, "--json");
    expect(r.status).toBeLessThan(2);
    const json = JSON.parse(r.stdout.join("\n")) as { files: { file: string; docx?: string }[] };
    expect(json.files.map((f) => f.docx)).toEqual([
      join(sections, "Enhet 2.docx"),
      join(sections, "Enhet 10.docx"),
    ]);
    expect((await readdir(sections)).sort()).toEqual(["Enhet 10.docx", "Enhet 2.docx"]);
    const read = await pythonDocx(join(sections, "Enhet 2.docx"));
    expect(read.headings[0]).toContain("Delår 2020");
  });
});

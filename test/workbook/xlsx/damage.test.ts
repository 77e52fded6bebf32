/**
 * Damage is never silent: a part that a relationship names but the package lacks,
 * a mistyped relationship, a part that fails its CRC-32, or an entry name that
 * leaves the package is refused with one line naming the part, never read as
 * "no strings", "empty sheets" or "no tables". The workbooks are real ones: the
 * example plan as the product writes it, and LibreOffice's and Apache POI's files.
 * The referee for what is damage is ECMA-376 Part 2 (OPC): 9.3 (relationships),
 * 6.2.2 (part names); and the zip format (APPNOTE 4.4.7, CRC-32).
 */
import { readFileSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { openXlsx, WorkbookFileError, xlsxPort } from "../../../src/workbook/xlsx";
import { Package, PackageError } from "../../../src/workbook/xlsx/package";
import { writeZip } from "../../../src/workbook/xlsx/package/zipWrite";
import { cli, tempFolder } from "../../cli/cliHarness";
import { editParts, entriesOf, renameEntry } from "./fuzz/zipBytes";

const example = new Uint8Array(readFileSync(join(__dirname, "../../../assets/example/exempelplan.xlsx")));
/** A goals table as Excel writes it (shared strings, styles, a table part): LibreOffice opens it. */
const goals = new Uint8Array(readFileSync(join(__dirname, "../../fixtures/excel-style-goals-table.xlsx")));
const plainSheets = new Uint8Array(
  readFileSync(join(__dirname, "../../fixtures/libreoffice-plain-sheets.xlsx")),
);

async function refusal(bytes: Uint8Array): Promise<WorkbookFileError> {
  try {
    await xlsxPort(await openXlsx(bytes)).read();
  } catch (e) {
    if (e instanceof WorkbookFileError) return e;
    throw e;
  }
  throw new Error("read, not refused");
}

/** `check` on the bytes as a user runs it: status and standard error. */
async function check(bytes: Uint8Array): Promise<{ status: number; stderr: string[] }> {
  const file = join(await tempFolder(), "plan.xlsx");
  await writeFile(file, bytes);
  return cli("check", file);
}

describe("a part the package lacks is damage, named in one line", () => {
  it.each([
    ["xl/sharedStrings.xml", "xl/sharedStrings.xmm"],
    ["xl/styles.xml", "xl/styles.xmm"],
    ["xl/_rels/workbook.xml.rels", "xl/_rels/workbook.xml.relt"],
    ["xl/worksheets/sheet1.xml", "xl/worksheets/sheet1.xmm"],
    ["xl/tables/table1.xml", "xl/tables/table1.xmm"],
  ])("refuses a goals table when one bit turns %s into %s", async (part, flipped) => {
    // The file holds strings, formats and a table: each loss would read as data.
    const damaged = renameEntry(goals, part, flipped);
    const e = await refusal(damaged);
    expect(e.reason).toBe("corrupt");
    expect(e.part).toBe(part);
    const run = await check(damaged);
    expect(run.status).toBe(2);
    expect(run.stderr).toHaveLength(1);
    expect(run.stderr[0]).toContain(part);
  });

  it("refuses a mistyped <Relationship> instead of leaving its sheet empty", async () => {
    const damaged = editParts(example, {
      "xl/_rels/workbook.xml.rels": (t) => t.replace("<Relationship ", "<Relationshio "),
    });
    const e = await refusal(damaged);
    expect(e.part).toBe("xl/_rels/workbook.xml.rels");
    expect(e.message).toMatch(/Relationshio/);
  });

  it("refuses a sheet whose r:id names no relationship, and a sheet without r:id", async () => {
    const renamed = editParts(example, { "xl/workbook.xml": (t) => t.replace('r:id="rId3"', 'r:id="rIe3"') });
    expect((await refusal(renamed)).part).toBe("xl/_rels/workbook.xml.rels");
    const noId = editParts(example, { "xl/workbook.xml": (t) => t.replace('r:id="rId3"', 'r:ie="rId3"') });
    expect((await refusal(noId)).part).toBe("xl/workbook.xml");
  });

  it("refuses a worksheet without its relationships part rather than reading it without tables", async () => {
    const damaged = editParts(example, { "xl/worksheets/_rels/sheet2.xml.rels": null });
    expect(await refusal(damaged)).toBeInstanceOf(WorkbookFileError);
  });

  it("refuses a shared string index past the table and a cell type that does not exist", async () => {
    const strings = Package.open(goals).text("xl/sharedStrings.xml");
    const count = (strings.match(/<si>/g) ?? []).length;
    expect(count).toBeGreaterThan(3);
    const past = editParts(goals, {
      "xl/worksheets/sheet1.xml": (t) => t.replace(/(<c [^>]*t="s"[^>]*><v>)\d+/, `$1${count}`),
    });
    expect((await refusal(past)).message).toMatch(/shared string/);
    const unknownType = editParts(goals, {
      "xl/worksheets/sheet1.xml": (t) => t.replace(/(<c [^>]*)t="s"/, '$1t="c"'),
    });
    expect((await refusal(unknownType)).message).toMatch(/type "c"/);
  });

  it("still reads a legitimate workbook: external links and optional parts are not damage", async () => {
    // LibreOffice opens both: POI's picture.xlsx names a connections part it lacks,
    // 60825.xlsx has a sheet with r:id="" where an Excel 5 module was.
    for (const file of ["picture.xlsx", "60825.xlsx"]) {
      const bytes = new Uint8Array(readFileSync(join(__dirname, "../../fixtures/poi", file)));
      const raw = await xlsxPort(await openXlsx(bytes)).read();
      expect(raw.sheets.length).toBeGreaterThan(0);
    }
    const withLink = editParts(example, {
      "xl/_rels/workbook.xml.rels": (t) =>
        t.replace(
          "</Relationships>",
          '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLink" Target="https://example.org/x.xlsx" TargetMode="External"/></Relationships>',
        ),
    });
    await expect(xlsxPort(await openXlsx(withLink)).read()).resolves.toEqual(
      await xlsxPort(await openXlsx(example)).read(),
    );
  });
});

describe("copies are written from verified bytes only", () => {
  /** The example with one byte of a part's compressed data changed. */
  function corruptData(bytes: Uint8Array, part: string): Uint8Array {
    const e = entriesOf(bytes).find((x) => x.name === part)!;
    const out = bytes.slice();
    const at = e.dataOffset + Math.floor(e.compressedSize / 2);
    out[at] = out[at]! ^ 0x10;
    return out;
  }

  it("refuses to save a package whose untouched part fails its CRC-32", () => {
    const pkg = Package.open(corruptData(example, "docProps/app.xml"));
    pkg.set("xl/new.xml", "<x/>");
    expect(() => pkg.save()).toThrow(PackageError);
    expect(() => pkg.save()).toThrow(/docProps\/app\.xml/);
  });

  it("setup exits 2 naming the part, and writes no copy, when a part it would copy is damaged", async () => {
    const folder = await tempFolder();
    const file = join(folder, "blad.xlsx");
    const out = join(folder, "kopia.xlsx");
    const part = entriesOf(plainSheets).find((e) => e.name.startsWith("docProps/"))!.name;
    await writeFile(file, corruptData(plainSheets, part));
    const run = await cli("setup", file, "--out", out, "--from", "2019-01-01", "--to", "2020-12-31");
    expect(run.status).toBe(2);
    expect(run.stderr).toHaveLength(1);
    expect(run.stderr[0]).toContain(part);
    await expect(readFile(out)).rejects.toThrow();
  });
});

describe("entry names that leave the package are refused", () => {
  const item = (name: string) => ({ name, data: new TextEncoder().encode("x") });
  it.each(["../../evil.txt", "/etc/passwd", "C:/Windows/x.dll", "xl\\..\\..\\x", "xl/./a.xml"])(
    "refuses %s",
    (name) => {
      const entries = entriesOf(example).map((e) => e.name);
      const pkg = Package.open(example);
      const items = entries.map((n) => ({ name: n, data: pkg.bytes(n) }));
      const bytes = writeZip([...items, item(name)]);
      expect(() => Package.open(bytes)).toThrow(PackageError);
      expect(() => Package.open(bytes)).toThrow(name);
    },
  );
});

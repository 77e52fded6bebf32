/**
 * The product's writes on every real-world workbook that LibreOffice opens (the 165 of
 * test/fixtures/poi that are read): set-up, rows appended and a summary with its
 * charts, saved as a copy. Each copy is written, or refused before anything is written
 * because the workbook's structure is protected; and LibreOffice opens every copy,
 * with the summary and the appended follow-up row as written. roundTrip.test.ts
 * proves, on a chosen few, that the parts the writes do not own stay byte for byte.
 */
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openXlsx, saveXlsx, WorkbookWriteError, xlsxPort } from "../../../src/workbook/xlsx";
import { csvStem, sheetsAsCsv } from "./libreOffice";
import { FOLLOW_UP_CSV_ROW, SUMMARY_SHEET, writePlanAndSummary } from "./productWrites";

jest.setTimeout(600_000);

const folder = join(__dirname, "../../fixtures/poi");
const readable = readFileSync(join(folder, "expected.tsv"), "utf8")
  .split("\n")
  .slice(1)
  .map((line) => line.split("\t"))
  .filter(([, expect]) => expect === "yes")
  .map(([file]) => file!);

/** The corpus workbooks whose structure is protected: no sheet may be added. */
const STRUCTURE_PROTECTED = [
  "CVLKRA-KYC_Download_File_Structure_V3.1.xlsx",
  "workbookProtection-workbook_password-2013.xlsx",
  "workbookProtection_workbook_structure_protected.xlsx",
];

type Written =
  { readonly file: string; readonly copy: Uint8Array } | { readonly file: string; readonly refused: string };

const written: Written[] = [];

beforeAll(async () => {
  for (const file of readable) {
    const wb = await openXlsx(new Uint8Array(readFileSync(join(folder, file))));
    try {
      await writePlanAndSummary(xlsxPort(wb));
      written.push({ file, copy: await saveXlsx(wb) });
    } catch (e) {
      if (!(e instanceof WorkbookWriteError)) throw new Error(`${file}: ${String(e)}`);
      expect([file, wb.package.unchanged]).toEqual([file, true]);
      written.push({ file, refused: e.reason });
    }
  }
});

describe("the product's writes on every readable corpus workbook", () => {
  it("covers all of them", () => {
    expect(readable.length).toBe(165);
    expect(written.length).toBe(readable.length);
  });

  it("write a copy of each, but refuse the three whose structure is protected, before writing", () => {
    const refused = written.filter((w) => "refused" in w);
    expect(refused).toEqual(STRUCTURE_PROTECTED.map((file) => ({ file, refused: "workbookProtected" })));
  });

  it("give copies LibreOffice opens, every one, with the summary and the follow-up row as written", async () => {
    const copies = written.flatMap((w) => ("copy" in w ? [w] : []));
    const dir = mkdtempSync(join(tmpdir(), "cemr-corpus-writes-"));
    const paths = copies.map((c, i) => {
      const path = join(dir, `copy${String(i)}${c.file.endsWith(".xlsm") ? ".xlsm" : ".xlsx"}`);
      writeFileSync(path, c.copy);
      return path;
    });
    const csv = await sheetsAsCsv(paths, dir);
    const outNames = readdirSync(csv);
    const lines = (path: string, sheet: string) =>
      readFileSync(join(csv, `${csvStem(path)}-${sheet}.csv`), "utf8").split("\n");
    const seen = copies.map((c, i) => {
      const path = paths[i]!;
      if (!outNames.some((n) => n.startsWith(`${csvStem(path)}-`))) return [c.file, "not opened"];
      // The follow-up row as written; the empty Åtgärd column (issue 29) may follow it.
      return [c.file, lines(path, SUMMARY_SHEET)[0], lines(path, "Uppföljning")[1]?.replace(/,$/, "")];
    });
    expect(seen).toEqual(copies.map((c) => [c.file, "Årsbokslut: Helår 2019,,,,,,,", FOLLOW_UP_CSV_ROW]));
  });
});

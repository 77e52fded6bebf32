/**
 * The yardstick of the command line measurements: exceljs, the library the product
 * used to read files with, reading an .xlsx file and nothing else. exceljs is no
 * longer in the product (a devDependency for this yardstick and for tests that read
 * our copies with another library); issue 14 asks that `check` take no longer than
 * this read alone. Compiled by bench/compiled.ts, run as `node readXlsxOnly.js FILE`.
 */
import ExcelJS from "exceljs";
import { readFile } from "node:fs/promises";

async function main(path: string | undefined): Promise<void> {
  if (!path) throw new Error("usage: readXlsxOnly.ts FILE");
  const wb = new ExcelJS.Workbook();
  // exceljs types its input as its own Buffer; a Node Buffer is what it reads.
  await wb.xlsx.load((await readFile(path)) as unknown as ExcelJS.Buffer);
  process.stdout.write(`${wb.worksheets.length} sheets\n`);
}

main(process.argv[2]).catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 2;
});

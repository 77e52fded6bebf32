/**
 * Opens one file as the command line does and nothing else: exit 0 when it is
 * read, 2 when it is refused (its reason on standard error). Run as
 * `node --import tsx bench/openOnly.ts FILE`, one process per file, so its peak
 * memory is the file's.
 */
import { readFile } from "node:fs/promises";
import { openXlsx, WorkbookFileError, xlsxPort } from "../src/workbook/xlsx";

async function main(path: string | undefined): Promise<void> {
  if (!path) throw new Error("usage: openOnly.ts FILE");
  try {
    const raw = await xlsxPort(await openXlsx(new Uint8Array(await readFile(path)))).read();
    process.stdout.write(`${raw.sheets.length} sheets, ${raw.tables.length} tables\n`);
  } catch (e) {
    if (!(e instanceof WorkbookFileError)) throw e;
    process.stderr.write(`refused: ${e.reason}\n`);
    process.exitCode = 2;
  }
}

main(process.argv[2]).catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 3;
});

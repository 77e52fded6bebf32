/**
 * LibreOffice as the referee of the files we write: one `soffice --headless` run
 * converts a batch of workbooks, which it can only do for files it opens.
 */
import { execFile } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { basename, join } from "node:path";
import { promisify } from "node:util";

/** Calc's CSV filter writing every sheet of a workbook to its own file, `name-Sheet.csv`. */
export const CSV_EVERY_SHEET =
  "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";
/** Calc's own .xlsx export. */
export const XLSX_EXPORT = "xlsx:Calc MS Excel 2007 XML";

export type Conversion = {
  /** The `--convert-to` argument. */
  readonly filter: string;
  readonly outDir: string;
  /** A fresh folder for LibreOffice's profile. */
  readonly home: string;
  /** Whether the output folder holds what `file` became. */
  readonly converted: (file: string, outNames: readonly string[]) => boolean;
};

/**
 * Converts every file in one run. soffice 7.4 has been seen to crash now and then in its
 * threaded import of a batch (signal 11 in setStringCell) on files it converts alone, so
 * after a failed run the files it did not get to are converted once more; a file it
 * cannot open is then missing from the output, which the caller's test names.
 */
export async function convertInLibreOffice(files: readonly string[], conversion: Conversion): Promise<void> {
  const { filter, outDir, home, converted } = conversion;
  const run = (batch: readonly string[]) =>
    promisify(execFile)(
      "soffice",
      ["--headless", "--calc", "--convert-to", filter, "--outdir", outDir, ...batch],
      {
        timeout: 300_000,
        env: { ...process.env, HOME: home },
      },
    );
  await run(files).catch(async (e: unknown) => {
    const outNames = existsSync(outDir) ? readdirSync(outDir) : [];
    const left = files.filter((f) => !converted(f, outNames));
    console.log(`soffice stopped (${String(e).split("\n")[0]}); again for ${left.length} files`);
    await run(left).catch(() => undefined);
  });
}

/** A workbook's name without its extension: LibreOffice names its CSV files `stem-Sheet.csv`. */
export const csvStem = (path: string): string => basename(path).replace(/\.xls[xm]$/, "");

/** Every sheet of every file as CSV, in one LibreOffice run; gives the folder `dir/csv` that holds them. */
export async function sheetsAsCsv(files: readonly string[], dir: string): Promise<string> {
  const outDir = join(dir, "csv");
  await convertInLibreOffice(files, {
    filter: CSV_EVERY_SHEET,
    outDir,
    home: dir,
    converted: (file, outNames) => outNames.some((n) => n.startsWith(`${csvStem(file)}-`)),
  });
  return outDir;
}

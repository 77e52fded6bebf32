/**
 * `setup FILE --out FILE [--lang] [--from D --to D] [--force]`: a copy of the
 * user's workbook with the plan tables it lacks added, as the pane's Set up does
 * (docs/workbook.md, writing rules): no cell that holds data is touched, and every
 * other part of the workbook is kept as it was. The input file is never changed.
 */
import { setUpPlan } from "../app/setUpPlan";
import { type TableName, tableSpec } from "../core/schema";
import { sameSheetName, sameTableName } from "../core/cells";
import { xlsxPort } from "../workbook/xlsx";
import type { ParsedArgs } from "./args";
import { CliError, type CliIo } from "./cliIo";
import { cliText } from "./cliText";
import { checkOutput, openInput, writeOutput } from "./files";

/** Writes the copy; exit status 0 (refusals are exit 2 with the reason). */
export async function setupCommand(args: ParsedArgs, io: CliIo): Promise<number> {
  if (!args.file) throw new CliError(cliText("missingFile", args.lang, { command: "setup" }));
  if (!args.out)
    throw new CliError(cliText("missingOption", args.lang, { command: "setup", option: "--out FILE" }));
  await checkOutput(io, args.out, args.file, args.force, args.lang);
  const wb = await openInput(io, args.file, args.lang);
  const progress = (done: number, total: number) => {
    if (io.showProgress) io.stderr(cliText("tablesProgress", args.lang, { done: done, total: total }));
  };
  const result = await setUpPlan(
    xlsxPort(wb),
    { lang: args.lang, ...(args.from ? { from: args.from } : {}), ...(args.to ? { to: args.to } : {}) },
    progress,
  );
  await writeOutput(io, wb, args.out, args.lang);
  // Each table by the sheet it is on, as the user sees it in the workbook.
  const raw = await xlsxPort(wb).read();
  // A table by the sheet it is on; one read from plain cells by its sheet's name.
  const sheetOf = (name: TableName): string => {
    const table = raw.tables.find((t) => sameTableName(t.name, name));
    if (table) return table.sheet;
    const { sheet } = tableSpec(name);
    const plain = raw.sheets.find((s) => [sheet.sv, sheet.en].some((n) => sameSheetName(n, s.sheet)));
    return plain?.sheet ?? sheet[args.lang];
  };
  const sheets = (names: readonly TableName[]) => names.map(sheetOf).join(", ");
  const columnsChanged = result.columnsAdded.length > 0;
  if (result.created.length === 0 && !columnsChanged) io.stdout(cliText("setupNothing", args.lang));
  else if (result.created.length > 0)
    io.stdout(cliText("setupAdded", args.lang, { sheets: sheets(result.created) }));
  for (const c of result.columnsAdded)
    io.stdout(
      cliText("setupColumnsAdded", args.lang, { sheet: sheetOf(c.table), headers: c.headers.join(", ") }),
    );
  for (const c of result.columnsNotAdded)
    io.stdout(cliText("setupColumnsNotAdded", args.lang, { sheet: c.sheet, headers: c.headers.join(", ") }));
  if (result.existing.length > 0 && result.created.length > 0)
    io.stdout(cliText("setupExisting", args.lang, { sheets: sheets(result.existing) }));
  return 0;
}

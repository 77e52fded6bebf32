/**
 * One piece of the bench alone: the command line on the largest plan against its
 * yardsticks (exceljs and SheetJS reading the file, and the inflate-and-decode
 * floor), for a quick measure on a shared machine: `npx tsx bench/cliOnly.ts [ROUNDS]`.
 */
import { commandLine } from "./commandLine";
import { PLANS } from "./plans";
import { commandTable } from "./print";

async function main(): Promise<void> {
  const largest = PLANS[PLANS.length - 1];
  if (!largest) throw new Error("No plans to measure");
  const cli = await commandLine(largest, Number(process.argv[2] ?? 5));
  process.stdout.write(`${commandTable(cli)}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 2;
});

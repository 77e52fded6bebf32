// `npm run demo`: the command line on the example plan of the fictional Region
// Vättersund: the check as of the plan's last day, then the annual summary for
// Helår 2020 written to a copy of the workbook in the system's temporary folder
// (never into the repository, so nothing needs ignoring).
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(fileURLToPath(new URL(".", import.meta.url)), "..");
const tsx = createRequire(import.meta.url).resolve("tsx/cli");
const example = join("assets", "example", "exempelplan.xlsx");
// CEMR_DEMO_DIR lets a test send the result elsewhere.
const outDir = process.env.CEMR_DEMO_DIR || join(tmpdir(), "cemr-demo");
const out = join(outDir, "rapport-helar-2020.xlsx");

/** Runs one command of the command line; exit 1 (findings with errors) is fine, 2 is not. */
function cli(title, args) {
  console.log(
    `\n== ${title}\n$ npm run -s cli -- ${args.map((a) => (/\s/.test(a) ? `"${a}"` : a)).join(" ")}\n`,
  );
  // The node running this script runs tsx's own entry, so no shell (and no .cmd on Windows) is needed.
  const run = spawnSync(process.execPath, [tsx, join("src", "cli", "main.ts"), ...args], {
    cwd: root,
    stdio: "inherit",
  });
  if (run.error) throw run.error;
  if (run.status !== 0 && run.status !== 1) {
    console.error(`\nThe demo stopped: the command exited with ${run.status ?? run.signal}.`);
    process.exit(2);
  }
}

mkdirSync(outDir, { recursive: true });
cli("Kontroll per 31 december 2020 / Check as of 31 December 2020", [
  "check",
  example,
  "--date",
  "2020-12-31",
]);
cli("Årsbokslut Helår 2020 / Annual summary 2020", [
  "report",
  example,
  "--period",
  "Helår 2020",
  "--out",
  out,
  "--force",
]);

console.log(`
Resultatet / The result: ${out}
  (en kopia av ${example} med bladet för årsbokslutet; exempelfilen ändras inte)
English: the same plan in English is assets/example/example-plan.xlsx; try
  npm run -s cli -- report assets/example/example-plan.xlsx --period "Annual 2020" --lang en --out ${join(outDir, "annual-report-2020.xlsx")} --force
`);

/**
 * `npm run bench`: measures how the add-in behaves as plans grow (issue 9) and
 * prints a table per measurement, PASS/FAIL per target, and the same figures as
 * JSON in bench/results/latest.json. `--skip=startup,cli,corpus,browser,bundle` leaves parts out;
 * `--strict` exits 1 when a target fails (for CI).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import { bundleSize, ROOT } from "./bundle";
import { commandLine } from "./commandLine";
import { coreTime } from "./coreTime";
import { corpusOpen } from "./corpusOpen";
import { firstRender } from "./firstRender";
import { PLANS } from "./plans";
import {
  commandTable,
  coreTable,
  corpusTable,
  phasesTable,
  startupTable,
  targetsTable,
  tripsTable,
} from "./print";
import { reportPhases } from "./reportPhases";
import { WORD_SECTION_TARGET, wordSection } from "./wordSection";
import { roundTrips } from "./roundTrips";
import { startup } from "./startup";
import { judge } from "./targets";

const RESULTS = join(ROOT, "bench", "results", "latest.json");

function skipped(argv: readonly string[]): Set<string> {
  const arg = argv.find((a) => a.startsWith("--skip="));
  return new Set(arg ? arg.slice("--skip=".length).split(",") : []);
}

function section(title: string, body: string): void {
  process.stdout.write(`\n${title}\n${body}\n`);
}

/** The machine the figures were taken on. */
function machine(): Record<string, string | number> {
  const list = cpus();
  return {
    cpus: list.length,
    cpuModel: list[0]?.model ?? "unknown",
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
  };
}

async function main(): Promise<void> {
  const skip = skipped(process.argv.slice(2));
  const largest = PLANS[PLANS.length - 1];
  if (!largest) throw new Error("No plans to measure");
  process.stdout.write(`Plans of ${PLANS.map((p) => p.label).join(", ")} follow-up rows\n`);

  const trips = [];
  for (const plan of PLANS) trips.push(await roundTrips(plan));
  section("Office.js round trips per action (fake Excel)", tripsTable(PLANS, trips));

  const core = PLANS.map((plan) => coreTime(plan, plan.followUpRows > 5_000 ? 5 : 11));
  section("Core time (median), against a bare pass copying the same cells", coreTable(PLANS, core));

  const start = skip.has("startup") ? null : startup(21);
  if (start)
    section(
      `Command line start-up, dist-cli/cemr.js (${Math.round(start.bundleBytes / 1024)} KB), median of ${start.rounds} rounds side by side`,
      startupTable(start),
    );

  const cli = skip.has("cli") ? null : await commandLine(largest, 7);
  const phases = skip.has("cli") ? null : await reportPhases(largest, 5);
  if (cli)
    section(
      `Command line, median of ${cli.runs} (the yardstick: exceljs reading the file; peak memory by ${cli.memoryMethod})`,
      commandTable(cli),
    );
  if (phases) section("Where report --out spends its time (in process, ms)", phasesTable(phases));
  const word = skip.has("cli") ? null : await wordSection(largest, 5);
  if (word)
    section(
      `The section for Word against report --json, ${word.followUpRows.toLocaleString("en-US")} follow-up rows (in process, median of 5 paired runs)`,
      `json ${word.jsonMs} ms, docx ${word.docxMs} ms (${word.docxBytes.toLocaleString("en-US")} B): ` +
        `${word.ratio ?? "?"}× (target ≤ ${WORD_SECTION_TARGET}×: ${word.ratio !== null && word.ratio <= WORD_SECTION_TARGET ? "PASS" : "FAIL"})`,
    );

  const corpus = skip.has("corpus") ? null : await corpusOpen(3);
  if (corpus) section("Opening real and large workbooks (own process, median of 3)", corpusTable(corpus));

  const bundle = skip.has("bundle") ? null : bundleSize();
  if (bundle)
    section(
      "Task pane initial JavaScript",
      `${bundle.minified.toLocaleString("en-US")} B minified, ${bundle.gzip.toLocaleString("en-US")} B gzip`,
    );
  const render = skip.has("browser") ? null : await firstRender(7);
  if (render)
    section(
      "First render in headless Chromium (median of 7)",
      `${Math.round(render.medianMs)} ms (runs: ${render.runs.map((r) => Math.round(r)).join(", ")})`,
    );

  const targets = judge({
    trips,
    core,
    commandLine: cli,
    corpus,
    bundle,
    firstRender: render,
    startup: start,
  });
  section("Targets", targetsTable(targets));

  const results = {
    // The date and machine belong with the figures (docs/benchmarks.md quotes them).
    date: new Date().toISOString(),
    machine: machine(),
    plans: PLANS,
    roundTrips: trips.map((size, i) => ({ followUpRows: PLANS[i]?.followUpRows, actions: size })),
    core: core.map((c, i) => ({ followUpRows: PLANS[i]?.followUpRows, ...c })),
    startup: start,
    commandLine: cli,
    reportPhases: phases,
    wordSection: word,
    corpus,
    bundle,
    firstRender: render,
    targets,
  };
  mkdirSync(join(ROOT, "bench", "results"), { recursive: true });
  writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(`\nJSON: ${RESULTS}\n`);
  if (process.argv.includes("--strict") && targets.some((t) => !t.pass)) process.exitCode = 1;
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 2;
});

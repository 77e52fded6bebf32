#!/usr/bin/env node
/**
 * Captures a fixed set of command-line outputs into a folder, so that a change
 * meant to keep behaviour can be checked byte for byte (issue 25, one message
 * mechanism).
 *
 *   node scripts/sameOutputs.mjs DIR           capture into DIR
 *   node scripts/sameOutputs.mjs DIR BEFORE    capture into DIR, then compare with BEFORE
 *
 * Runs the built CLI (dist-cli/cemr.js; `npm run -s build:cli` first) on both example
 * plans in both languages: report for every period (text and --json), check,
 * check --json, report --out (the written workbook's text cells are read back with
 * openpyxl through Debian's /usr/bin/python3), handout and collect, every help text,
 * and a few argument errors. Each run gives NAME.out, NAME.err and NAME.code.
 * Exit status: 0 same (or captured only), 1 some file differs, 2 cannot run.
 */
import { execFileSync, spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const [dirArg, beforeArg] = process.argv.slice(2);
if (!dirArg) {
  process.stderr.write("usage: node scripts/sameOutputs.mjs DIR [BEFORE]\n");
  process.exit(2);
}
const root = resolve(import.meta.dirname, "..");
const cli = join(root, "dist-cli", "cemr.js");
if (!existsSync(cli)) {
  process.stderr.write("dist-cli/cemr.js is missing; run npm run -s build:cli\n");
  process.exit(2);
}
const out = resolve(dirArg);
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const scratch = mkdtempSync(join(tmpdir(), "same-outputs-"));

const PLANS = [
  {
    tag: "en",
    file: join(root, "assets/example/example-plan.xlsx"),
    periods: ["Interim 2018", "Annual 2018", "Interim 2019", "Annual 2019", "Interim 2020", "Annual 2020"],
  },
  {
    tag: "sv",
    file: join(root, "assets/example/exempelplan.xlsx"),
    periods: ["Delår 2018", "Helår 2018", "Delår 2019", "Helår 2019", "Delår 2020", "Helår 2020"],
  },
];
const LANGS = ["sv", "en"];
const COMMANDS = ["template", "check", "report", "import", "setup", "handout", "collect"];

/** Runs the CLI with a fixed environment and keeps what it printed. */
function run(name, args) {
  const r = spawnSync(process.execPath, [cli, ...args], {
    cwd: scratch,
    env: { PATH: process.env.PATH ?? "", LANG: "C", TZ: "UTC" },
    encoding: "buffer",
  });
  // Paths under the scratch folder differ per run.
  const clean = (b) => Buffer.from(b.toString("utf8").split(scratch).join("<tmp>"), "utf8");
  writeFileSync(join(out, `${name}.out`), clean(r.stdout));
  writeFileSync(join(out, `${name}.err`), clean(r.stderr));
  writeFileSync(join(out, `${name}.code`), `${r.status}\n`);
}

/** Every text cell of a workbook, one line each: sheet!cell<TAB>text. */
const DUMP = `
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
for ws in wb:
    for row in ws.iter_rows():
        for c in row:
            if isinstance(c.value, str):
                print(ws.title + "!" + c.coordinate + "\\t" + c.value.replace("\\n", "\\\\n"))
`;
function cells(name, file) {
  const text = existsSync(file)
    ? execFileSync("/usr/bin/python3", ["-c", DUMP, file], { encoding: "utf8" })
    : "(no file)\n";
  writeFileSync(join(out, `${name}.cells`), text);
}

for (const lang of LANGS) {
  run(`help-${lang}`, ["--help", "--lang", lang]);
  for (const c of COMMANDS) run(`help-${c}-${lang}`, [c, "--help", "--lang", lang]);
  run(`err-unknown-${lang}`, ["frobnicate", "--lang", lang]);
  run(`err-option-${lang}`, ["check", "--nope", "--lang", lang]);
  run(`err-nofile-${lang}`, ["check", "missing.xlsx", "--lang", lang]);
  run(`err-noperiod-${lang}`, ["report", PLANS[0].file, "--lang", lang]);
  run(`err-date-${lang}`, ["report", PLANS[0].file, "--period", "x", "--from", "2019-13-40", "--lang", lang]);
  run(`err-lang-${lang}`, ["check", PLANS[0].file, "--lang", lang, "--lang", "fr"]);
  for (const p of PLANS) {
    const at = `${p.tag}-${lang}`;
    run(`check-${at}`, ["check", p.file, "--lang", lang]);
    run(`checkjson-${at}`, ["check", p.file, "--json", "--lang", lang]);
    run(`report-badperiod-${at}`, ["report", p.file, "--period", "x", "--lang", lang]);
    p.periods.forEach((period, i) => {
      run(`report-${at}-${i}`, ["report", p.file, "--period", period, "--lang", lang]);
      run(`reportjson-${at}-${i}`, ["report", p.file, "--period", period, "--json", "--lang", lang]);
    });
    for (const i of [2, 3, 5]) {
      const file = join(scratch, `report-${at}-${i}.xlsx`);
      run(`reportout-${at}-${i}`, [
        "report",
        p.file,
        "--period",
        p.periods[i],
        "--out",
        file,
        "--lang",
        lang,
      ]);
      cells(`reportout-${at}-${i}`, file);
    }
    const folder = join(scratch, `handout-${at}`);
    run(`handout-${at}`, ["handout", p.file, "--period", p.periods[3], "--out", folder, "--lang", lang]);
    const returned = existsSync(folder)
      ? readdirSync(folder)
          .filter((f) => f.endsWith(".xlsx"))
          .sort()
          .map((f) => join(folder, f))
      : [];
    const all = join(scratch, `collect-${at}.xlsx`);
    const collect = (...extra) => [
      "collect",
      p.file,
      ...returned,
      "--period",
      p.periods[3],
      "--out",
      all,
      ...extra,
    ];
    run(`collect-${at}`, [...collect(), "--lang", lang]);
    run(`collectjson-${at}`, [...collect("--force", "--json"), "--lang", lang]);
    run(`report-several-${at}`, [
      "report",
      PLANS[0].file,
      PLANS[1].file,
      "--period",
      p.periods[3],
      "--lang",
      lang,
    ]);
  }
}
rmSync(scratch, { recursive: true, force: true });

const names = readdirSync(out).sort();
process.stdout.write(`captured ${names.length} files in ${out}\n`);
if (beforeArg) {
  const before = resolve(beforeArg);
  const old = readdirSync(before).sort();
  const differ = [...new Set([...old, ...names])].filter((n) => {
    const a = join(before, n);
    const b = join(out, n);
    return !existsSync(a) || !existsSync(b) || !readFileSync(a).equals(readFileSync(b));
  });
  for (const n of differ) process.stdout.write(`differs: ${n}\n`);
  process.stdout.write(
    differ.length === 0 ? `same: all ${names.length} files byte for byte\n` : `${differ.length} differ\n`,
  );
  process.exit(differ.length === 0 ? 0 : 1);
}

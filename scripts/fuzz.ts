/**
 * The fuzz suite's long run: seeded damaged variants of real workbooks, judged as
 * test/workbook/xlsx/fuzz/fuzz.test.ts judges its fast subset. Exits 1 on any
 * violation (destroyed content read as data, a crash, a broken copy), printing how
 * to make each one again.
 *
 *   npm run fuzz -- [--seed N] [--count N] [--families flip,truncate,xml,zip,memory]
 */
import {
  emptyTally,
  everyTrick,
  judge,
  loadBases,
  makeVariant,
  record,
  type Family,
} from "../test/workbook/xlsx/fuzz/fuzzEngine";

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && process.argv[at + 1] !== undefined ? process.argv[at + 1]! : fallback;
}

async function main(): Promise<number> {
  const seed = Number(option("seed", "1"));
  const count = Number(option("count", "5000"));
  const families = option("families", "flip,truncate,xml,zip").split(",") as Family[];
  const bases = await loadBases();
  const tally = emptyTally();
  const started = Date.now();
  for (let i = 0; i < count; i++) {
    const { base, variant } = makeVariant(bases, seed, i, families);
    record(tally, base, variant, await judge(base, variant));
    if ((i + 1) % 500 === 0) process.stderr.write(`${i + 1} of ${count}\n`);
  }
  // Every zip trick and memory attack once on every base, whatever the families.
  for (const base of bases)
    for (const v of everyTrick(base, seed)) record(tally, base, v, await judge(base, v));
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  process.stdout.write(
    `${tally.variants} variants (seed ${seed}) in ${seconds} s; slowest read ${tally.slowestMs.toFixed(0)} ms\n`,
  );
  for (const [family, outcomes] of Object.entries(tally.byFamily))
    process.stdout.write(
      `  ${family.padEnd(8)} same ${outcomes.same}, refused ${outcomes.refused}, changed ${outcomes.changed}, crash ${outcomes.crash}\n`,
    );
  process.stdout.write(`  copies: ${tally.copies.verified} verified, ${tally.copies.refused} refused\n`);
  process.stdout.write(`  known gaps (read where they should be refused): ${tally.knownGaps.length}\n`);
  for (const g of tally.knownGaps.slice(0, 5)) process.stdout.write(`    ${g.base}: ${g.what}\n`);
  process.stdout.write(`  violations: ${tally.violations.length}\n`);
  for (const v of tally.violations.slice(0, 50))
    process.stdout.write(`    ${v.base} [${v.family}] ${v.what}: ${v.why.split("\n")[0]}\n`);
  return tally.violations.length === 0 ? 0 : 1;
}

main().then(
  (status) => process.exit(status),
  (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(2);
  },
);

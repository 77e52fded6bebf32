/**
 * The fast subset of the fuzz suite (the long run: `npm run fuzz`): seeded damaged
 * variants of real workbooks (the product's example plans, LibreOffice's, openpyxl's
 * and Apache POI's files), each either read with exactly the original's cells or
 * refused with one line, and never a broken copy. XML mutations that break XML 1.0's
 * well-formedness rules (W3C XML 1.0, section 2.1) must be refused; every zip trick
 * and memory attack is made once. See docs/damage-and-fuzzing.md.
 */
import {
  emptyTally,
  everyTrick,
  judge,
  loadBases,
  makeVariant,
  record,
  type Base,
  type Tally,
} from "./fuzzEngine";

const SEED = 2026;
const COUNT = 500;

let bases: Base[];
beforeAll(async () => {
  bases = await loadBases();
});

function report(t: Tally): string {
  return t.violations
    .slice(0, 5)
    .map((v) => `${v.base} [${v.family}] ${v.what}: ${v.why.slice(0, 400)}`)
    .join("\n");
}

describe("the fuzz suite's fast subset", () => {
  it(`reads or refuses each of ${COUNT} seeded byte flips, cuts and XML mutations, never wrongly`, async () => {
    const tally = emptyTally();
    for (let i = 0; i < COUNT; i++) {
      const { base, variant } = makeVariant(bases, SEED, i, ["flip", "truncate", "xml"]);
      record(tally, base, variant, await judge(base, variant));
    }
    expect(report(tally)).toBe("");
    expect(tally.variants).toBe(COUNT);
    // Each family really ran and both outcomes occur: the suite can fail.
    for (const family of ["flip", "truncate", "xml"]) expect(tally.byFamily[family]).toBeDefined();
    expect(tally.byFamily.flip!.refused).toBeGreaterThan(0);
    expect(tally.byFamily.xml!.refused).toBeGreaterThan(0);
  }, 60_000);

  it("handles every zip trick on two real workbooks and every memory attack on one", async () => {
    const tally = emptyTally();
    for (const [i, base] of [bases[0]!, bases[3]!].entries())
      for (const variant of everyTrick(base, SEED, i === 0))
        record(tally, base, variant, await judge(base, variant));
    expect(report(tally)).toBe("");
    // Stored, re-deflated and stub-prefixed copies are the same workbook: read the same.
    expect(tally.byFamily.zip!.same).toBeGreaterThanOrEqual(6);
    expect(tally.byFamily.memory!.refused).toBe(5);
  }, 60_000);

  it("makes the same variant from the same seed", () => {
    const a = makeVariant(bases, 7, 3, ["flip", "truncate", "xml"]);
    const b = makeVariant(bases, 7, 3, ["flip", "truncate", "xml"]);
    expect(a.variant.what).toBe(b.variant.what);
    expect(a.variant.bytes).toEqual(b.variant.bytes);
  });
});

/**
 * A confirmed replace of the product's report sheet, stopped at every command of
 * its write: the old report stays the product's (under its name or as a listed
 * copy) until the new one is complete, nothing is taken for the user's sheet, and
 * the next write leaves exactly one report in the old place.
 */
import { officePort } from "../../../src/workbook/office/officePort";
import { MARKER_SHEET } from "../../../src/workbook/office/productMarker";
import type { FakeExcel } from "../../fakes/fakeExcel";
import { planWorkbook } from "./planWorkbook";
import { summaryLayout } from "./summaryLayout";

const REPORT = "Sammanfattning Helår 2019";
const USER_SHEETS = ["Mål", "Aktiviteter", "Uppföljning", "Efter"];

type Cells = Record<string, unknown>;

/** The plan workbook with a first report written and a sheet of the user's after it. */
async function withReport(): Promise<FakeExcel> {
  const fake = planWorkbook(1);
  await officePort(fake.context()).writeSheet(summaryLayout(0));
  fake.put("Efter", "A1", [["Användarens blad"]]);
  return fake;
}

function cellsOf(fake: FakeExcel, sheet: string): Cells {
  return fake.snapshot()[sheet] ?? {};
}

/** The non-empty first-column entries of the marker sheet, header included. */
function markerEntries(fake: FakeExcel): unknown[] {
  return fake
    .values(MARKER_SHEET, "A1:A8")
    .map((r) => r[0])
    .filter((v) => v !== "");
}

describe("a replace of the product's report interrupted while it is written", () => {
  it("keeps the old report as the product's until the new one is complete, and the next write tidies up", async () => {
    const probe = await withReport();
    const oldCells = cellsOf(probe, REPORT);
    const start = probe.syncs.length;
    await officePort(probe.context()).writeSheet(summaryLayout(2), { replace: true });
    // The write sync; the last one only activates the new report.
    const writeSync = probe.syncs.length - start - 1;
    const commands = probe.syncs[probe.syncs.length - 2]?.commands ?? 0;
    const newCells = cellsOf(probe, REPORT);
    expect(commands).toBeGreaterThan(10);
    expect(newCells).not.toEqual(oldCells);

    for (let after = 0; after < commands; after++) {
      const fake = await withReport();
      const user = USER_SHEETS.map((s) => cellsOf(fake, s));
      fake.failOnSync(fake.syncs.length + writeSync, "GeneralException", after);
      await expect(
        officePort(fake.context()).writeSheet(summaryLayout(2), { replace: true }),
      ).rejects.toMatchObject({ code: "GeneralException" });
      fake.failure = null;

      // Every sheet is the user's, the marker or listed as the product's; the report is whole, old or new.
      const product = await officePort(fake.context()).productSheets();
      const names = fake.model.sheets.map((s) => s.name);
      const unowned = names.filter(
        (n) => !USER_SHEETS.includes(n) && n !== MARKER_SHEET && !product.includes(n),
      );
      expect([after, unowned]).toEqual([after, []]);
      const whole = product.some((n) => {
        const cells = cellsOf(fake, n);
        return (
          JSON.stringify(cells) === JSON.stringify(oldCells) ||
          (n === REPORT && JSON.stringify(cells) === JSON.stringify(newCells))
        );
      });
      expect([after, whole]).toEqual([after, true]);

      // The next write (confirmed when the sheet is there) leaves one report, in its place.
      await officePort(fake.context()).writeSheet(summaryLayout(2), { replace: names.includes(REPORT) });
      expect([after, fake.model.sheets.map((s) => s.name)]).toEqual([
        after,
        ["Mål", "Aktiviteter", "Uppföljning", REPORT, MARKER_SHEET, "Efter"],
      ]);
      expect(cellsOf(fake, REPORT)).toEqual(newCells);
      expect(fake.model.tables.filter((t) => t.name.startsWith("CEMR_")).map((t) => t.sheet.name)).toEqual([
        REPORT,
      ]);
      expect([after, markerEntries(fake)]).toEqual([after, ["Sheet", REPORT]]);
      expect(USER_SHEETS.map((s) => cellsOf(fake, s))).toEqual(user);
    }
  });

  it("writes a report in place of a copy left behind even without a confirmation, the copy being the product's", async () => {
    const fake = await withReport();
    // Stopped after the old report is renamed and before the new one is added.
    fake.failOnSync(fake.syncs.length + 3, "GeneralException", 11);
    await expect(
      officePort(fake.context()).writeSheet(summaryLayout(2), { replace: true }),
    ).rejects.toBeTruthy();
    fake.failure = null;
    const names = fake.model.sheets.map((s) => s.name);
    expect(names).not.toContain(REPORT);
    const copy = names.find((n) => n.startsWith("CEMR_old_")) ?? "";
    expect(await officePort(fake.context()).productSheets()).toEqual([copy]);

    await officePort(fake.context()).writeSheet(summaryLayout(2));
    expect(fake.model.sheets.map((s) => s.name)).toEqual([
      "Mål",
      "Aktiviteter",
      "Uppföljning",
      REPORT,
      MARKER_SHEET,
      "Efter",
    ]);
  });
});

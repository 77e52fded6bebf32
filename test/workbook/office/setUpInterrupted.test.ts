/**
 * A set-up stopped at any command of its write: the next set-up finishes it with
 * the same sheets as an uninterrupted one, and what a stopped set-up leaves on its
 * staging sheets is finished or removed, never taken for the user's table.
 */
import { setUpPlan } from "../../../src/app/setUpPlan";
import { locateTable } from "../../../src/core/read/locateTable";
import { TABLES } from "../../../src/core/schema";
import { officePort } from "../../../src/workbook/office/officePort";
import { fakeWorkbook, type FakeExcel } from "../../fakes/fakeExcel";

const OPTIONS = { lang: "sv", from: "2019-01-01", to: "2020-12-31" } as const;
const GOAL_HEADERS = [
  "Mål-ID",
  "Artikel",
  "Mål",
  "Indikator",
  "Enhet",
  "Utgångsvärde",
  "Målvärde",
  "Riktning",
  "Ansvarig",
];

const sheetNames = (fake: FakeExcel): string[] => fake.model.sheets.map((s) => s.name);

describe("a set-up stopped while it is written", () => {
  it("never leaves a plan sheet of plain cells, and the next set-up ends with the sheets of an uninterrupted one", async () => {
    const probe = fakeWorkbook("Blad1");
    await setUpPlan(officePort(probe.context()), OPTIONS);
    const write = probe.syncs.length;
    const commands = probe.syncs[write - 1]?.commands ?? 0;
    const differing: { after: number; names: string[] }[] = [];
    for (let after = 0; after < commands; after++) {
      const fake = fakeWorkbook("Blad1");
      fake.failOnSync(write, "GeneralException", after);
      await expect(setUpPlan(officePort(fake.context()), OPTIONS)).rejects.toMatchObject({
        code: "GeneralException",
      });
      fake.failure = null;
      // Right after the stop: every plan table found is an Excel table, none is plain cells on a plan sheet.
      const raw = await officePort(fake.context()).read();
      const plain = TABLES.filter((t) => locateTable(raw, t.name)?.kind === "sheet").map((t) => t.name);
      expect([after, plain]).toEqual([after, []]);

      await setUpPlan(officePort(fake.context()), OPTIONS);
      if (sheetNames(fake).join() !== sheetNames(probe).join())
        differing.push({ after, names: sheetNames(fake) });
    }
    // One stop only, between naming the last table and naming its sheet, leaves the working table on its staging sheet.
    expect(differing.length).toBeLessThanOrEqual(1);
    for (const d of differing) {
      expect(d.names.slice(0, -1)).toEqual(sheetNames(probe).slice(0, -1));
      const last = d.names[d.names.length - 1] ?? "";
      expect(last).toMatch(/^CEMR_ny_\d+$/);
    }
  });

  it("deletes a staging sheet left without a named table and gives a left-over named plan table its sheet name", async () => {
    const fake = fakeWorkbook("Blad1");
    fake.put("CEMR_ny_1", "A1", [["Planens uppgift", "Värde"]]);
    fake.addTable("Table1", "CEMR_ny_1", "A1:B2");
    fake.put("CEMR_ny_2", "A1", [
      GOAL_HEADERS,
      ["M1", "11, 14", "Jämställda löner", "Oförklarad löneskillnad", "%", 2.4, 0, "Minska", "HR-chef"],
    ]);
    fake.addTable("Goals", "CEMR_ny_2", "A1:I2");
    const result = await setUpPlan(officePort(fake.context()), OPTIONS);
    expect(result.existing).toEqual(["Goals"]);
    expect(sheetNames(fake).filter((n) => n.startsWith("CEMR_ny_"))).toEqual([]);
    expect(fake.model.table("Goals")?.sheet.name).toBe("Mål");
    expect(fake.values("Mål", "A2:C2")).toEqual([["M1", "11, 14", "Jämställda löner"]]);
    expect(fake.model.tables.map((t) => t.name).sort()).toEqual(TABLES.map((t) => t.name).sort());
  });
});

/**
 * Both adapters set up the same plan workbook: the tables made in the fake Excel and
 * the tables of `template` written to a real file hold the same headers and values,
 * and read back as the same plan.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { setUpPlan } from "../../src/app/setUpPlan";
import type { RawTable } from "../../src/core/cells/cells";
import { isoFromUtcDate, isoToSerial } from "../../src/core/dates/dates";
import { readPlan } from "../../src/core/read/readPlan";
import { officePort } from "../../src/workbook/office/officePort";
import { openXlsx, xlsxPort } from "../../src/workbook/xlsx";
import { fakeWorkbook } from "../fakes/fakeExcel";
import { cli, tempFolder } from "../cli/cliHarness";

/**
 * The same cell to a user, as each library hands it over: Office gives an empty cell
 * as "" and a date as its serial; exceljs gives null and a Date.
 */
const cell = (v: unknown) =>
  v === "" || v === undefined ? null : v instanceof Date ? isoToSerial(isoFromUtcDate(v) ?? "") : v;
const byName = (tables: readonly RawTable[]) =>
  Object.fromEntries(
    tables.map((t) => [
      t.name,
      { sheet: t.sheet, values: t.values.map((r) => r.map(cell)).filter((r) => r.some((v) => v !== null)) },
    ]),
  );

describe("set-up in Excel and through the command line", () => {
  it.each(["sv", "en"] as const)("produces the same tables in %s", async (lang) => {
    const fake = fakeWorkbook();
    await setUpPlan(officePort(fake.context()), { lang, from: "2018-01-01", to: "2020-12-31" });
    const inExcel = await officePort(fake.context()).read();

    const out = join(await tempFolder(), "plan.xlsx");
    const run = await cli(
      "template",
      "--out",
      out,
      "--lang",
      lang,
      "--from",
      "2018-01-01",
      "--to",
      "2020-12-31",
    );
    expect(run.status).toBe(0);
    const inFile = await xlsxPort(await openXlsx(readFileSync(out))).read();

    expect(byName(inFile.tables)).toEqual(byName(inExcel.tables));
    const [a, b] = [readPlan(inExcel), readPlan(inFile)];
    for (const key of [
      "lang",
      "facts",
      "articles",
      "goals",
      "activities",
      "periods",
      "followUp",
      "indicatorValues",
      "problems",
    ] as const) {
      expect(b[key]).toEqual(a[key]);
    }
  });
});

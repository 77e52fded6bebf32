/**
 * The 1904 date system in Excel (issue 24, item 10). A workbook with Excel's "Use 1904 date
 * system" option counts serials from 1904-01-01, 1,462 days after the 1900 system's day 0
 * (Microsoft support, "Date systems in Excel"); Office.js hands over the serial, and only
 * the preview set has Workbook.use1904DateSystem. The adapter tells the systems apart by a
 * date cell's displayed text against its value (here the Perioder cut-off column, read with
 * the plan tables' first rows) and, for a workbook without a date cell, by the serial Excel's
 * DATE function (Workbook.functions, ExcelApi 1.2) gives for 2000-01-01, which Microsoft's DATE
 * page says counts in the workbook's date system; it refuses a 1904 workbook, so no date is
 * ever 1,462 days off. The fake models the option (WorkbookModel.dateSystem, fakeText.ts,
 * fakeFunctions.ts).
 */
import { checkWorkbook } from "../../../src/app/checkWorkbook";
import { setUpPlan } from "../../../src/app/setUpPlan";
import { writeSummarySheet } from "../../../src/app/summaryPreview";
import { serialToIso } from "../../../src/core/dates/dates";
import { failureText } from "../../../src/core/failures/failureTexts";
import { dateSystemOf, dateSystemOfSerial } from "../../../src/core/read";
import * as dateProbe from "../../../src/workbook/office/dateProbe";
import { readSelection } from "../../../src/workbook/office/excelRun";
import { officePort } from "../../../src/workbook/office/officePort";
import { ExcelLimitError } from "../../../src/workbook/office/payload";
import { fakeWorkbook, installFakeExcel, type FakeExcel } from "../../fakes/fakeExcel";

async function plan(system: "1900" | "1904"): Promise<FakeExcel> {
  const fake = fakeWorkbook();
  await setUpPlan(officePort(fake.context()), { lang: "sv", from: "2019-01-01", to: "2019-12-31" });
  fake.model.dateSystem = system;
  return fake;
}

/** The first cut-off of Perioder as Excel holds it (value) and shows it (text). */
async function firstCutoff(fake: FakeExcel): Promise<{ value: number; text: string }> {
  const context = fake.context();
  const header = context.workbook.tables.getItem("Periods").getHeaderRowRange().load("values");
  const body = context.workbook.tables.getItem("Periods").getDataBodyRange().getRow(0).load("values,text");
  await context.sync();
  const col = (header.values[0] ?? []).indexOf("Brytdatum");
  return { value: body.values[0]?.[col] as number, text: String(body.text[0]?.[col]) };
}

describe("the 1904 date system in Excel", () => {
  it("is what the fake shows: the same serial displayed 1,462 days later", async () => {
    const in1900 = await firstCutoff(await plan("1900"));
    const in1904 = await firstCutoff(await plan("1904"));
    expect(in1900).toEqual({ value: in1904.value, text: "2019-08-31" });
    expect(serialToIso(in1900.value)).toBe("2019-08-31");
    expect(in1904.text).toBe("2023-09-01");
    expect(serialToIso(in1904.value + 1462)).toBe(in1904.text);
  });

  it("reads a 1900 workbook's dates as they are shown", async () => {
    const checked = await checkWorkbook(officePort((await plan("1900")).context()), "2019-10-01", "sv");
    expect(checked.periods).toEqual([
      { name: "Delår 2019", cutoff: "2019-08-31" },
      { name: "Helår 2019", cutoff: "2019-12-31" },
    ]);
  });

  it("refuses a 1904 workbook before any date is read or written, in the same syncs", async () => {
    const fake = await plan("1904");
    const before = fake.snapshot();
    const syncs = fake.syncCount;
    const check = await checkWorkbook(officePort(fake.context()), "2019-10-01", "sv").catch(
      (e: unknown) => e,
    );
    expect(check).toBeInstanceOf(ExcelLimitError);
    expect(check).toMatchObject({ failure: { code: "date1904" } });
    expect(fake.syncCount - syncs).toBe(2);

    const summary = await writeSummarySheet(officePort(fake.context()), "Helår 2019", "sv", "2020-01-10", {
      replace: false,
    }).catch((e: unknown) => e);
    expect(summary).toMatchObject({ failure: { code: "date1904" } });
    const setUp = await setUpPlan(officePort(fake.context()), { lang: "sv" }).catch((e: unknown) => e);
    expect(setUp).toMatchObject({ failure: { code: "date1904" } });
    expect(fake.snapshot()).toEqual(before);
  });

  it("refuses set-up into an empty 1904 workbook before writing, told by Excel's DATE, in the read's two syncs", async () => {
    const fake = fakeWorkbook();
    fake.model.dateSystem = "1904";
    const before = fake.snapshot();
    const setUp = await setUpPlan(officePort(fake.context()), {
      lang: "sv",
      from: "2024-01-01",
      to: "2024-12-31",
    }).catch((e: unknown) => e);
    expect(setUp).toMatchObject({ failure: { code: "date1904" } });
    expect(fake.snapshot()).toEqual(before);
    expect(fake.syncCount).toBe(2);
  });

  it("sets up an empty 1900 workbook with its dates shown as written", async () => {
    const fake = fakeWorkbook();
    await setUpPlan(officePort(fake.context()), { lang: "sv", from: "2024-01-01", to: "2024-12-31" });
    expect((await firstCutoff(fake)).text).toBe("2024-08-31");
  });

  it("catches an adapter that does not ask Excel's DATE: its set-up writes cut-offs shown 1,462 days off", async () => {
    const fake = fakeWorkbook();
    fake.model.dateSystem = "1904";
    const real = dateProbe.queueDateProbe;
    const spy = jest.spyOn(dateProbe, "queueDateProbe").mockImplementation((context, rows) => ({
      ...real(context, rows),
      excelDate: { value: null } as never,
    }));
    try {
      await setUpPlan(officePort(fake.context()), { lang: "sv", from: "2024-01-01", to: "2024-12-31" });
    } finally {
      spy.mockRestore();
    }
    // Written as the 1900 serial of 2024-08-31, shown by Excel four years and a day later.
    expect((await firstCutoff(fake)).text).toBe("2028-09-01");
  });

  it("still refuses by the date cell if Excel's DATE counted from 1900 whatever the option", async () => {
    const fake = await plan("1904");
    const real = dateProbe.queueDateProbe;
    const spy = jest.spyOn(dateProbe, "queueDateProbe").mockImplementation((context, rows) => ({
      ...real(context, rows),
      excelDate: { value: 36526 } as never,
    }));
    try {
      const check = await checkWorkbook(officePort(fake.context()), "2019-10-01", "sv").catch(
        (e: unknown) => e,
      );
      expect(check).toMatchObject({ failure: { code: "date1904" } });
    } finally {
      spy.mockRestore();
    }
  });

  it("refuses an import from the selection in a 1904 workbook before reading its cells", async () => {
    const fake = fakeWorkbook("Lista");
    fake.put("Lista", "A1", [
      ["Aktivitet", "Start"],
      ["Kurs", 45000],
    ]);
    fake.select("Lista", "A1:B2");
    for (const [system, expected] of [
      ["1900", { ok: true }],
      ["1904", { failure: { code: "date1904" } }],
    ] as const) {
      fake.model.dateSystem = system;
      const uninstall = installFakeExcel(fake, "1.9");
      try {
        const got = await readSelection().then(
          () => ({ ok: true }),
          (e: unknown) => e,
        );
        expect(got).toMatchObject(expected);
      } finally {
        uninstall();
      }
    }
  });

  it("says so in Swedish and English, and warns against turning the option off", () => {
    const f = { code: "date1904", target: "" } as const;
    expect(failureText(f, "sv")).toMatch(
      /räknar datum från 1904.*1 462 dagar fel.*webbsidan eller med kommandoraden/,
    );
    expect(failureText(f, "en")).toMatch(
      /counts dates from 1904.*1,462 days off.*web page or with the command line/,
    );
    expect(failureText(f, "en")).toMatch(/Do not turn the option off/);
  });
});

describe("telling the date systems apart (dateSystemOf)", () => {
  it("takes the first cell whose text is its value as a day in one system", () => {
    // 43708 is 2019-08-31 counted from 1900 and 2023-09-01 counted from 1904.
    expect(dateSystemOf([{ value: 43708, text: "2019-08-31" }])).toBe("1900");
    expect(dateSystemOf([{ value: 43708, text: "2023-09-01" }])).toBe("1904");
    expect(
      dateSystemOf([
        { value: 43708, text: "2023-09-01" },
        { value: 1, text: "1900-01-01" },
      ]),
    ).toBe("1904");
  });

  it("tells the system from the serial Excel's DATE gave for 2000-01-01, and nothing from an error", () => {
    expect(dateSystemOfSerial("2000-01-01", 36526)).toBe("1900");
    expect(dateSystemOfSerial("2000-01-01", 36526 - 1462)).toBe("1904");
    expect(dateSystemOfSerial("2000-01-01", null)).toBeNull();
    expect(dateSystemOfSerial("2000-01-01", "#NUM!")).toBeNull();
    expect(dateSystemOfSerial("2000-01-01", 36525)).toBeNull();
  });

  it("says nothing from cells that are no dates", () => {
    expect(dateSystemOf([])).toBeNull();
    expect(
      dateSystemOf([
        { value: 250000, text: "250000" },
        { value: "Delår 2019", text: "Delår 2019" },
        { value: 43708, text: "" },
      ]),
    ).toBeNull();
  });
});

import { setUpPlan } from "../../../src/app/setUpPlan";
import { planTemplate, planTemplates } from "../../../src/core/template/planTemplate";
import { officePort } from "../../../src/workbook/office/officePort";
import { WorkbookWriteError } from "../../../src/workbook/floor";
import { fakeWorkbook } from "../../fakes/fakeExcel";
import { addUserSheet, planWorkbook } from "./planWorkbook";

const PERIOD = { lang: "sv", from: "2019-01-01", to: "2021-12-31" } as const;

async function setUpEmpty(): Promise<ReturnType<typeof fakeWorkbook>> {
  const fake = fakeWorkbook();
  await setUpPlan(officePort(fake.context()), PERIOD);
  return fake;
}

describe("setting up a plan workbook through Office.js", () => {
  it("adds the seven tables with their Swedish headers on sheets of their own", async () => {
    const fake = await setUpEmpty();
    const tables = fake.model.tables.map((t) => [t.name, t.sheet.name]);
    expect(tables).toEqual([
      ["Plan", "Plan"],
      ["Articles", "Artiklar"],
      ["Goals", "Mål"],
      ["Activities", "Aktiviteter"],
      ["Periods", "Perioder"],
      ["FollowUp", "Uppföljning"],
      ["IndicatorValues", "Indikatorer"],
    ]);
    expect(fake.values("Uppföljning", "A1:F1")).toEqual([
      ["Period", "Aktivitet-ID", "Status", "Utfall", "Prognos", "Kommentar"],
    ]);
    expect(fake.values("Perioder", "A2:C2")).toEqual([["Delår 2019", "Delår", 43708]]);
    expect(fake.model.table("Articles")?.area.rows).toBe(31);
    expect(fake.model.table("Goals")?.style).toBe("TableStyleMedium2");
  });

  it("uses one write sync after the two read syncs, with 5,000 rows of user data or none", async () => {
    const empty = await setUpEmpty();
    const busy = fakeWorkbook();
    addUserSheet(busy, "Blad1", 5_000);
    await setUpPlan(officePort(busy.context()), PERIOD);
    // Two to read, one to write, one to activate the first new sheet once it exists.
    expect(empty.syncCount).toBe(4);
    expect(busy.syncCount).toBe(empty.syncCount);
  });

  it("formats dates, money and text columns before writing, and freezes each header row", async () => {
    const fake = await setUpEmpty();
    const activities = fake.sheet("Aktiviteter");
    expect([0, 4, 6].map((k) => activities.cell(1, k).numberFormat)).toEqual(["@", "yyyy-mm-dd", "#,##0"]);
    expect(activities.cell(0, 0).numberFormat).toBe("@");
    expect(fake.sheet("Plan").cell(3, 1)).toMatchObject({ value: "", numberFormat: "yyyy-mm-dd" });
    expect(fake.sheet("Plan").cell(5, 1)).toMatchObject({ value: 43466, numberFormat: "yyyy-mm-dd" });
    expect(fake.model.sheets.filter((s) => s.frozenRows === 1).map((s) => s.name)).toHaveLength(7);
    expect(activities.columnWidths.get(2)).toBeGreaterThan(activities.columnWidths.get(0) ?? Infinity);
  });

  it("gives choice, article and ID columns validation lists from the hidden lists sheet", async () => {
    const fake = await setUpEmpty();
    const lists = fake.sheet("Listor");
    expect(lists.visibility).toBe("Hidden");
    expect(fake.model.name("CEMR_Status")).not.toBeNull();
    const status = fake.model.name("CEMR_Status");
    const statusCol = status?.ref.kind === "range" ? status.ref.area : null;
    expect(statusCol && fake.values("Listor", `A2:A6`).flat()).toContain("Försenad");
    expect(statusCol?.rows).toBe(5);

    const followUp = fake.sheet("Uppföljning").validations.map((v) => [v.area.col, v.rule.list?.source]);
    expect(followUp).toEqual([
      [0, '=INDIRECT("Periods[[Period]]")'],
      [1, `=INDIRECT("Activities[[Aktivitet-ID]]")`],
      [2, "=CEMR_Status"],
    ]);
    const goals = fake.sheet("Mål").validations;
    expect(goals.find((v) => v.area.col === 1)).toMatchObject({
      rule: { list: { source: "=CEMR_Articles" } },
      errorAlert: { style: "Warning" },
    });
  });

  it("colours status rows with conditional formats bounded to the formatted body", async () => {
    const fake = await setUpEmpty();
    const rules = fake.sheet("Uppföljning").conditionalFormats;
    expect(rules.map((r) => r.formula)).toContain('=$C2="Försenad"');
    const delayed = rules.find((r) => r.formula === '=$C2="Försenad"');
    expect(delayed).toMatchObject({
      type: "Custom",
      fill: "#FFC7CE",
      fontColor: "#9C0006",
      area: { row: 1, col: 0, cols: 7 },
    });
    expect(delayed?.area.rows).toBe(planTemplate("FollowUp", "sv").formattedRows);
  });

  it("adds only missing tables and never changes a cell of the user's data; a second run changes nothing", async () => {
    const fake = planWorkbook(20);
    addUserSheet(fake, "Budget", 50);
    const before = fake.snapshot();
    await setUpPlan(officePort(fake.context()), PERIOD);
    const after = fake.snapshot();
    // Every cell the user had is as it was; the only new cells are the issue-29 columns,
    // right of the user's tables (Goals from column J, FollowUp from column G).
    for (const sheet of ["Mål", "Aktiviteter", "Uppföljning", "Budget"]) {
      const was = before[sheet] ?? {};
      const now = after[sheet] ?? {};
      expect(Object.fromEntries(Object.keys(was).map((k) => [k, now[k]]))).toEqual(was);
      const added = Object.keys(now).filter((k) => !(k in was));
      const firstNew = { Mål: 9, Aktiviteter: Infinity, Uppföljning: 6, Budget: Infinity }[sheet] ?? Infinity;
      expect(added.filter((k) => Number(k.split(",")[1]) < firstNew)).toEqual([]);
    }
    expect(fake.model.tables).toHaveLength(7);

    const syncs = fake.syncCount;
    await setUpPlan(officePort(fake.context()), PERIOD);
    expect(fake.snapshot()).toEqual(after);
    expect(fake.syncCount - syncs).toBe(2);
  });

  it("refuses a sheet holding data, or a table that exists, before writing anything", async () => {
    const fake = fakeWorkbook();
    fake.put("Perioder", "A1", [["Tertial 1 2019", "2019-04-30"]]);
    const before = fake.snapshot();
    const port = officePort(fake.context());
    const error = await port.addTables(planTemplates("sv")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookWriteError);
    expect(error).toMatchObject({ reason: "sheetHasData", target: "Perioder" });
    expect(fake.snapshot()).toEqual(before);
    expect(fake.model.tables).toHaveLength(0);

    const existing = planWorkbook(1);
    const refused = await officePort(existing.context())
      .addTables([planTemplate("Goals", "sv")])
      .catch((e: unknown) => e);
    expect(refused).toMatchObject({ reason: "tableExists", target: "Goals" });
  });

  it("writes into an empty sheet that already has the table's name", async () => {
    const fake = fakeWorkbook("Mål");
    await officePort(fake.context()).addTables([
      planTemplate("Goals", "sv"),
      planTemplate("Activities", "sv"),
    ]);
    // The hidden lists sheet is added first, since the validation lists name its ranges.
    expect(fake.model.sheets.map((s) => s.name)).toEqual(["Mål", "Listor", "Aktiviteter"]);
    expect(fake.model.table("Goals")?.sheet.name).toBe("Mål");
    expect(fake.values("Mål", "A1:C1")).toEqual([["Mål-ID", "Artikel", "Mål"]]);
  });
});

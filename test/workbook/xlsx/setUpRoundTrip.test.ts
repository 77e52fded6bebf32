import type ExcelJS from "exceljs";
import { planTemplates } from "../../../src/core/template/planTemplate";
import { headersOf, TABLES } from "../../../src/core/schema";
import { newXlsx, openXlsx, saveXlsx, xlsxPort } from "../../../src/workbook/xlsx";
import { reopen, sheet, tableRefs } from "./reopen";

const templates = planTemplates("sv", { from: "2018-01-01", to: "2020-12-31" });

async function setUpNew() {
  const wb = newXlsx();
  await xlsxPort(wb).addTables(templates);
  return wb;
}

describe("setting up a plan in a new .xlsx file", () => {
  it("writes all seven tables as Excel tables that survive saving and reopening", async () => {
    const again = await reopen(await setUpNew());
    for (const t of templates) {
      const ws = sheet(again, t.sheet);
      const [table] = tableRefs(ws);
      expect(table?.name).toBe(t.name);
      const bodyRows = Math.max(t.rows.length, 1);
      expect(table?.ref).toBe(`A1:${String.fromCharCode(64 + t.headers.length)}${bodyRows + 1}`);
      expect(ws.getRow(1).values).toEqual([undefined, ...t.headers]);
    }
  });

  it("reads back exactly the headers and rows it wrote", async () => {
    const raw = await xlsxPort(await openXlsx(await saveXlsx(await setUpNew()))).read();
    for (const t of templates) {
      const table = raw.tables.find((x) => x.name === t.name);
      expect(table?.sheet).toBe(t.sheet);
      expect(table?.values[0]).toEqual(t.headers);
      const body = (table?.values.slice(1) ?? []).filter((r) => r.some((v) => v !== null));
      const isDate = (i: number, j: number) =>
        (t.cellFormats?.find((f) => f.row === i && f.column === j)?.format ?? t.formats[j]) === "date";
      const expected = t.rows.map((r, i) =>
        r.map((v, j) =>
          isDate(i, j) && typeof v === "number" ? new Date(Date.UTC(1899, 11, 30) + v * 86_400_000) : v,
        ),
      );
      expect(body).toEqual(expected);
    }
  });

  it("gives the Plan table's date rows a date format so the plan period reads as dates", async () => {
    const raw = await xlsxPort(await openXlsx(await saveXlsx(await setUpNew()))).read();
    const plan = raw.tables.find((t) => t.name === "Plan");
    const start = plan?.values.find((r) => r[0] === "Planperiod start");
    expect(start?.[1]).toEqual(new Date(Date.UTC(2018, 0, 1)));
  });

  it("adds validation lists, number formats, frozen header rows and status colours", async () => {
    const again = await reopen(await setUpNew());
    const followUp = sheet(again, "Uppföljning");
    // Choice lists stop a value outside the list; article and ID lists only warn (src/core/style/).
    expect(followUp.getCell("C2").dataValidation).toMatchObject({
      type: "list",
      formulae: ["CEMR_Status"],
      showErrorMessage: true,
      error: "Välj ett värde ur listan.",
    });
    expect(followUp.getCell("C2").dataValidation?.errorStyle ?? "stop").toBe("stop");
    // The empty table's body is one row; Excel carries the rule on as the table grows.
    expect(followUp.getCell("C3").dataValidation).toBeUndefined();
    expect(followUp.getCell("B2").dataValidation).toMatchObject({
      formulae: ['INDIRECT("Activities[[Aktivitet-ID]]")'],
      errorStyle: "warning",
    });
    expect(followUp.getCell("A2").dataValidation?.formulae).toEqual(['INDIRECT("Periods[[Period]]")']);
    expect(sheet(again, "Mål").getCell("B2").dataValidation).toMatchObject({
      formulae: ["CEMR_Articles"],
      errorStyle: "warning",
    });
    expect(sheet(again, "Aktiviteter").getCell("B2").dataValidation?.formulae).toEqual([
      'INDIRECT("Goals[[Mål-ID]]")',
    ]);
    expect(sheet(again, "Aktiviteter").getCell("E2").numFmt).toBe("yyyy-mm-dd");
    expect(sheet(again, "Aktiviteter").getCell("G2").numFmt).toBe("#,##0");
    expect(sheet(again, "Aktiviteter").getCell("C2").numFmt).toBe("@");
    expect(followUp.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    const formattings = (
      followUp as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }
    ).conditionalFormattings;
    const rules = formattings.flatMap((cf) => cf.rules);
    expect(
      rules.some((r) => r.type === "expression" && String(r.formulae?.[0] as unknown).includes('"Försenad"')),
    ).toBe(true);
  });

  it("puts the lists on a hidden sheet whose workbook names the validation lists use", async () => {
    const again = await reopen(await setUpNew());
    const lists = sheet(again, "Listor");
    expect(lists.state).toBe("hidden");
    const names = again.definedNames.model;
    const status = names.find((n) => n.name === "CEMR_Status");
    expect(status?.ranges).toEqual(["Listor!$A$2:$A$6"]);
    expect(lists.getCell("A3").value).toBe("Pågår");
    const articles = names.find((n) => n.name === "CEMR_Articles")?.ranges[0] ?? "";
    const column = /\$([A-Z]+)\$2:/.exec(articles)?.[1] ?? "";
    expect(lists.getCell(`${column}31`).value).toBe(30);
    // The lists sheet comes first, as in Excel, and the workbook opens on the first plan table.
    expect(again.worksheets.map((w) => w.name).slice(0, 2)).toEqual(["Listor", "Plan"]);
  });

  it("reports progress once per table", async () => {
    const seen: [number, number][] = [];
    await xlsxPort(newXlsx()).addTables(templates, (done, total) => seen.push([done, total]));
    expect(seen).toEqual(TABLES.map((_, i) => [i + 1, 7]));
  });

  it("writes English sheets and headers for an English plan", async () => {
    const wb = newXlsx();
    await xlsxPort(wb).addTables(planTemplates("en"));
    const raw = await xlsxPort(await openXlsx(await saveXlsx(wb))).read();
    expect(raw.tables.find((t) => t.name === "FollowUp")?.sheet).toBe("Follow-up");
    expect(raw.tables.find((t) => t.name === "Goals")?.values[0]).toEqual(headersOf("Goals", "en"));
    expect(await xlsxPort(wb).sheetNames()).toContain("Lists");
  });
});

import { isoToSerial } from "../../../src/core/dates/dates";
import type { TableInfo } from "../../../src/core/plan/plan.types";
import { TABLES, columnHeader, headersOf, tableColumns } from "../../../src/core/schema";
import { columnsLacking, rowInTable, shownValue, tableRow } from "../../../src/core/plan/schemaRows";

describe("a column by its key", () => {
  it("has its header in either language", () => {
    expect(columnHeader("Activities", "end", "sv")).toBe("Slut");
    expect(columnHeader("Activities", "end", "en")).toBe("End");
    expect(columnHeader("IndicatorValues", "assessment", "sv")).toBe("Bedömning");
  });

  it("shows a choice's value as its label in the language asked, any other value as it is", () => {
    expect(shownValue("FollowUp", "status", "done", "sv")).toBe("Genomförd");
    expect(shownValue("FollowUp", "status", "done", "en")).toBe("Done");
    expect(shownValue("IndicatorValues", "assessment", "partlyMet", "sv")).toBe("Delvis uppfyllt");
    expect(shownValue("FollowUp", "comment", "done", "sv")).toBe("done");
    expect(shownValue("FollowUp", "outcome", 12000, "sv")).toBe(12000);
  });
});

describe("a record as a row", () => {
  it("puts every value under its column in schema order, as the workbook's cells", () => {
    const goal = {
      row: 4,
      id: "M2",
      articles: [5, 11],
      articleTextsNotUnderstood: [],
      goal: "Jämställda villkor i föreningsstödet",
      indicator: "Andel bidrag till flickors verksamhet",
      unit: "%",
      baseline: 38,
      target: 50,
      direction: "closeGap" as const,
      responsible: "Kultur- och fritidsnämnden",
      nationalGoals: [1, 2],
      regionalGoal: "Jämställd fördelning av offentliga resurser",
    };
    expect(tableRow("Goals", goal, "sv")).toEqual([
      "M2",
      "5, 11",
      "Jämställda villkor i föreningsstödet",
      "Andel bidrag till flickors verksamhet",
      "%",
      38,
      50,
      "Utjämna",
      "Kultur- och fritidsnämnden",
      "1, 2",
      "Jämställd fördelning av offentliga resurser",
    ]);
    expect(tableRow("Goals", goal, "en")[7]).toBe("Close gap");
    const period = { period: "Helår 2024", type: "annual" as const, cutoff: "2024-12-31" };
    expect(tableRow("Periods", period, "sv")).toEqual(["Helår 2024", "Helår", isoToSerial("2024-12-31")]);
    expect(tableRow("Articles", { article: 11, prioritised: true }, "en")).toEqual([
      11,
      null,
      null,
      "Yes",
      null,
    ]);
  });

  it("has as many cells as its table has headers, whatever the record leaves out", () => {
    for (const t of TABLES) {
      expect(tableRow(t.name, {}, "sv")).toEqual(headersOf(t.name, "sv").map(() => null));
    }
  });

  it("follows a found table's own column order and width, leaving its extra columns alone", () => {
    // Comment first, an extra column of the user's between, Status last; Outcome and Forecast absent.
    const info: TableInfo<"FollowUp"> = {
      name: "FollowUp",
      found: "table",
      sheet: "Uppföljning",
      headerRow: 0,
      headerShown: true,
      columns: { comment: 2, period: 3, activityId: 4, status: 6 },
      firstCol: 2,
      lastCol: 6,
      lastRow: 9,
    };
    const record = {
      period: "Delår 2024",
      activityId: "A3",
      status: "delayed",
      outcome: 400,
      comment: "Sjukskrivning",
    };
    expect(rowInTable(info, record, "sv")).toEqual(["Sjukskrivning", "Delår 2024", "A3", null, "Försenad"]);
    expect(rowInTable(info, { status: "done" }, "en", true)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      "Done",
    ]);
    expect(columnsLacking(info, [record])).toEqual(["FollowUp.outcome"]);
    expect(columnsLacking(info, [{ ...record, outcome: null }])).toEqual([]);
  });

  it("reads the keys of every table from the schema", () => {
    expect(tableColumns("Periods").map((c) => c.key)).toEqual(["period", "type", "cutoff"]);
  });
});

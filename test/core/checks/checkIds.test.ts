import { serial } from "../fixtures/planWorkbook";
import { CLEAN_DATE, codesOf, placed, seedRows } from "./checkFixture";

describe("ID_DUPLICATE", () => {
  it("flags the second goal with the same Goal ID at its ID cell", () => {
    const t = seedRows();
    t.Goals.push([
      "M3",
      "11",
      "Fler kvinnor i chefsroller",
      "Andel kvinnliga chefer",
      "%",
      55,
      65,
      "Öka",
      "HR-avdelningen",
    ]);
    expect(placed(t, CLEAN_DATE, "ID_DUPLICATE")).toEqual([
      { code: "ID_DUPLICATE", severity: "error", sheet: "Mål", cell: "A7", refs: ["M3"] },
    ]);
  });

  it("does not flag goal IDs that merely look alike", () => {
    const t = seedRows();
    t.Goals.push([
      "M3b",
      "11",
      "Fler kvinnor i chefsroller",
      "Andel kvinnliga chefer",
      "%",
      55,
      65,
      "Öka",
      "HR-avdelningen",
    ]);
    t.Activities.push([
      "A6",
      "M3b",
      "Chefsprogram för kvinnor",
      "HR-chef",
      serial("2023-09-01"),
      serial("2024-05-31"),
      90000,
      "",
      "",
    ]);
    expect(codesOf(t, CLEAN_DATE)).toEqual([]);
  });

  it("flags a repeated Activity ID and judges the follow-up of that ID only at its first row", () => {
    const t = seedRows();
    t.Activities.push([
      "A2",
      "M2",
      "Dialog med idrottsföreningarna",
      "Fritidschef",
      serial("2023-04-01"),
      serial("2023-06-30"),
      5000,
      "",
      "",
    ]);
    expect(placed(t, CLEAN_DATE, "ID_DUPLICATE")).toEqual([
      { code: "ID_DUPLICATE", severity: "error", sheet: "Aktiviteter", cell: "A7", refs: ["A2"] },
    ]);
    expect(codesOf(t, CLEAN_DATE)).toEqual(["ID_DUPLICATE"]);
  });

  it("flags a period named twice at the second name", () => {
    const t = seedRows();
    t.Periods.push(["Delår 2023", "Delår", serial("2023-04-30")]);
    expect(placed(t, CLEAN_DATE, "ID_DUPLICATE")).toEqual([
      { code: "ID_DUPLICATE", severity: "error", sheet: "Perioder", cell: "A6", refs: ["Delår 2023"] },
    ]);
  });
});

describe("REF_UNKNOWN_GOAL, REF_UNKNOWN_ACTIVITY and REF_UNKNOWN_PERIOD", () => {
  it("flags an activity naming a goal that does not exist at its Mål-ID cell", () => {
    const t = seedRows();
    t.Activities[4]![1] = "M9";
    expect(placed(t, CLEAN_DATE, "REF_UNKNOWN_GOAL")).toEqual([
      { code: "REF_UNKNOWN_GOAL", severity: "error", sheet: "Aktiviteter", cell: "B6", refs: ["A5", "M9"] },
    ]);
  });

  it("flags an indicator value naming a goal that does not exist", () => {
    const t = seedRows();
    t.IndicatorValues[0]![1] = "M7";
    expect(placed(t, CLEAN_DATE, "REF_UNKNOWN_GOAL")).toEqual([
      { code: "REF_UNKNOWN_GOAL", severity: "error", sheet: "Indikatorer", cell: "B2", refs: ["M7"] },
    ]);
  });

  it("does not flag references when the Goals table itself is missing", () => {
    const { Goals: _dropped, ...rest } = seedRows();
    expect(placed(rest, CLEAN_DATE, "REF_UNKNOWN_GOAL")).toEqual([]);
  });

  it("flags a follow-up row naming an unknown activity at its Aktivitet-ID cell", () => {
    const t = seedRows();
    t.FollowUp.push(["Delår 2023", "A9", "Pågår", 1000, 2000, ""]);
    expect(placed(t, CLEAN_DATE, "REF_UNKNOWN_ACTIVITY")).toEqual([
      { code: "REF_UNKNOWN_ACTIVITY", severity: "error", sheet: "Uppföljning", cell: "B6", refs: ["A9"] },
    ]);
  });

  it("flags follow-up and indicator rows naming an unknown period at their Period cells", () => {
    const t = seedRows();
    t.FollowUp.push(["Tertial 1 2023", "A3", "Pågår", 150000, 2500000, ""]);
    t.IndicatorValues[0]![0] = "Helår 2022";
    expect(placed(t, CLEAN_DATE, "REF_UNKNOWN_PERIOD")).toEqual([
      {
        code: "REF_UNKNOWN_PERIOD",
        severity: "error",
        sheet: "Uppföljning",
        cell: "A6",
        refs: ["Tertial 1 2023"],
      },
      {
        code: "REF_UNKNOWN_PERIOD",
        severity: "error",
        sheet: "Indikatorer",
        cell: "A2",
        refs: ["Helår 2022"],
      },
    ]);
  });

  it("accepts references to goals, activities and periods that exist", () => {
    const t = seedRows();
    t.FollowUp.push(["Helår 2023", "A3", "Pågår", 900000, 2500000, ""]);
    t.IndicatorValues.push(["Helår 2023", "M5", null, null, 120, "", ""]);
    expect(codesOf(t, CLEAN_DATE)).toEqual([]);
  });
});

describe("FOLLOWUP_DUPLICATE", () => {
  it("flags the second report of the same activity and period at its Aktivitet-ID cell", () => {
    const t = seedRows();
    t.FollowUp.push(["Delår 2023", "A2", "Försenad", 10000, 50000, "Rättad rad"]);
    expect(placed(t, CLEAN_DATE, "FOLLOWUP_DUPLICATE")).toEqual([
      {
        code: "FOLLOWUP_DUPLICATE",
        severity: "error",
        sheet: "Uppföljning",
        cell: "B6",
        refs: ["A2", "Delår 2023"],
      },
    ]);
  });

  it("does not flag the same activity reported at another period", () => {
    const t = seedRows();
    t.FollowUp.push(["Helår 2023", "A2", "Försenad", 20000, 45000, ""]);
    expect(placed(t, CLEAN_DATE, "FOLLOWUP_DUPLICATE")).toEqual([]);
  });
});

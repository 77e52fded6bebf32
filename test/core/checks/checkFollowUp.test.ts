import { serial } from "../fixtures/planWorkbook";
import { CLEAN_DATE, placed, seedRows } from "./checkFixture";

const AFTER_YEAR_END = "2024-01-10";
const missing = (t: ReturnType<typeof seedRows>, date: string): string[] =>
  placed(t, date, "FOLLOWUP_MISSING").map((f) => `${f.cell} ${f.refs.join("|")}`);

describe("FOLLOWUP_MISSING", () => {
  it("flags each started activity without a row for a passed cut-off, at its ID cell on the Activities sheet", () => {
    const t = seedRows();
    t.FollowUp = t.FollowUp.filter((r) => r[1] !== "A3");
    expect(placed(t, CLEAN_DATE, "FOLLOWUP_MISSING")).toEqual([
      {
        code: "FOLLOWUP_MISSING",
        severity: "warning",
        sheet: "Aktiviteter",
        cell: "A4",
        refs: ["A3", "Delår 2023"],
      },
    ]);
  });

  it("asks for every open activity once the annual cut-off has passed", () => {
    expect(missing(seedRows(), AFTER_YEAR_END)).toEqual([
      "A2 A1|Helår 2023",
      "A3 A2|Helår 2023",
      "A4 A3|Helår 2023",
      "A5 A4|Helår 2023",
      "A6 A5|Helår 2023",
    ]);
  });

  it("counts a cut-off on the reference date as passed, and the day before it as not", () => {
    expect(missing(seedRows(), "2023-12-31")).toHaveLength(5);
    expect(missing(seedRows(), "2023-12-30")).toEqual([]);
  });

  it("asks for an activity that starts on the cut-off day, not one that starts the day after", () => {
    const t = seedRows();
    t.Activities[4]![4] = serial("2023-08-31");
    expect(missing(t, CLEAN_DATE)).toEqual(["A6 A5|Delår 2023"]);
    expect(missing(seedRows(), CLEAN_DATE)).toEqual([]);
  });

  it("does not ask again for an activity Done or Cancelled at an earlier period", () => {
    const t = seedRows();
    t.FollowUp[3] = ["Delår 2023", "A4", "Genomförd", 170000, 170000, "Klart före planerat"];
    t.FollowUp[0] = ["Delår 2023", "A1", "Avbruten", 12000, 12000, "Ersätts av partiernas egen kartläggning"];
    expect(missing(t, AFTER_YEAR_END)).toEqual(["A3 A2|Helår 2023", "A4 A3|Helår 2023", "A6 A5|Helår 2023"]);
  });

  it("still asks at a period whose cut-off is the same day as the one the activity was Done at", () => {
    const t = seedRows();
    t.Periods.push(["Tertial 3 2023", "Delår", serial("2023-12-31")]);
    t.FollowUp = [["Tertial 3 2023", "A1", "Genomförd", 29000, 29000, ""], ...t.FollowUp];
    expect(missing(t, AFTER_YEAR_END).filter((m) => m.includes("A1|"))).toEqual(["A2 A1|Helår 2023"]);
  });

  it("does not judge an activity without a start date", () => {
    const t = seedRows();
    t.Activities[1]![4] = null;
    t.FollowUp = t.FollowUp.filter((r) => r[1] !== "A2");
    expect(missing(t, CLEAN_DATE)).toEqual([]);
  });

  it("lists several missing periods of one activity in cut-off order", () => {
    const t = seedRows();
    t.FollowUp = t.FollowUp.filter((r) => r[1] !== "A3");
    expect(missing(t, "2024-09-01").filter((m) => m.startsWith("A4 "))).toEqual([
      "A4 A3|Delår 2023",
      "A4 A3|Helår 2023",
      "A4 A3|Delår 2024",
    ]);
  });
});

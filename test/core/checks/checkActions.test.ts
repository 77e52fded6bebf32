import type { TableName } from "../../../src/core/schema";
import { checkPlan } from "../../../src/core/checks/checkPlan";
import { findingMessage } from "../../../src/core/checks/findingMessage";
import type { Finding } from "../../../src/core/checks/findings.types";
import { serial } from "../fixtures/planWorkbook";
import { CLEAN_DATE, planOf, seedRows, type Grid } from "./checkFixture";

const AFTER_YEAR_END = "2024-01-10";

/** The seed plan, changed by `edit`, with the issue-29 columns (Åtgärd: FollowUp G, IndicatorValues H) or without. */
function actionFindings(
  edit: (t: Record<TableName, Grid>) => void,
  date = CLEAN_DATE,
  later = true,
): Finding[] {
  const t = seedRows();
  t.Goals.forEach((row) => row.push("1", null));
  edit(t);
  return checkPlan(planOf(t, { laterColumns: later }), date).filter(
    (f) => f.code === "DEVIATION_ACTION_MISSING",
  );
}

const placedOf = (fs: readonly Finding[]): string[] =>
  fs.map((f) => `${f.severity} ${f.sheet}!${f.cell} ${f.refs.join("|")}`);

describe("DEVIATION_ACTION_MISSING", () => {
  it("finds none in the clean seed plan", () => {
    expect(actionFindings(() => undefined)).toEqual([]);
  });

  it("flags a delayed activity without an action at its Åtgärd cell, in both languages", () => {
    const found = actionFindings((t) => {
      t.FollowUp[1] = ["Delår 2023", "A2", "Försenad", 10000, 45000, "Fritidschefen har slutat"];
    });
    expect(placedOf(found)).toEqual(["warning Uppföljning!G3 A2|Delår 2023"]);
    expect(findingMessage(found[0]!, "sv")).toBe(
      "Aktiviteten A2 är försenad vid Delår 2023 men ingen åtgärd anges; skriv i «Åtgärd» vad som ska göras.",
    );
    expect(findingMessage(found[0]!, "en")).toBe(
      "Activity A2 is delayed at Delår 2023 but no action is given; write in «Åtgärd» what will be done.",
    );
  });

  it("accepts an action in the Åtgärd cell or one stated in the comment", () => {
    const delayed = (comment: string, action: string | null) => (t: Record<TableName, Grid>) => {
      t.FollowUp[1] = ["Delår 2023", "A2", "Försenad", 10000, 45000, comment, action];
    };
    expect(actionFindings(delayed("Fritidschefen har slutat", "Ny tidplan beslutas i oktober"))).toEqual([]);
    expect(actionFindings(delayed("Vakans; analysen ska göras av en konsult", null))).toEqual([]);
    expect(actionFindings(delayed("Vakans; vi kommer att ta in extern hjälp", null))).toEqual([]);
  });

  it("flags over budget and overdue together, naming both", () => {
    const found = actionFindings((t) => {
      t.Periods.push(["Helår 2023b", "Helår", serial("2024-01-05")]);
      t.FollowUp.push(["Helår 2023b", "A1", "Pågår", 35000, 36000, "Fler intervjuer än planerat"]);
    }, AFTER_YEAR_END);
    expect(placedOf(found)).toEqual(["warning Uppföljning!G6 A1|Helår 2023b"]);
    expect(findingMessage(found[0]!, "sv")).toBe(
      "Aktiviteten A1 är inte klar fast slutdatumet har passerat och över budget vid Helår 2023b men ingen åtgärd anges; skriv i «Åtgärd» vad som ska göras.",
    );
  });

  it("flags an indicator value not met or worse than the baseline, but not one partly met", () => {
    const worse = actionFindings((t) => {
      t.IndicatorValues[0] = ["Delår 2023", "M3", 60, 91, 61, "", "Färre heltider efter omorganisationen"];
    });
    expect(placedOf(worse)).toEqual(["warning Indikatorer!H2 M3|Delår 2023"]);
    expect(findingMessage(worse[0]!, "en")).toBe(
      "Goal M3 is not met and worse than the baseline at Delår 2023 but no action is given; write in «Åtgärd» what will be done.",
    );
    const manual = actionFindings((t) => {
      t.IndicatorValues[0]![5] = "Ej uppfyllt";
    });
    expect(placedOf(manual)).toEqual(["warning Indikatorer!H2 M3|Delår 2023"]);
    expect(findingMessage(manual[0]!, "sv")).toContain("Målet M3 är inte uppfyllt vid Delår 2023");
  });

  it("checks as before in a plan without the Åtgärd column", () => {
    const found = actionFindings(
      (t) => {
        t.FollowUp[1] = ["Delår 2023", "A2", "Försenad", 10000, 45000, ""];
        t.Goals.forEach((row) => row.splice(9));
      },
      CLEAN_DATE,
      false,
    );
    expect(found).toEqual([]);
  });
});

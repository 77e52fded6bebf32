/**
 * The product's writes on a user's workbook, as the round-trip tests make them: set-up,
 * a goal, an activity and a follow-up row (its comment begins with "=" and must stay
 * text), then the summary of Helår 2019 with its charts.
 */
import { setUpPlan } from "../../../src/app/setUpPlan";
import { prepareSummary, writeSummary } from "../../../src/app/summariseWorkbook";
import { isoToSerial } from "../../../src/core/dates/dates";
import type { WorkbookPort } from "../../../src/app/ports";

/** The summary sheet's name and the follow-up row as LibreOffice's CSV shows them. */
export const SUMMARY_SHEET = "Årsbokslut 2019";
export const FOLLOW_UP_CSV_ROW = "Helår 2019,A1.1,Genomförd,85000,,=klart i tid";

export async function writePlanAndSummary(port: WorkbookPort): Promise<void> {
  await setUpPlan(port, { lang: "sv", from: "2019-01-01", to: "2019-12-31" });
  await port.appendRows([
    { table: "Goals", rows: [["M1", "11", "Jämställda löner", "Lönegap (%)", "%", 4, 1, "Minska", "HR"]] },
    {
      table: "Activities",
      rows: [
        [
          "A1.1",
          "M1",
          "Lönekartläggning",
          "HR",
          isoToSerial("2019-02-01"),
          isoToSerial("2019-11-30"),
          90000,
          null,
          "2019",
        ],
      ],
    },
    { table: "FollowUp", rows: [["Helår 2019", "A1.1", "Genomförd", 85000, null, "=klart i tid"]] },
  ]);
  const prepared = await prepareSummary(port, "Helår 2019", "sv", "2020-01-15");
  if (!prepared.ok) throw new Error("no period");
  const written = await writeSummary(port, prepared);
  if (!written.ok) throw new Error(`summary not written: ${written.code}`);
}

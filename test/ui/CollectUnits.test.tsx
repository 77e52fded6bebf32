/**
 * The collect preview's table of protected cells a unit changed, as the coordinator reads it:
 * rows, tables and columns by the names on the sheets, never by the schema's internal keys.
 */
import { screen, within } from "@testing-library/react";
import { collectPreview } from "../../src/core/collect/collectPreview";
import { handoutPlans } from "../../src/core/collect/handoutPlans";
import { CollectUnits } from "../../src/taskpane/views/CollectUnits";
import { fill, handoutOf, handoutWorkbook, masterPlan, returned, ROUND } from "../core/collect/roundFixture";
import { renderInPane } from "./renderInPane";

function previewWith(
  changes: (wb: ReturnType<typeof handoutWorkbook>) => ReturnType<typeof handoutWorkbook>,
) {
  const master = masterPlan();
  const social = handoutWorkbook(handoutOf(handoutPlans(master, ROUND) ?? [], "Socialnämnden"));
  const preview = collectPreview(master, ROUND, [returned("social.xlsx", changes(social))]);
  if (!preview) throw new Error("no preview");
  return preview;
}

/** A row's cells as read, its header cell first. */
const cellsOf = (row: HTMLElement): (string | null)[] =>
  Array.from(row.querySelectorAll("th, td"), (c) => c.textContent);

describe("the protected cells a unit changed, in the pane", () => {
  it("names a Plan fact by its label and the column by its header, in Swedish", () => {
    const preview = previewWith((wb) => fill(wb, "Plan", "Valuta", { Värde: "EUR" }));
    renderInPane(<CollectUnits lang="sv" preview={preview} />);
    const table = screen.getByRole("table", { name: /Ändrade skyddade celler/ });
    const cells = within(table).getAllByRole("row").slice(1).map(cellsOf);
    expect(cells).toEqual([["Valuta", "Plan", "Värde", "SEK", "EUR"]]);
  });

  it("names an activity's column by its English header", () => {
    const preview = previewWith((wb) => fill(wb, "Activities", "A1", { Budget: 950000 }));
    renderInPane(<CollectUnits lang="en" preview={preview} />);
    const table = screen.getByRole("table", { name: /Protected cells changed/ });
    const row = within(table).getAllByRole("row")[1];
    if (!row) throw new Error("no row");
    expect(cellsOf(row)).toEqual(["A1", "Activities", "Budget", "800000", "950000"]);
  });
});

/**
 * The Plan view's facts: the adoption deadline in words, whole sentences per language
 * with the day count in the singular when it is one ("1 dag kvar", not "1 dagar kvar").
 */
import { screen } from "@testing-library/react";
import type { IsoDate } from "../../src/core/dates";
import type { DeadlineState, PlanOverview } from "../../src/core/periods";
import { PlanFacts } from "../../src/taskpane/views/PlanFacts";
import { renderInPane } from "./renderInPane";

const d = (s: string) => s as IsoDate;

const overview = (deadline: DeadlineState): PlanOverview => ({
  organisation: "Exempelstad",
  planName: null,
  signed: d("2024-03-01"),
  periodStart: d("2024-01-01"),
  periodEnd: null,
  charterVersion: 2022,
  deadline,
  counts: { prioritisedArticles: 12, goals: 4, activities: 9, periods: 2 },
  tablesFound: [],
  tablesMissing: [],
});

const detailOf = (term: string): string | null | undefined =>
  screen.getByText(term).closest("dt")?.nextElementSibling?.textContent;

describe("the plan's facts in the pane", () => {
  it.each([
    ["sv", 1, "2026-03-01 – Inte antagen, 1 dag kvar"],
    ["sv", 12, "2026-03-01 – Inte antagen, 12 dagar kvar"],
    ["en", 1, "2026-03-01 – Not adopted, 1 day left"],
    ["en", 12, "2026-03-01 – Not adopted, 12 days left"],
  ] as const)("says the days left in %s for %i day(s)", (lang, n, said) => {
    renderInPane(
      <PlanFacts lang={lang} overview={overview({ kind: "open", deadline: d("2026-03-01"), daysLeft: n })} />,
    );
    expect(detailOf(lang === "sv" ? "Handlingsplan senast" : "Action plan due by")).toBe(said);
  });

  it("says the days since an overdue deadline, and a missing date as missing", () => {
    renderInPane(
      <PlanFacts
        lang="sv"
        overview={overview({ kind: "overdue", deadline: d("2026-03-01"), daysLate: 1 })}
      />,
    );
    expect(detailOf("Handlingsplan senast")).toBe(
      "2026-03-01 – Inte antagen – tiden har gått ut (1 dag sedan)",
    );
    expect(detailOf("Planperiod")).toBe("2024-01-01 – (saknas)");
  });

  it("says when the plan was adopted", () => {
    const met: DeadlineState = { kind: "met", deadline: d("2026-03-01"), adopted: d("2025-11-20") };
    renderInPane(<PlanFacts lang="en" overview={overview(met)} />);
    expect(detailOf("Action plan due by")).toBe("2026-03-01 – Adopted in time (adopted 2025-11-20)");
  });
});

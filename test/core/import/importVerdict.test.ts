/**
 * What the import preview and `cemr import` tell the user in words: the readings of
 * amounts and timeframes, and the one line that says why nothing can be imported.
 */
import type { RawRange } from "../../../src/core/cells/cells";
import { importList, importText } from "../../../src/core/import/importList";
import {
  blockerText,
  importBlocker,
  lineCounts,
  placeText,
  readingText,
} from "../../../src/core/import/importVerdict";
import type { ImportResult } from "../../../src/core/import/import.types";

const options = { lang: "sv" as const, from: "2022-01-01", to: "2024-12-31" };
/** As the user reads it: amounts keep their digits together with no-break spaces. */
const seen = (text: string): string => text.replace(/[\u00a0\u202f]/g, " ");
const cells = (values: RawRange["values"], top = 0, left = 0): ImportResult =>
  importList({ sheet: "Blad1", top, left, values }, options);

/** A plan's action list from B4, its budget counted in thousands by the header. */
const plan = cells(
  [
    ["Artikel", "Mål", "Aktivitet", "Ansvarig", "Tidplan", "Budget (tkr)", "Resurser"],
    ["Art. 2", "Jämn representation", "Ny nomineringsrutin", "Kansliet", "årligen", 50, "Befintlig personal"],
    [null, null, "Utbildning för nämnderna", "HR", "2023", "1,2 mnkr", null],
    [null, null, "Handbok för nämndsekreterare", "Kansliet", "Våren 2023", null, "75 000 kr"],
    [null, null, "Uppföljning av nomineringar", "Kansliet", "senast 2023-06-30", "inom befintlig ram", null],
  ],
  3,
  1,
);

describe("the readings the preview shows, at their cell", () => {
  const shown = (lang: "sv" | "en") =>
    plan.readings.map((r) => [placeText(plan, r.cell, lang), seen(readingText(r, lang))]);

  it("says in Swedish how each amount became kronor and each timeframe became dates", () => {
    expect(shown("sv")).toEqual([
      ["Blad1!F5", "årligen → 2022-01-01 – 2024-12-31 (återkommande: hela planperioden)"],
      ["Blad1!G5", "50 (Budget (tkr)) → 50 000 kr"],
      ["Blad1!G6", "1,2 mnkr → 1 200 000 kr"],
      ["Blad1!H7", "Resurser: 75 000 kr → Budget 75 000 kr"],
      ["Blad1!F8", "senast 2023-06-30 → 2022-01-01 – 2023-06-30 (från planperiodens start)"],
      ["Blad1!G8", "inom befintlig ram → Resurser (inget belopp att läsa som budget)"],
    ]);
  });

  it("says the same in English, with English sentences and amounts", () => {
    expect(shown("en")).toEqual([
      ["Blad1!F5", "årligen → 2022-01-01 – 2024-12-31 (recurring: the whole plan period)"],
      ["Blad1!G5", "50 (Budget (tkr)) → SEK 50,000"],
      ["Blad1!G6", "1,2 mnkr → SEK 1,200,000"],
      ["Blad1!H7", "Resources: 75 000 kr → Budget SEK 75,000"],
      ["Blad1!F8", "senast 2023-06-30 → 2022-01-01 – 2023-06-30 (from the start of the plan period)"],
      ["Blad1!G8", "inom befintlig ram → Resources (no amount to read as a budget)"],
    ]);
  });

  it("names a line of pasted text by its number, not by a cell", () => {
    const pasted = importText(
      "Artikel\tMål\tAktivitet\tBudget\nArt. 2\tJämn representation\tNy rutin\t50 tkr",
      options,
    );
    expect(
      pasted.readings.map((r) => [placeText(pasted, r.cell, "sv"), placeText(pasted, r.cell, "en")]),
    ).toEqual([["rad 2", "line 2"]]);
    expect(pasted.readings.map((r) => seen(readingText(r, "sv")))).toEqual(["50 tkr → 50 000 kr"]);
  });

  it("names lines of pasted text past the ninth by their whole number", () => {
    const rows = Array.from({ length: 11 }, (_, i) => `Art. 2\tMål ${i + 1}\tRutin ${i + 1}\t${i + 1}0 tkr`);
    const pasted = importText(["Artikel\tMål\tAktivitet\tBudget", ...rows].join("\n"), options);
    expect(pasted.readings.slice(-2).map((r) => placeText(pasted, r.cell, "sv"))).toEqual([
      "rad 11",
      "rad 12",
    ]);
  });

  it("shows a question mark for the end of a timeframe the plan period would give, when none is set", () => {
    const noPeriod = importList(
      {
        sheet: "Blad1",
        top: 0,
        left: 0,
        values: [
          ["Artikel", "Mål", "Aktivitet", "Ansvarig", "Tidplan"],
          ["Art. 2", "Jämn representation", "Ny nomineringsrutin", "Kansliet", "senast 2023-06-30"],
          [null, null, "Utbildning för nämnderna", "HR", "från 2023"],
        ],
      },
      { lang: "sv" },
    );
    expect(noPeriod.readings.map((r) => readingText(r, "sv"))).toEqual([
      "senast 2023-06-30 → ? – 2023-06-30 (från planperiodens start)",
      "från 2023 → 2023-01-01 – ? (till planperiodens slut)",
    ]);
    expect(noPeriod.readings.map((r) => readingText(r, "en"))).toEqual([
      "senast 2023-06-30 → ? – 2023-06-30 (from the start of the plan period)",
      "från 2023 → 2023-01-01 – ? (to the end of the plan period)",
    ]);
  });

  it("counts the lines by what they were taken as", () => {
    expect(lineCounts(plan)).toMatchObject({ header: 1, activity: 4, notUnderstood: 0 });
  });
});

describe("why nothing can be imported, in one line", () => {
  it("has nothing to say when a goal or an activity was taken", () => {
    expect(importBlocker(plan)).toBeNull();
  });

  it("has nothing to say when goals were taken without activities", () => {
    const goalsOnly = cells([
      ["Artikel", "Mål", "Aktivitet"],
      ["Art. 2", "Jämn representation", null],
      ["Art. 5", "Ett jämställt bemötande", null],
    ]);
    expect(importBlocker(goalsOnly)).toBeNull();
  });

  it("does not call pasted goal headings without points empty", () => {
    const headings = importBlocker(
      importText("Mål 1: Jämn representation\nMål 2: Ett jämställt bemötande", options),
    );
    expect(headings && blockerText(headings, "den inklistrade texten", "sv")).toBe(
      "Inga mål eller aktiviteter att importera från den inklistrade texten: 2 rader förstods inte.",
    );
  });

  it("does not say a goal column is missing when a second one was not recognised", () => {
    const twoGoalColumns = importBlocker(
      cells([
        ["activity", "goal", "goal"],
        [null, null, "Jämn representation"],
      ]),
    );
    expect(twoGoalColumns && blockerText(twoGoalColumns, "Sheet1", "en")).toBe(
      "No goals or activities to import from Sheet1: 1 line was not understood.",
    );
  });

  it("says the range holds nothing", () => {
    const empty = importBlocker(
      cells([
        [null, ""],
        ["  ", null],
      ]),
    );
    expect(empty && blockerText(empty, "Blad1", "sv")).toBe(
      "Inget att importera: Blad1 innehåller ingenting.",
    );
    expect(empty && blockerText(empty, "Blad1", "en")).toBe("Nothing to import: Blad1 holds nothing.");
  });

  it("says no header row was found in prose without headers or headings", () => {
    const prose = importBlocker(
      cells([["Protokoll från mötet"], ["Närvarande: tre ledamöter"], ["Mötet avslutades"]]),
    );
    expect(prose && blockerText(prose, "Blad1", "sv")).toMatch(
      /^Ingen rubrikrad hittades i Blad1: .* inget importerades\.$/,
    );
    expect(prose && blockerText(prose, "Blad1", "en")).toMatch(
      /^No header row found in Blad1: .* nothing was imported\.$/,
    );
  });

  it("names the goal and activity columns a table lacks, in the user's language", () => {
    const noColumns = importBlocker(
      cells([
        ["Ansvarig", "Tidplan", "Budget"],
        ["Kansliet", "2023", 5000],
      ]),
    );
    expect(noColumns && blockerText(noColumns, "Blad1", "sv")).toBe(
      "Inga mål eller aktiviteter att importera från Blad1: kolumn saknas för Mål, Aktivitet.",
    );
    expect(noColumns && blockerText(noColumns, "Blad1", "en")).toBe(
      "No goals or activities to import from Blad1: no column for Goal, Activity.",
    );
  });

  it("counts the lines not understood when the goal and activity columns are there but empty", () => {
    const unfilled = importBlocker(
      cells([
        ["Mål", "Aktivitet", "Ansvarig", "Tidplan"],
        [null, null, "Kansliet", "2023"],
        ["", null, "HR", "Våren 2023"],
      ]),
    );
    expect(unfilled && blockerText(unfilled, "Blad1", "sv")).toBe(
      "Inga mål eller aktiviteter att importera från Blad1: 2 rader förstods inte.",
    );
    expect(unfilled && blockerText(unfilled, "Blad1", "en")).toBe(
      "No goals or activities to import from Blad1: 2 lines were not understood.",
    );
  });

  it("says one line not understood in the singular", () => {
    const one = importBlocker(
      cells([
        ["Mål", "Aktivitet", "Ansvarig", "Tidplan"],
        [null, null, "Kansliet", "2023"],
      ]),
    );
    expect(one && blockerText(one, "Blad1", "sv")).toBe(
      "Inga mål eller aktiviteter att importera från Blad1: 1 rad förstods inte.",
    );
    expect(one && blockerText(one, "Blad1", "en")).toBe(
      "No goals or activities to import from Blad1: 1 line was not understood.",
    );
  });
});

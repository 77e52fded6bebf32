/**
 * What a unit changed in cells it was not to change (protection without a password is
 * easily lifted): listed in the collect preview against the master's value, never
 * taken. Spacing is not a change; a goal's articles are compared as the cell writes them.
 */
import type { RawTable, RawWorkbook } from "../../../src/core/cells/cells";
import { collectPreview } from "../../../src/core/collect/collectPreview";
import { collectText } from "../../../src/core/collect/collectText";
import { handoutPlans } from "../../../src/core/collect/handoutPlans";
import type { CollectPreview } from "../../../src/core/collect/collect.types";
import { fill, handoutOf, handoutWorkbook, masterPlan, masterRows, returned, ROUND } from "./roundFixture";

const master = masterPlan();
const social = (): RawWorkbook =>
  handoutWorkbook(handoutOf(handoutPlans(master, ROUND) ?? [], "Socialnämnden"));

function preview(wb: RawWorkbook, against = master): CollectPreview {
  const p = collectPreview(against, ROUND, [returned("social.xlsx", wb)]);
  if (!p) throw new Error("no preview");
  return p;
}
const changes = (wb: RawWorkbook, against = master) => preview(wb, against).units[0]?.protectedChanges;
/** The lines of the preview about protected cells, as the coordinator reads them. */
const protectedLines = (wb: RawWorkbook, lang: "sv" | "en" = "sv") =>
  collectText(preview(wb), lang)
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l.startsWith("Skyddad") || l.startsWith("Protected"));

/** The workbook with the rows of table `name` given by `rows` (header kept). */
function withRows(wb: RawWorkbook, name: string, rows: (t: RawTable) => RawTable["values"]): RawWorkbook {
  const tables = wb.tables.map((t) => (t.name === name ? { ...t, values: rows(t) } : t));
  return { tables, sheets: tables.map(({ name: _name, ...range }) => range) };
}

describe("protected cells a unit changed", () => {
  it("lists a fact changed on the Plan sheet, with the master's value, in both languages", () => {
    const wb = fill(social(), "Plan", "Valuta", { Värde: "EUR" });
    expect(changes(wb)).toEqual([
      { table: "Plan", id: "currency", column: "value", before: "SEK", after: "EUR" },
    ]);
    expect(protectedLines(wb)).toEqual(["Skyddad cell ändrad, ignoreras: Plan Valuta Värde: SEK → EUR"]);
    expect(protectedLines(wb, "en")).toEqual([
      "Protected cell changed, ignored: Plan Currency Value: SEK → EUR",
    ]);
  });

  it("takes extra spaces and a line break in a goal or an activity as no change", () => {
    let wb = fill(social(), "Activities", "A1", { Aktivitet: "Inför  heltid\ni hemtjänsten" });
    wb = fill(wb, "Goals", "M1", { Mål: "Heltid som  norm", Indikator: "Andel kvinnor\nmed heltid" });
    expect(changes(wb)).toEqual([]);
  });

  it("takes a master's text with a line break and doubled spaces as the same as the unit's plain one", () => {
    const rows = masterRows();
    const [a1, ...others] = rows.Activities ?? [];
    const spaced = masterPlan({
      ...rows,
      Activities: [
        [...(a1 ?? []).slice(0, 2), "Inför heltid\ni  hemtjänsten", ...(a1 ?? []).slice(3)],
        ...others,
      ],
    });
    const wb = fill(social(), "Activities", "A1", { Aktivitet: "Inför heltid i hemtjänsten" });
    expect(changes(wb, spaced)).toEqual([]);
  });

  it("lists other words in an activity's text as a change", () => {
    const wb = fill(social(), "Activities", "A1", { Aktivitet: "Inför heltid i hemtjänsten och vården" });
    expect(changes(wb)).toEqual([
      {
        table: "Activities",
        id: "A1",
        column: "activity",
        before: "Inför heltid i hemtjänsten",
        after: "Inför heltid i hemtjänsten och vården",
      },
    ]);
  });

  it("compares a goal's articles as the cell writes them", () => {
    expect(changes(fill(social(), "Goals", "M1", { Artikel: "Art. 11" }))).toEqual([]);
    expect(changes(fill(social(), "Goals", "M1", { Artikel: "11, 6" }))).toEqual([
      { table: "Goals", id: "M1", column: "articles", before: "11", after: "11, 6" },
    ]);
  });

  it("lists an activity the master does not have by its ID", () => {
    const wb = withRows(social(), "Activities", (t) => {
      const a1 = t.values[1] ?? [];
      return [...t.values, ["A9", ...a1.slice(1)]];
    });
    expect(changes(wb)).toEqual([{ table: "Activities", id: "A9", column: null, before: null, after: "A9" }]);
    expect(protectedLines(wb)).toEqual(["Skyddad cell ändrad, ignoreras: Aktiviteter A9"]);
  });

  it("names the master's spelling of an ID the unit retyped, and lists a change once for a repeated row", () => {
    const changed = fill(social(), "Activities", "A1", { "Aktivitet-ID": "a1 ", Budget: 950000 });
    const twice = withRows(changed, "Activities", (t) => [...t.values, t.values[1] ?? []]);
    expect(changes(twice)).toEqual([
      { table: "Activities", id: "A1", column: "budget", before: 800000, after: 950000 },
    ]);
    expect(protectedLines(twice, "en")).toEqual([
      "Protected cell changed, ignored: Activities A1 Budget: 800000 → 950000",
    ]);
  });

  it("compares with the master's first row of an ID when the master holds two", () => {
    const rows = masterRows();
    const a1 = (rows.Activities ?? [])[0] ?? [];
    const twice = masterPlan({
      ...rows,
      Activities: [...(rows.Activities ?? []), [...a1.slice(0, 6), 999000, ...a1.slice(7)]],
    });
    expect(changes(social(), twice)).toEqual([]);
  });
});

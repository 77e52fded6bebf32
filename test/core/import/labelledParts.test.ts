import { isPartsOnly, splitParts } from "../../../src/core/import/labelledParts";

const parts = (text: string) => {
  const r = splitParts(text);
  return { lead: r.lead, parts: r.parts.map((p) => [p.meaning, p.value]) };
};

describe("splitParts", () => {
  it("splits an activity line into its text and labelled parts in Swedish", () => {
    expect(parts("Årlig lönekartläggning. Ansvar: HR. Tid: löpande. Kostnad: 50 tkr.")).toEqual({
      lead: "Årlig lönekartläggning",
      parts: [
        ["responsible", "HR"],
        ["timeframe", "löpande"],
        ["budget", "50 tkr"],
      ],
    });
  });

  it("knows every label of the issue in both languages", () => {
    expect(
      parts(
        "X. Ansvarig: A. Tidsplan: 2019. När: VT 2019. Budget: 1 kr. Resurser: 2 tjänster. Indikator: andel. Målvärde: 50 %. Artikel: 11",
      ).parts.map(([m]) => m),
    ).toEqual([
      "responsible",
      "timeframe",
      "timeframe",
      "budget",
      "resources",
      "indicator",
      "target",
      "article",
    ]);
    expect(
      parts(
        "X. Responsible: A. Timeframe: 2019. Cost: SEK 1. Resources: staff. Indicator: share. Target: 50%. Article: 2",
      ).parts.map(([m]) => m),
    ).toEqual(["responsible", "timeframe", "budget", "resources", "indicator", "target", "article"]);
  });

  it("keeps abbreviations and dates whole and takes off the brackets around parts", () => {
    expect(parts("Utbilda chefer (Ansvar: HR-avdelningen, Tid: t.o.m. 2021)")).toEqual({
      lead: "Utbilda chefer",
      parts: [
        ["responsible", "HR-avdelningen"],
        ["timeframe", "t.o.m. 2021"],
      ],
    });
    expect(parts("Kartlägga lönerna m.m.").lead).toBe("Kartlägga lönerna m.m.");
  });

  it("does not take a word inside the text for a label", () => {
    expect(parts("Tidig upptäckt av våld i nära relationer")).toEqual({
      lead: "Tidig upptäckt av våld i nära relationer",
      parts: [],
    });
  });

  it("tells a line of parts only from an activity", () => {
    expect(isPartsOnly("Ansvar: HR. Tid: 2019.")).toBe(true);
    expect(isPartsOnly("Responsible: HR Department")).toBe(true);
    expect(isPartsOnly("Lönekartläggning. Ansvar: HR.")).toBe(false);
    expect(isPartsOnly("Sida 2 av 3")).toBe(false);
  });
});

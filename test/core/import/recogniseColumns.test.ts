import { headerMeaning, recogniseColumns } from "../../../src/core/import/recogniseColumns";

describe("headerMeaning", () => {
  it.each([
    ["Artikel", "article"],
    ["Art.", "article"],
    ["ARTICLE", "article"],
    ["Art nr", "article"],
    ["Mål", "goal"],
    ["Målsättning", "goal"],
    ["Goal", "goal"],
    ["Objective", "goal"],
    ["Aktivitet", "activity"],
    ["Åtgärd", "activity"],
    ["Aktiviteter/åtgärder", "activity"],
    ["Activity", "activity"],
    ["Measure", "activity"],
    ["Action", "activity"],
    ["Ansvarig", "responsible"],
    ["Ansvar", "responsible"],
    ["Responsible", "responsible"],
    ["Ansvarig förvaltning/enhet", "responsible"],
    ["Tidplan", "timeframe"],
    ["Tidsplan", "timeframe"],
    ["När?", "timeframe"],
    ["Timeframe", "timeframe"],
    ["Timescale", "timeframe"],
    ["Start", "start"],
    ["Slut", "end"],
    ["Klart", "end"],
    ["Deadline", "end"],
    ["Budget", "budget"],
    ["Budget (kr)", "budget"],
    ["Kostnad", "budget"],
    ["Resurser", "resources"],
    ["Resources", "resources"],
    ["Indikator", "indicator"],
    ["Indicator", "indicator"],
    ["Målvärde", "target"],
    ["Target", "target"],
    ["  målvärde 2020 ", "target"],
  ])("reads %p as %s", (header, meaning) => {
    expect(headerMeaning(header)).toBe(meaning);
  });

  it.each(["Mål-ID", "Nr", "Kommentar", "Tid för uppföljning", "Status", ""])(
    "gives %p no meaning",
    (header) => {
      expect(headerMeaning(header)).toBeNull();
    },
  );
});

describe("recogniseColumns", () => {
  it("takes headers from the first non-empty row and lists the ones it does not know", () => {
    const res = recogniseColumns({
      sheet: "Blad1",
      top: 2,
      left: 1,
      values: [
        [null, null],
        ["", "Mål", "Åtgärd", "Kommentar", "Åtgärder"],
      ],
    });
    expect(res.headerRow).toBe(1);
    expect(res.mapping).toEqual({ goal: 1, activity: 2 });
    // The second activity column is not silently merged with the first.
    expect(res.unrecognised.map((h) => [h.cell, h.text])).toEqual([
      ["E4", "Kommentar"],
      ["F4", "Åtgärder"],
    ]);
  });

  it("gives an empty range no header row", () => {
    expect(recogniseColumns({ sheet: "Blad1", top: 0, left: 0, values: [] }).headerRow).toBeNull();
  });
});

import type { RawRange } from "../../../src/core/cells/cells";
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
  it("takes headers from the first row with two recognised headers and lists the ones it does not know", () => {
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

const at = (values: unknown[][]) =>
  recogniseColumns({ sheet: "Blad1", top: 0, left: 0, values: values as RawRange["values"] });

describe("recogniseColumns: finding the header row", () => {
  it("passes over a logo's alt text, a title, notes and blank rows above the header", () => {
    const res = at([
      ["[Logotyp: Region Sydvik]"],
      ["Handlingsplan för jämställdhet 2018–2020"],
      ["Mål och aktiviteter"],
      ["Ansvarig: respektive förvaltning. Tidplan: se nedan."],
      [],
      ["Artikel", "Mål", "Aktivitet", "Ansvarig"],
      [2, "Jämn representation", "Kartläggning", "Kansliet"],
    ]);
    expect(res.headerRow).toBe(5);
    expect(res.headerRows).toEqual({ first: 5, last: 5 });
    expect(res.mapping).toEqual({ article: 0, goal: 1, activity: 2, responsible: 3 });
  });

  it("does not take a line of labelled parts or a numbered heading for headers", () => {
    const res = at([
      ["Mål 1:", "Jämn representation", "(artikel 2)"],
      ["• Kartläggning.", "Ansvar: HR", "Kostnad: 50 tkr"],
    ]);
    expect(res.headerRow).toBeNull();
  });

  it("reads a header split over two rows: merged cells and a group header over sub-headers", () => {
    // As a Word table arrives: "Artikel" … "Tidplan" merged over both rows, "Resurser"
    // merged over "Kostnad" and "Övrigt", "Uppföljning" over "Indikator" and "Målvärde".
    const res = at([
      ["Handlingsplan 2018–2020"],
      [],
      ["Artikel", "Mål", "Aktivitet", "Ansvarig", "Tidplan", "Resurser", null, "Uppföljning", null],
      [null, null, null, null, null, "Kostnad", "Övrigt", "Indikator", "Målvärde"],
      [
        "Artikel 2",
        "Jämn representation",
        "Kartläggning",
        "Kansliet",
        "VT 2019",
        "50 tkr",
        null,
        "Andel",
        50,
      ],
    ]);
    expect(res.headerRows).toEqual({ first: 2, last: 3 });
    expect(res.headerRow).toBe(3);
    expect(res.mapping).toEqual({
      article: 0,
      goal: 1,
      activity: 2,
      responsible: 3,
      timeframe: 4,
      budget: 5,
      resources: 6,
      indicator: 7,
      target: 8,
    });
    expect(res.headers.map((h) => [h.cell, h.text])).toContainEqual(["G4", "Resurser Övrigt"]);
  });

  it("reads a header whose words wrapped onto a second row", () => {
    const res = at([
      ["Mål", "Aktiviteter/", "Ansvarig", "Beräknad", "Tidplan"],
      [null, "åtgärder", "förvaltning", "kostnad", null],
      ["Jämställda löner", "Lönekartläggning", "HR", 50000, "2019"],
    ]);
    expect(res.headerRows).toEqual({ first: 0, last: 1 });
    expect(res.mapping).toEqual({ goal: 0, activity: 1, responsible: 2, budget: 3, timeframe: 4 });
  });

  it("takes a group header right above the header row into it", () => {
    const res = at([
      [null, null, null, "Tidplan", null],
      ["Mål", "Aktivitet", "Ansvarig", "Start", "Slut"],
      ["Jämställda löner", "Lönekartläggning", "HR", "2019-01-01", "2019-06-30"],
    ]);
    expect(res.headerRows).toEqual({ first: 0, last: 1 });
    expect(res.mapping).toEqual({ goal: 0, activity: 1, responsible: 2, start: 3, end: 4 });
  });

  it("never takes the first data row for a second header row", () => {
    const res = at([
      ["Mål", "Aktivitet", "Ansvarig", "Tidplan"],
      [null, "Lönekartläggning", "HR", "Löpande"],
      [null, "Budget", "Ekonomi", "Tid"],
    ]);
    expect(res.headerRows).toEqual({ first: 0, last: 0 });
  });
});

import { selectionText } from "../../src/taskpane/views/selectionText";

const note = { taken: "Blad1!B3:E14", selected: "A:D", how: "usedPart", areas: 1, hiddenRows: 0 } as const;

describe("what the Import view says it took of the selection", () => {
  it("names the cells taken and the selection they came from, in Swedish and English", () => {
    expect(selectionText(note, "sv")).toBe("Hämtat: Blad1!B3:E14 (av markeringen A:D).");
    expect(selectionText(note, "en")).toBe("Taken: Blad1!B3:E14 (of the selected A:D).");
  });

  it("says when a single cell stood for the whole list, which area of several was taken, and hidden rows", () => {
    expect(selectionText({ ...note, how: "oneCell", selected: "C7" }, "en")).toBe(
      "Taken: Blad1!B3:E14 (the sheet's whole list; a single cell was selected).",
    );
    expect(
      selectionText(
        { ...note, how: "largestArea", areas: 3, selected: "B3:C4, D3:E14, G1:G2", hiddenRows: 3 },
        "sv",
      ),
    ).toBe(
      "Hämtat: Blad1!B3:E14 (det största av 3 markerade områden: B3:C4, D3:E14, G1:G2). 3 av raderna är dolda (filter) och kommer med.",
    );
  });

  it("says one hidden row in the singular", () => {
    expect(selectionText({ ...note, hiddenRows: 1 }, "sv")).toBe(
      "Hämtat: Blad1!B3:E14 (av markeringen A:D). 1 av raderna är dold (filter) och kommer med.",
    );
    expect(selectionText({ ...note, hiddenRows: 1 }, "en")).toBe(
      "Taken: Blad1!B3:E14 (of the selected A:D). 1 of its rows is hidden (filtered) and is taken too.",
    );
  });
});

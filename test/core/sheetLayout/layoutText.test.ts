import { wrapsText } from "../../../src/core/sheetLayout/layoutText";

describe("text in a report sheet", () => {
  it("wraps in body, notes, labels and unstyled cells, and runs on in titles and headings", () => {
    for (const style of ["body", "note", "label", "header", "good", undefined] as const)
      expect(wrapsText(style)).toBe(true);
    for (const style of ["title", "subtitle", "heading"] as const) expect(wrapsText(style)).toBe(false);
  });
});

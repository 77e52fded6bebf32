/**
 * The check before the first write of appends into stacked tables (appendShifts.ts), on the
 * state a read leaves: Follow-up (A1:F4) with the user's wider table two rows below it
 * (A7:H9), as docs/real-excel.md "Stacked tables" describes. An insert below a table moves
 * what is below it in its columns (excel.tablerowcollection.yml); a table only some of those
 * columns run through cannot move (InsertDeleteConflict). Table.resize (ExcelApi 1.13) grows
 * a table without a total row over blank rows and moves nothing.
 */
import { blankRowsBelow, checkAppendShifts } from "../../../src/workbook/office/appendShifts";
import type { TableState, WorkbookState } from "../../../src/workbook/office/workbookState";

const followUp: TableState = {
  name: "FollowUp",
  sheet: "Uppföljning",
  area: { row: 0, col: 0, rows: 4, cols: 6 },
  showTotals: false,
  lastBlank: false,
  blankBelow: 2,
};
const mine: TableState = { name: "Mine", sheet: "Uppföljning", area: { row: 6, col: 0, rows: 3, cols: 8 } };

function state(...tables: TableState[]): WorkbookState {
  return { structureProtected: false, sheets: [], tables, names: [], markers: [] };
}

const refusal = (s: WorkbookState, rows: number, canResize: boolean) => {
  try {
    checkAppendShifts(s, [{ table: "FollowUp", rows }], canResize);
    return null;
  } catch (e) {
    return (e as { failure?: unknown }).failure;
  }
};

const REFUSED = {
  code: "excelRefused",
  reason: "InsertDeleteConflict",
  excelCode: "InsertDeleteConflict",
  table: "FollowUp",
  target: "Mine",
};

describe("appends held against the tables below before the first write", () => {
  it("refuses any insert below ExcelApi 1.13 when a wider table is below, naming both tables", () => {
    expect(refusal(state(followUp, mine), 1, false)).toEqual(REFUSED);
  });

  it("lets a table grow over the blank rows on 1.13, and refuses when it needs more rows than are blank", () => {
    expect(refusal(state(followUp, mine), 2, true)).toBeNull();
    expect(refusal(state(followUp, mine), 3, true)).toEqual(REFUSED);
  });

  it("refuses on 1.13 when the rows below hold the user's cells or the table shows a total row", () => {
    expect(refusal(state({ ...followUp, blankBelow: 0 }, mine), 1, true)).toEqual(REFUSED);
    expect(refusal(state({ ...followUp, showTotals: true }, mine), 1, true)).toEqual(REFUSED);
  });

  it("fills a blank last row first: one row inserts nothing", () => {
    expect(refusal(state({ ...followUp, lastBlank: true }, mine), 1, false)).toBeNull();
    expect(refusal(state({ ...followUp, lastBlank: true }, mine), 2, false)).toEqual(REFUSED);
  });

  it("lets a table below that lies within the columns, beside them or on another sheet move or stay", () => {
    const within = { ...mine, area: { row: 6, col: 1, rows: 3, cols: 4 } };
    const beside = { ...mine, area: { row: 6, col: 6, rows: 3, cols: 2 } };
    const elsewhere = { ...mine, sheet: "Blad1" };
    for (const other of [within, beside, elsewhere])
      expect(refusal(state(followUp, other), 5, false)).toBeNull();
  });
});

describe("the blank rows below a table, from its sheet's values", () => {
  const sheet = {
    sheet: "Uppföljning",
    top: 0,
    left: 0,
    values: [
      ["Period", "ID"],
      ["Delår", "A1"],
      [null, " "],
      [null, null, "beside"],
      ["x", null],
    ],
  };
  it("counts the rows blank in the table's columns, whitespace and cells beside them too", () => {
    expect(blankRowsBelow(sheet, { row: 0, col: 0, rows: 2, cols: 2 })).toBe(2);
  });
  it("is unbounded past the sheet's data", () => {
    expect(blankRowsBelow(sheet, { row: 0, col: 0, rows: 5, cols: 2 })).toBe(Number.POSITIVE_INFINITY);
  });
});

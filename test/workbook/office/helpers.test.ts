import { cellFormat, formatGrid, valueGrid, widthInPoints } from "../../../src/workbook/office/cellGrids";
import { styleAreas } from "../../../src/workbook/office/layoutStyles";
import {
  ExcelLimitError,
  estimateBytes,
  op,
  packBatches,
  rowBlockOps,
} from "../../../src/workbook/office/payload";
import { MARKER_SHEET, markersOf, productSheetsOf } from "../../../src/workbook/office/productMarker";
import { MARKER_SHEET as FILE_MARKER_SHEET } from "../../../src/workbook/xlsx";
import { validationSource } from "../../../src/workbook/office/tableSetup";

describe("cell grids", () => {
  it("formats text cells as text and numbers by their column", () => {
    expect(formatGrid([["=SUM(A1:A3)", 12, null]], ["General", "#,##0", "yyyy-mm-dd"])).toEqual([
      ["@", "#,##0", "yyyy-mm-dd"],
    ]);
    expect(cellFormat(2019, "@")).toBe("General");
    expect(valueGrid([["M1"], ["M2", 3, null, 4]], 3)).toEqual([
      ["M1", "", ""],
      ["M2", 3, ""],
    ]);
  });

  it("turns character widths into points", () => {
    expect(widthInPoints(10)).toBeCloseTo(56.25);
    expect(widthInPoints(50)).toBeGreaterThan(widthInPoints(14));
  });
});

describe("payload budgeting", () => {
  it("estimates UTF-8 bytes, so Swedish letters count twice", () => {
    expect(estimateBytes("Mål")).toBe(estimateBytes("Mal") + 1);
  });

  it("packs ops in order into batches under the budget", () => {
    const order: number[] = [];
    const ops = [3, 3, 3, 1].map((mb, i) => ({ bytes: mb * 1_000_000, queue: () => order.push(i) }));
    const batches = packBatches(ops, "FollowUp", 4_000_000);
    expect(batches.map((b) => b.length)).toEqual([1, 1, 2]);
    batches.flat().forEach((o) => o.queue());
    expect(order).toEqual([0, 1, 2, 3]);
  });

  it("refuses an op larger than a whole request", () => {
    expect(() => packBatches([op("x".repeat(100), () => undefined)], "Goals", 50)).toThrow(ExcelLimitError);
  });

  it("splits rows into blocks of at most 5,000 rows and about a megabyte", () => {
    const blocks: [number, number][] = [];
    rowBlockOps(
      12_000,
      () => 10,
      (s, n) => blocks.push([s, n]),
    ).forEach((o) => o.queue());
    expect(blocks).toEqual([
      [0, 5_000],
      [5_000, 5_000],
      [10_000, 2_000],
    ]);
    const big: number[] = [];
    rowBlockOps(
      10,
      () => 400_000,
      (_s, n) => big.push(n),
    ).forEach((o) => o.queue());
    expect(big).toEqual([2, 2, 2, 2, 2]);
  });
});

describe("the product marker", () => {
  it("is the same sheet the file adapter writes", () => {
    expect(MARKER_SHEET).toBe(FILE_MARKER_SHEET);
  });

  it("reads the listed sheets below the header and keeps only those that exist", () => {
    const markers = markersOf(
      [
        ["Sheet", "Marker"],
        ["Sammanfattning Helår 2019", "summary:Helår 2019"],
        ["", "tom rad"],
        ["Borttagen", "summary:Delår 2018"],
      ],
      0,
    );
    expect(markers.map((m) => [m.sheet, m.row])).toEqual([
      ["Sammanfattning Helår 2019", 1],
      ["Borttagen", 3],
    ]);
    const state = {
      structureProtected: false,
      sheets: [
        { name: "Mål", hasData: true, usedRight: 9, protected: false },
        { name: "sammanfattning helår 2019", hasData: true, usedRight: 4, protected: false },
        { name: "_cemr", hasData: true, usedRight: 2, protected: false },
      ],
      tables: [],
      names: [],
      markers,
    };
    expect(productSheetsOf(state)).toEqual(["sammanfattning helår 2019"]);
  });
});

describe("report styles", () => {
  it("joins a styled column into one area and leaves body cells alone", () => {
    const cells = Array.from({ length: 4 }, () => [
      { v: "A1.1", s: "label" as const },
      { v: "Försenad", s: "bad" as const },
      { v: "x", s: "body" as const },
    ]);
    expect(styleAreas(cells, 10, 2)).toEqual([
      { row: 10, col: 2, rows: 4, cols: 1, style: "label" },
      { row: 10, col: 3, rows: 4, cols: 1, style: "bad" },
    ]);
  });
});

describe("validation sources", () => {
  it("names the lists sheet for choices and the other table's column for IDs", () => {
    expect(validationSource({ kind: "choice", list: "status" }, "en")).toBe("=CEMR_Status");
    expect(validationSource({ kind: "column", table: "Goals", column: "id" }, "en")).toBe(
      '=INDIRECT("Goals[[Goal ID]]")',
    );
  });
});

import { MAX_ROW_HEIGHT } from "../../../src/core/sheetLayout/sheetLayout.types";
import { sheetWriter, text } from "../../../src/core/summary/layout/sheetWriter";
import type { LayoutBlock, LayoutCell, SheetLayout } from "../../../src/core/sheetLayout/sheetLayout.types";
import { summarise } from "../../../src/core/summary/summarise";
import { summaryLayout, summaryMarker, summarySheetName } from "../../../src/core/summary/summaryLayout";
import { summaryParagraphs } from "../../../src/core/summary/summaryText";
import type { Summary } from "../../../src/core/summary/summary.types";
import { buildPlan } from "../fixtures/summaryPlanBuilder";
import { samplePlan } from "./samplePlan";

function summaryOf(periodName: string, plan = samplePlan()): Summary {
  const s = summarise(plan, periodName, []);
  if (s === null) throw new Error(`no period ${periodName}`);
  return s;
}

/** The written rows one by one, each as a one-row block (the layout joins adjacent rows). */
function rowsOf(layout: SheetLayout): LayoutBlock[] {
  return layout.blocks.flatMap((b) =>
    b.cells.map((cells, r) => ({ row: b.row + r, col: b.col, cells: [cells] })),
  );
}

/** Every written cell by "row,col" (blocks only). */
function cells(layout: SheetLayout): Map<string, LayoutCell> {
  const map = new Map<string, LayoutCell>();
  for (const b of layout.blocks) {
    b.cells.forEach((row, r) => row.forEach((c, i) => map.set(`${b.row + r},${b.col + i}`, c)));
  }
  return map;
}

/** The cells of the first row whose column A holds `label`. */
function rowOf(layout: SheetLayout, label: string): LayoutCell[] {
  const found = rowsOf(layout).find((b) => b.cells[0]?.[0]?.v === label);
  if (!found) throw new Error(`no row ${label}`);
  return [...(found.cells[0] ?? [])];
}

const helar = (): SheetLayout => summaryLayout(summaryOf("Helår 2019"), "sv", "2020-02-15");

describe("summarySheetName", () => {
  it("names annual and ordinary interim sheets by the cut-off year in both languages", () => {
    const annual = summaryOf("Helår 2019");
    const interim = summaryOf("Delår 2019");
    expect([summarySheetName(annual, "sv"), summarySheetName(annual, "en")]).toEqual([
      "Årsbokslut 2019",
      "Annual report 2019",
    ]);
    expect([summarySheetName(interim, "sv"), summarySheetName(interim, "en")]).toEqual([
      "Delår 2019",
      "Interim report 2019",
    ]);
  });

  it("names an extra interim period by its own name, shortened and without forbidden characters", () => {
    const plan = buildPlan({
      periods: [
        { period: "Tertial 1 2019", type: "interim", cutoff: "2019-04-30" },
        { period: "Uppföljning jan/apr [kvartal] 2019 – nämnderna", type: "interim", cutoff: "2019-04-30" },
      ],
    });
    expect(summarySheetName(summaryOf("Tertial 1 2019", plan), "sv")).toBe("Tertial 1 2019");
    const long = summarySheetName(summaryOf("Uppföljning jan/apr [kvartal] 2019 – nämnderna", plan), "sv");
    expect(long.length).toBeLessThanOrEqual(31);
    expect(long).not.toMatch(/[[\]:*?/\\]/);
    expect(long.startsWith("Uppföljning jan-apr")).toBe(true);
  });

  it("marks the sheet with the period it summarises", () => {
    expect(helar().marker).toBe(summaryMarker(summaryOf("Helår 2019")));
    expect(helar().marker).toContain("Helår 2019");
    expect(helar().name).toBe("Årsbokslut 2019");
  });
});

describe("summaryLayout", () => {
  it("puts the title in row 1, merged across the used width, and repeats it when printed", () => {
    const layout = helar();
    const width = layout.columnWidths.length;
    expect(cells(layout).get("0,0")).toMatchObject({ s: "title" });
    expect(String(cells(layout).get("0,0")?.v)).toContain("Helår 2019");
    expect(layout.merges).toContainEqual({ row: 0, col: 0, rows: 1, cols: width });
    expect(layout.print).toMatchObject({
      paper: "A4",
      orientation: "landscape",
      fitToWidth: true,
      titleRows: { first: 0, last: 1 },
    });
  });

  it("gives rows of long wrapping text the height of their lines", () => {
    const layout = helar();
    const heights = new Map((layout.rowHeights ?? []).map((h) => [h.row, h.points]));
    const width = layout.columnWidths.reduce((a, b) => a + b, 0);
    const notes = rowsOf(layout).filter((b) => b.cells[0]?.[0]?.s === "note");
    const long = notes.filter((b) => String(b.cells[0]?.[0]?.v).length > width * 1.1);
    expect(long.length).toBeGreaterThan(0);
    for (const block of long) {
      const chars = String(block.cells[0]?.[0]?.v).length;
      // At least one 15-point line per started line of the merged width.
      expect(heights.get(block.row)).toBeGreaterThanOrEqual(15 * Math.ceil(chars / (width * 1.1)));
    }
    for (const block of rowsOf(layout)) {
      const goalText = block.cells[0]?.[1];
      if (goalText?.s === "body" && String(goalText.v).length > 2 * (layout.columnWidths[1] ?? 0)) {
        expect(heights.get(block.row)).toBeGreaterThanOrEqual(30);
      }
    }
  });

  it("writes the cut-off and the date made as Excel serials formatted as dates", () => {
    const layout = helar();
    expect(rowOf(layout, "Brytdatum")[1]).toEqual({ v: 43830, f: "date" }); // 2019-12-31
    expect(rowOf(layout, "Framtagen")[1]).toEqual({ v: 43876, f: "date" }); // 2020-02-15
    expect(rowOf(layout, "Organisation")[1]?.v).toBe("Sundsvalls kommun");
  });

  it("shows statuses and assessments in words with a colour style", () => {
    const layout = helar();
    const a2 = rowOf(layout, "A2");
    expect(a2[2]).toEqual({ v: "Försenad", s: "bad" });
    expect(rowOf(layout, "M3")[7]).toEqual({ v: "Uppfyllt (manuell)", s: "good" });
    expect(rowOf(layout, "M1")[7]).toEqual({ v: "Delvis uppfyllt", s: "warn" });
    expect(rowOf(layout, "Ej rapporterad")[1]).toEqual({ v: 1, f: "integer" });
  });

  it("keeps a comment beginning with = as the same text, marked as text", () => {
    const comment = rowOf(helar(), "A2")[7];
    expect(comment).toEqual({ v: "=Konsult dyrare än väntat", f: "text", s: "body" });
  });

  it("gives goals women, men, total and gap in numbers", () => {
    const m2 = rowOf(helar(), "M2");
    expect(m2.slice(2, 7).map((c) => c.v)).toEqual([32, 33.5, 32.8, 1.5, 2]);
  });

  it("writes one block per article, marking articles that are not prioritised", () => {
    const headings = [...cells(helar()).values()]
      .map((c) => String(c.v))
      .filter((v) => /^Artikel \d+/.test(v));
    expect(headings.map((h) => Number(/^Artikel (\d+)/.exec(h)?.[1]))).toEqual([2, 11, 14, 22]);
    expect(headings[3]).toContain("(ej prioriterad)");
    expect(headings[0]).not.toContain("(ej prioriterad)");
  });

  it("lists the activity of a goal with two articles under each article", () => {
    const a2Rows = rowsOf(helar()).filter(
      (b) => b.cells[0]?.[0]?.v === "A2" && b.cells[0]?.[2]?.v === "Försenad",
    );
    expect(a2Rows).toHaveLength(2);
  });

  it("writes each text paragraph in a merged note row", () => {
    const layout = helar();
    const paragraphs = summaryParagraphs(summaryOf("Helår 2019"), "sv");
    for (const p of paragraphs) {
      const block = rowsOf(layout).find((b) => b.cells[0]?.[0]?.v === p);
      expect(block?.cells[0]?.[0]?.s).toBe("note");
      expect(layout.merges).toContainEqual({ row: block?.row, col: 0, rows: 1, cols: 8 });
    }
  });

  it("draws the three charts from well-formed tables that hold their data", () => {
    const layout = helar();
    expect(layout.charts.map((c) => c.type)).toEqual(["columnStacked", "columnClustered", "barClustered"]);
    for (const chart of layout.charts) {
      const table = layout.tables.find((t) => t.row === chart.data.row && t.col === chart.data.col);
      expect(table).toBeDefined();
      expect(chart.data.rows).toBe((table?.rows.length ?? 0) + 1);
      expect(chart.data.cols).toBe(table?.header.length);
      expect(chart.seriesBy).toBe("columns");
      // The chart first, then after an empty row the table it is drawn from.
      expect(chart.data.row).toBe(chart.anchor.row + chart.anchor.rows + 1);
    }
    const names = layout.tables.map((t) => t.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toContain("CEMR_Status_Helar2019");
    for (const t of layout.tables) {
      expect(t.name).toMatch(/^[A-Za-z][A-Za-z0-9_]*$/);
      expect(new Set(t.header).size).toBe(t.header.length);
      for (const r of t.rows) expect(r).toHaveLength(t.header.length);
    }
  });

  it("puts budget and outcome per article in the budget chart's table", () => {
    const table = helar().tables.find((t) => t.name === "CEMR_Budget_Helar2019");
    expect(table?.rows.map((r) => r.map((c) => c.v))).toEqual([
      ["Art. 2", 180000, 90000],
      ["Art. 11", 200000, 120000],
      ["Art. 14", 200000, 130000],
      ["Art. 22", 50000, 0],
    ]);
  });

  it("puts women and men per goal in the third chart's table", () => {
    const table = helar().tables.find((t) => t.name === "CEMR_WomenMen_Helar2019");
    expect(table?.header).toEqual(["Mål", "Kvinnor", "Män"]);
    expect(table?.rows.map((r) => r.map((c) => c.v))).toEqual([
      ["M1", 4, 6],
      ["M2", 32, 33.5],
      ["M3", 97, 93],
      ["M5", 45, 55],
    ]);
  });

  it("begins a page with the charts' heading and with each later chart, so that none is cut in two", () => {
    const layout = helar();
    const [first, ...others] = layout.charts;
    const heading = rowOf(layout, "Diagram");
    expect(heading).toHaveLength(1);
    const headingRow = rowsOf(layout).find((b) => b.cells[0]?.[0]?.v === "Diagram")?.row;
    expect(layout.print.pageBreaks).toEqual([headingRow, ...others.map((c) => c.anchor.row)]);
    expect(first?.anchor.row).toBe((headingRow ?? 0) + 1);
  });

  it("never writes two things into the same cell", () => {
    const layout = helar();
    const used = new Set<string>();
    const claim = (r: number, c: number): void => {
      const key = `${r},${c}`;
      expect(used.has(key)).toBe(false);
      used.add(key);
    };
    for (const b of rowsOf(layout))
      b.cells.forEach((row, r) => row.forEach((_, c) => claim(b.row + r, b.col + c)));
    for (const t of layout.tables)
      [t.header, ...t.rows].forEach((row, r) => row.forEach((_, c) => claim(t.row + r, t.col + c)));
    for (const ch of layout.charts) {
      for (let r = ch.anchor.row; r < ch.anchor.row + ch.anchor.rows; r++)
        expect(used.has(`${r},0`)).toBe(false);
    }
  });

  it("adds the change since the previous year to an annual sheet only", () => {
    expect(rowOf(helar(), "Genomförda aktiviteter").map((c) => c.v)).toEqual([
      "Genomförda aktiviteter",
      0,
      1,
      1,
    ]);
    const interim = summaryLayout(summaryOf("Delår 2019"), "sv", "2019-09-20");
    expect(rowsOf(interim).some((b) => b.cells[0]?.[0]?.v === "Genomförda aktiviteter")).toBe(false);
  });

  it("writes English labels for an English sheet", () => {
    const layout = summaryLayout(summaryOf("Helår 2019"), "en", "2020-02-15");
    expect(rowOf(layout, "Cut-off")[1]).toEqual({ v: 43830, f: "date" });
    expect(rowOf(layout, "A2")[2]).toEqual({ v: "Delayed", s: "bad" });
    expect(layout.tables.find((t) => t.name === "CEMR_WomenMen_Helar2019")?.header).toEqual([
      "Goal",
      "Women",
      "Men",
    ]);
  });
});

describe("row heights of the report's text", () => {
  it("never ask Excel for a row over 409 points, however long the paragraph", () => {
    const w = sheetWriter([30, 14, 14, 14, 14, 14]);
    w.merged(text("Aktiviteterna har genomförts enligt plan. ".repeat(400), "note"));
    w.merged(text("Kort stycke om uppföljningen över två rader i rapporten.", "note"));
    const heights = w.rowHeights();
    expect(heights[0]?.points).toBe(MAX_ROW_HEIGHT);
    expect(heights.every((h) => h.points <= MAX_ROW_HEIGHT)).toBe(true);
  });
});

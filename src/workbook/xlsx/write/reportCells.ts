/**
 * A report sheet's cells written into its part: each with the core's number format
 * and look, and the values the charts draw kept (with their formats) for the
 * charts' caches.
 */
import type { LayoutCell, SheetLayout } from "../../../core/sheetLayout";
import { cellFormatCode, numberFormatCode, tableHeaderLook } from "../../../core/style";
import { fileValue, lookStyle, reportCellStyle } from "./cellStyles";
import type { ChartCell } from "./chartXml";
import type { SheetEdit } from "./sheetEdit";
import type { StyleBook } from "./styleBook";

/** Writes cells of a report sheet and remembers the ones its charts draw. */
export class ReportCells {
  /** The values charts draw, by "row,col", with their formats (for the charts' caches). */
  readonly chartCells = new Map<string, ChartCell>();
  /**
   * A report has tens of thousands of cells and a few dozen formats: each format is
   * looked up once, by number format and then look (no key made per cell).
   */
  private readonly formats = new Map<string, Map<string, number>>();
  private readonly chartData: SheetLayout["charts"][number]["data"][];

  constructor(
    private readonly edit: SheetEdit,
    private readonly styles: StyleBook,
    private readonly date1904: boolean,
    layout: SheetLayout,
  ) {
    this.chartData = layout.charts.map((c) => c.data);
  }

  /** A layout cell at (row, col), 0-based. */
  put(row: number, col: number, c: LayoutCell): void {
    const code = c.f ? numberFormatCode(c.f) : "General";
    const numFmt = cellFormatCode(c.v, code);
    let looks = this.formats.get(numFmt);
    if (!looks) {
      looks = new Map();
      this.formats.set(numFmt, looks);
    }
    let style = looks.get(c.s ?? "");
    if (style === undefined) {
      style = reportCellStyle(this.styles, c.v, code, c.s);
      looks.set(c.s ?? "", style);
    }
    // Straight into the sheet's queue: no list of tens of thousands of cells held on the way.
    this.edit.writeCell(row, col, fileValue(c.v, numFmt, this.date1904), style);
    if (this.charted(row, col)) this.chartCells.set(`${row},${col}`, { v: c.v, format: numFmt });
  }

  /**
   * A table's header cell over `column` (its body's values): the table style's look,
   * no cell look of its own, but a header over numbers aligns right, as they do.
   */
  putHeader(row: number, col: number, header: string, column: readonly (LayoutCell | undefined)[]): void {
    const look = tableHeaderLook(column);
    if (!look.align) return this.put(row, col, { v: header });
    const numFmt = cellFormatCode(header, "General");
    this.edit.writeCell(row, col, header, lookStyle(this.styles, numFmt, look, { wrap: true, top: true }));
    if (this.charted(row, col)) this.chartCells.set(`${row},${col}`, { v: header, format: numFmt });
  }

  private charted(row: number, col: number): boolean {
    for (const d of this.chartData)
      if (row >= d.row && row < d.row + d.rows && col >= d.col && col < d.col + d.cols) return true;
    return false;
  }
}

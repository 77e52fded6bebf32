/**
 * How the report styles look in a file: a bold title, headings, and fills for
 * good / warn / bad / neutral that colour a cell whose word stays in it, so the
 * meaning never rests on colour alone.
 */
import type ExcelJS from "exceljs";
import type { LayoutStyle } from "../../core/sheetLayout.types";

/** ARGB of a "#RRGGBB" colour. */
export function argb(hex: string): string {
  return `FF${hex.replace(/^#/, "").toUpperCase()}`;
}

function fill(hex: string): ExcelJS.Fill {
  return { type: "pattern", pattern: "solid", fgColor: { argb: argb(hex) } };
}

const THIN: ExcelJS.Border = { style: "thin", color: { argb: "FF808080" } };

type CellLook = {
  font?: Partial<ExcelJS.Font>;
  fill?: ExcelJS.Fill;
  border?: Partial<ExcelJS.Borders>;
};

const LOOKS: Readonly<Record<LayoutStyle, CellLook>> = {
  title: { font: { bold: true, size: 16 } },
  subtitle: { font: { bold: true, size: 12, color: { argb: "FF404040" } } },
  heading: { font: { bold: true, size: 13 }, border: { bottom: THIN } },
  label: { font: { bold: true } },
  header: { font: { bold: true }, fill: fill("#D9E1F2"), border: { bottom: THIN } },
  body: {},
  total: { font: { bold: true }, border: { top: THIN } },
  note: { font: { italic: true, color: { argb: "FF595959" } } },
  good: { fill: fill("#C6EFCE"), font: { color: { argb: "FF006100" } } },
  warn: { fill: fill("#FFEB9C"), font: { color: { argb: "FF9C5700" } } },
  bad: { fill: fill("#FFC7CE"), font: { color: { argb: "FF9C0006" } } },
  neutral: { fill: fill("#EDEDED"), font: { color: { argb: "FF404040" } } },
};

/** Gives a cell the look of a layout style. */
export function applyLayoutStyle(cell: ExcelJS.Cell, style: LayoutStyle): void {
  const look = LOOKS[style];
  if (look.font) cell.font = look.font;
  if (look.fill) cell.fill = look.fill;
  if (look.border) cell.border = look.border;
}

/** The fake Excel's workbook as a RenderedWorkbook (see test/app/renderedWorkbook.ts). */
import { nameFormula } from "../../fakes/fakeNames";
import type { FakeExcel } from "../../fakes/fakeExcel";
import type { Area, SheetModel } from "../../fakes/fakeModel";
import {
  areaRef,
  plainRef,
  renderedSheet,
  type RenderedSheet,
  type RenderedWorkbook,
} from "../../app/renderedWorkbook";

const VISIBILITY = { Visible: "visible", Hidden: "hidden", VeryHidden: "veryHidden" } as const;
const CHART_TYPES: Readonly<Record<string, string>> = {
  ColumnClustered: "columnClustered",
  ColumnStacked: "columnStacked",
  BarClustered: "barClustered",
  BarStacked: "barStacked",
};

const ref = (a: Area): string => areaRef(a.row, a.col, a.rows, a.cols);

/** A width in points back in characters (the inverse of the core's widthInPoints). */
const characters = (points: number): number => Math.round(((points / 0.75 - 5) / 7) * 100) / 100;

function renderSheet(s: SheetModel): RenderedSheet {
  const out = renderedSheet(s.name);
  out.visibility = VISIBILITY[s.visibility];
  const keys = new Set([...s.cells.keys(), ...s.wrapped, ...s.topAligned, ...s.rightAligned]);
  for (const key of keys) {
    const [r = 0, c = 0] = key.split(",").map(Number);
    const cell = s.cell(r, c);
    out.cells.set(key, {
      v: cell.formula ?? (cell.value === "" ? null : cell.value),
      fmt: cell.numberFormat,
      ...(cell.font ?? {}),
      ...(cell.fill !== undefined ? { fill: cell.fill } : {}),
      ...(s.wrapped.has(key) ? { wrap: true } : {}),
      ...(s.topAligned.has(key) ? { top: true } : {}),
      ...(s.rightAligned.has(key) ? { right: true } : {}),
    });
  }
  for (const [c, points] of s.columnWidths) out.widths.set(c, characters(points));
  for (const [r, points] of s.rowHeights) out.heights.set(r, points);
  out.frozenRows = s.frozenRows;
  out.merges = s.merges.map(ref);
  out.validations = s.validations.map((v) => ({
    ref: ref(v.area),
    formula: String(v.rule.list?.source ?? "").replace(/^=/, ""),
    alert:
      v.errorAlert?.style === "Warning"
        ? "warning"
        : v.errorAlert?.style === "Information"
          ? "information"
          : "stop",
    title: v.errorAlert?.title ?? "",
    message: v.errorAlert?.message ?? "",
  }));
  out.colours = s.conditionalFormats.map((f) => ({
    ref: ref(f.area),
    formula: f.formula.replace(/^=/, ""),
    fill: f.fill,
    font: f.fontColor,
  }));
  out.charts = s.charts.map((c) => {
    const start = c.position?.start ?? "";
    const end = c.position?.end ?? "";
    return {
      type: CHART_TYPES[c.type] ?? c.type,
      title: c.title,
      data: ref(c.source),
      seriesBy: (c.seriesBy ?? "Auto").toLowerCase(),
      anchor: start === end ? start : `${start}:${end}`,
      fills: Array.from(
        { length: (c.seriesBy === "Rows" ? c.source.rows : c.source.cols) - 1 },
        (_, i) => c.fills[i] ?? null,
      ),
    };
  });
  const page = s.pageLayout;
  const changed = page.zoom !== null || page.printTitleRows !== null || page.paperSize !== "Letter";
  out.print = changed
    ? {
        orientation: page.orientation.toLowerCase(),
        paper: page.paperSize,
        fitToWidth: page.zoom?.horizontalFitToPages ?? 0,
        fitToHeight: page.zoom?.verticalFitToPages ?? 0,
        titleRows: page.printTitleRows ? plainRef(page.printTitleRows) : null,
        pageBreaks: page.pageBreaks.map((r) => r + 1).sort((a, b) => a - b),
      }
    : null;
  out.protection = s.protection ? { unlocked: new Set(s.unlocked) } : null;
  return out;
}

/** Everything the fake workbook holds, as rendered. */
export function renderFake(fake: FakeExcel): RenderedWorkbook {
  const sheets = fake.model.sheets.filter((s) => !s.deleted);
  return {
    sheets: sheets.map(renderSheet),
    tables: fake.model.tables.map((t) => ({
      name: t.name,
      sheet: t.sheet.name,
      ref: ref(t.area),
      style: t.style,
    })),
    names: new Map(fake.model.names.map((n) => [n.name, plainRef(nameFormula(n))])),
  };
}

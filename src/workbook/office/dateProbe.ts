/**
 * The workbook's date system, told inside the read's own sync (docs/real-excel.md, "The
 * 1904 date system in Excel"). Two witnesses: a date cell's displayed text against its value
 * (the first body row of each plan table), and the serial Excel's DATE function gives for a
 * known day (Workbook.functions, ExcelApi 1.2), which counts in the workbook's own system and
 * so tells an empty workbook too. Either saying 1904 refuses the workbook: the core's dates are
 * 1900 serials, so every date read or written would be 1,462 days off.
 */
import type { CellValue } from "../../core/cells";
import { dateSystemOf, dateSystemOfSerial, PROBE_DAY } from "../../core/read";
import { ExcelLimitError } from "./payload";

export type DateProbe = {
  readonly rows: readonly Excel.Range[];
  readonly excelDate: Excel.FunctionResult<number>;
};

/** Queues the witnesses: `rows` (loaded with values and text by the caller) and DATE of the probe day. */
export function queueDateProbe(context: Excel.RequestContext, rows: readonly Excel.Range[]): DateProbe {
  const { year, month, day } = PROBE_DAY;
  return { rows, excelDate: context.workbook.functions.date(year, month, day).load("value") };
}

/** The system the witnesses tell: 1904 when either says so, else 1900 or null (nothing told). */
export function dateSystemOfProbe(probe: DateProbe): "1900" | "1904" | null {
  const cells = probe.rows.flatMap((r) =>
    (r.values[0] ?? []).map((value, i) => ({
      value: value as CellValue,
      text: String(r.text[0]?.[i] ?? ""),
    })),
  );
  const byCell = dateSystemOf(cells);
  const byExcel = dateSystemOfSerial(PROBE_DAY.iso, probe.excelDate.value);
  if (byCell === "1904" || byExcel === "1904") return "1904";
  return byCell ?? byExcel;
}

/** Refuses (date1904) a workbook that counts dates from 1904. */
export function checkDateSystem(probe: DateProbe): void {
  if (dateSystemOfProbe(probe) === "1904")
    throw new ExcelLimitError("date1904", "", "the workbook counts dates from 1904");
}

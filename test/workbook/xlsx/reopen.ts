/** Test helper: saves a workbook and reopens it in exceljs, as another program would see it. */
import type ExcelJS from "exceljs";
import { saveXlsx, type XlsxWorkbook } from "../../../src/workbook/xlsx";
import { loadWithExcelJs } from "./excelJsFiles";

/** The workbook as another program sees it after saving: an exceljs load of the bytes. */
export async function reopen(wb: XlsxWorkbook): Promise<ExcelJS.Workbook> {
  return loadWithExcelJs(await saveXlsx(wb));
}

/** The worksheet of that name, failing the test when it is missing. */
export function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

/** The table's model (name and range) as exceljs loaded it. */
export function tableRefs(ws: ExcelJS.Worksheet): { name: string; ref: string }[] {
  return ws.getTables().map((t) => {
    const model = (t as unknown as { table: { name: string; tableRef: string } }).table;
    return { name: model.name, ref: model.tableRef };
  });
}

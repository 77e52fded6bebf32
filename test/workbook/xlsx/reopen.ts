/** Test helper: saves a workbook and reopens it with a fresh exceljs workbook. */
import ExcelJS from "exceljs";
import { saveXlsx, type AnyXlsxWorkbook } from "../../../src/workbook/xlsx";

/** The workbook as another program would see it after saving: a new exceljs load of the bytes. */
export async function reopen(wb: AnyXlsxWorkbook): Promise<ExcelJS.Workbook> {
  const bytes = await saveXlsx(wb);
  const fresh = new ExcelJS.Workbook();
  await fresh.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return fresh;
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

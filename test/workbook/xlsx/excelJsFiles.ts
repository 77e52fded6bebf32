/**
 * Test helper: exceljs as "another program". Tests build input workbooks with it
 * (a file someone else wrote), open our output with it (another reader must load
 * what we write), and type into our files with it (a unit filling in a hand-out).
 * exceljs is a development dependency only; the product never loads it.
 */
import ExcelJS from "exceljs";

/** The bytes of a workbook exceljs builds. */
export async function excelJsBytes(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** A file's bytes loaded into exceljs. */
export async function loadWithExcelJs(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb;
}

/** A file's bytes changed in exceljs as a person would change them in a spreadsheet program. */
export async function editWithExcelJs(
  bytes: Uint8Array,
  edit: (wb: ExcelJS.Workbook) => void,
): Promise<Uint8Array> {
  const wb = await loadWithExcelJs(bytes);
  edit(wb);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

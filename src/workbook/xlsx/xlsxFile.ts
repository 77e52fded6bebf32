/**
 * Opening and saving .xlsx files in memory: bytes in, bytes out, so the same code
 * runs in Node (the command line), in a browser page and in a Web Worker. File
 * access lives in src/cli. Opening reads the whole workbook with our own package
 * reader (no exceljs); saving an opened file copies every untouched part as it was.
 */
import ExcelJS from "exceljs";
import type { CellValue } from "../../core/cells";
import { cellValue as legacyCellValue } from "./cellValues";
import type { PackageRead, ReadProgress } from "./read/readPackage";
import { openWorkbookPackage, readWorkbookPackage } from "./readXlsx";
import { XlsxWorkbook } from "./xlsxWorkbook";

export { XlsxWorkbook };

/** TRANSITION: a new workbook is still an exceljs workbook until the new writer makes them. */
export type NewXlsxWorkbook = ExcelJS.Workbook;

/** Either kind of workbook the adapter works on. */
export type AnyXlsxWorkbook = XlsxWorkbook | NewXlsxWorkbook;

function toBytes(data: Uint8Array | ArrayBuffer): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}

export type OpenOptions = {
  /** Called while the sheets are read: bytes of XML so far, of about `total`. */
  readonly onProgress?: ReadProgress;
  /** The result of readXlsxBytes on these same bytes, done elsewhere (a Web Worker). */
  readonly read?: PackageRead;
};

/**
 * Opens an .xlsx or .xlsm file's bytes (not copied: do not change them
 * afterwards) and reads every sheet; throws WorkbookFileError with a reason
 * when it cannot.
 */
export async function openXlsx(
  data: Uint8Array | ArrayBuffer,
  options: OpenOptions = {},
): Promise<XlsxWorkbook> {
  const { pkg, workbookPart } = openWorkbookPackage(toBytes(data));
  const read =
    options.read ??
    readWorkbookPackage(pkg, workbookPart, options.onProgress ? { onProgress: options.onProgress } : {});
  return new XlsxWorkbook(pkg, workbookPart, read);
}

/** A new, empty workbook. */
export function newXlsx(): NewXlsxWorkbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "CEMR Uppföljning";
  return wb;
}

/** The workbook as .xlsx bytes. */
export async function saveXlsx(wb: AnyXlsxWorkbook): Promise<Uint8Array> {
  const book = wb instanceof XlsxWorkbook ? wb.legacyWorkbook : wb;
  if (!book && wb instanceof XlsxWorkbook) return wb.package.save();
  const buffer = await (book as ExcelJS.Workbook).xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

/** TRANSITION: the exceljs workbook behind either kind, loading it if needed (tests type into hand-outs with it). */
export async function legacyWorkbook(wb: AnyXlsxWorkbook): Promise<ExcelJS.Workbook> {
  return wb instanceof XlsxWorkbook ? wb.legacy() : wb;
}

/** A cell's value as the workbook holds it now ("B7" on a sheet), or null. */
export function xlsxCellValue(wb: AnyXlsxWorkbook, sheet: string, cell: string): CellValue {
  const book = wb instanceof XlsxWorkbook ? wb.legacyWorkbook : wb;
  if (book) {
    const ws = book.worksheets.find((w) => w.name.toLowerCase() === sheet.toLowerCase());
    return ws ? legacyCellValue(ws.getCell(cell)) : null;
  }
  return (wb as XlsxWorkbook).cellValue(sheet, cell);
}

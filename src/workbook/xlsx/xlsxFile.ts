/**
 * Opening and saving .xlsx files in memory: bytes in, bytes out, so the same code
 * runs in Node (the command line), in a browser page and in a Web Worker. File
 * access lives in src/cli. Opening reads the whole workbook with our own package
 * reader; saving copies every part no action changed as it was (see write/).
 */
import type { CellValue } from "../../core/cells";
import type { PackageRead, ReadProgress } from "./read";
import { openWorkbookPackage, readWorkbookPackage } from "./readXlsx";
import { newWorkbookPackage } from "./write";
import { XlsxWorkbook } from "./xlsxWorkbook";

export { XlsxWorkbook };

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

/** A new, empty workbook (its first action adds the sheets). */
export function newXlsx(): XlsxWorkbook {
  return new XlsxWorkbook(newWorkbookPackage(), "xl/workbook.xml", null);
}

/** The workbook as .xlsx bytes; a workbook that no action gave a sheet gets one empty sheet. */
export async function saveXlsx(wb: XlsxWorkbook): Promise<Uint8Array> {
  if (!wb.hasSheets()) wb.write((w) => w.addSheet("Blad1"));
  return wb.package.save();
}

/** A cell's value as the workbook holds it now ("B7" on a sheet), or null. */
export function xlsxCellValue(wb: XlsxWorkbook, sheet: string, cell: string): CellValue {
  return wb.cellValue(sheet, cell);
}

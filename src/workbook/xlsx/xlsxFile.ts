/**
 * Opening and saving .xlsx files in memory: bytes in, bytes out, so the same code
 * runs in Node (the command line) and in a browser page. File access lives in src/cli.
 */
import ExcelJS from "exceljs";
import { WorkbookFileError, sniffWorkbookBytes } from "./fileErrors";
import { repairLoadedTables } from "./tableModel";

export type XlsxWorkbook = ExcelJS.Workbook;

function toBytes(data: Uint8Array | ArrayBuffer): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}

/** Opens an .xlsx file's bytes; throws WorkbookFileError with a reason when it cannot. */
export async function openXlsx(data: Uint8Array | ArrayBuffer): Promise<XlsxWorkbook> {
  const bytes = toBytes(data);
  const reason = sniffWorkbookBytes(bytes);
  if (reason) throw new WorkbookFileError(reason);
  const wb = new ExcelJS.Workbook();
  try {
    // exceljs types its input as its own Buffer (an ArrayBuffer); JSZip reads a Uint8Array too.
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (e) {
    throw new WorkbookFileError("corrupt", e instanceof Error ? e.message : String(e));
  }
  if (wb.worksheets.length === 0) throw new WorkbookFileError("corrupt", "no worksheets");
  repairLoadedTables(wb);
  return wb;
}

/** A new, empty workbook. */
export function newXlsx(): XlsxWorkbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "CEMR Uppföljning";
  return wb;
}

/** The workbook as .xlsx bytes. */
export async function saveXlsx(wb: XlsxWorkbook): Promise<Uint8Array> {
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

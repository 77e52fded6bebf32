/**
 * From a file's bytes to the workbook's contents, or a WorkbookFileError with a
 * specific reason: the format it really is (.xls, .ods, .xlsb, not a workbook),
 * a password, a cut-off or damaged file (naming the damaged part), or a file
 * beyond the limits that keep opening bounded in time and memory.
 *
 * Pure functions of bytes, without exceljs, so a Web Worker can run them.
 */
import { CONTENT_TYPES } from "../ooxml";
import { Package, PackageError, contentTypeOf } from "./package";
import { WorkbookFileError, sniffWorkbookBytes } from "./fileErrors";
import { findWorkbookPart, readPackageWorkbook, type PackageRead, type ReadOptions } from "./read";

const ODS_MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet";

/** A PackageError as the reason the user is given. */
export function fileErrorOf(e: PackageError): WorkbookFileError {
  switch (e.kind) {
    case "notZip":
      return new WorkbookFileError("notXlsx", e.message, e.part);
    case "truncated":
      return new WorkbookFileError("truncated", e.message, e.part);
    case "encrypted":
      return new WorkbookFileError("encrypted", e.message, e.part);
    case "tooLarge":
      return new WorkbookFileError("tooLarge", e.message, e.part);
    case "encoding":
      return new WorkbookFileError("encoding", e.message, e.part);
    default:
      return new WorkbookFileError("corrupt", e.message, e.part);
  }
}

/** Runs `f`, turning a PackageError into the WorkbookFileError the user sees. */
export function asFileError<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof PackageError) throw fileErrorOf(e);
    if (e instanceof WorkbookFileError) throw e;
    // Anything else escaping the reader is a malformed file we did not foresee.
    throw new WorkbookFileError("corrupt", e instanceof Error ? e.message : String(e));
  }
}

/** What a zip that holds no SpreadsheetML workbook is instead. */
function whyNoWorkbook(pkg: Package): WorkbookFileError {
  const mimetype = pkg.find("mimetype");
  if (mimetype && new TextDecoder().decode(pkg.bytes(mimetype)).trim().startsWith(ODS_MIMETYPE))
    return new WorkbookFileError("ods", "an OpenDocument spreadsheet");
  if (pkg.partNames().some((n) => n.includes("\\") && n.toLowerCase().endsWith("workbook.xml")))
    return new WorkbookFileError("corrupt", "its part names use backslashes, which zip does not allow");
  return new WorkbookFileError("notXlsx", "no workbook part");
}

function isBinaryWorkbook(pkg: Package, part: string): boolean {
  return (
    part.toLowerCase().endsWith(".bin") ||
    contentTypeOf(pkg.contentTypes(), part) === CONTENT_TYPES.binaryWorkbook
  );
}

/** The package of an .xlsx or .xlsm file and its workbook part; throws WorkbookFileError. */
export function openWorkbookPackage(bytes: Uint8Array): { pkg: Package; workbookPart: string } {
  const sniffed = sniffWorkbookBytes(bytes);
  if (sniffed) throw new WorkbookFileError(sniffed);
  return asFileError(() => {
    const pkg = Package.open(bytes);
    const workbookPart = findWorkbookPart(pkg);
    if (!workbookPart) throw whyNoWorkbook(pkg);
    if (isBinaryWorkbook(pkg, workbookPart)) throw new WorkbookFileError("xlsb", "an Excel binary workbook");
    return { pkg, workbookPart };
  });
}

/** Reads the workbook in an opened package; throws WorkbookFileError. */
export function readWorkbookPackage(
  pkg: Package,
  workbookPart: string,
  options: ReadOptions = {},
): PackageRead {
  return asFileError(() => {
    const read = readPackageWorkbook(pkg, workbookPart, options);
    if (!read.info.sheets.some((s) => s.kind === "worksheet"))
      throw new WorkbookFileError("corrupt", "the workbook has no worksheet", workbookPart);
    return read;
  });
}

/** Reads a workbook file's bytes: its structure and every table and sheet's cells. */
export function readXlsxBytes(bytes: Uint8Array, options: ReadOptions = {}): PackageRead {
  const { pkg, workbookPart } = openWorkbookPackage(bytes);
  return readWorkbookPackage(pkg, workbookPart, options);
}

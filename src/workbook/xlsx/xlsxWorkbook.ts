/**
 * A workbook file in memory: its package (every part as it came, or as a new
 * workbook starts) and what the reader finds in it (sheets, tables, defined
 * names, date system) and the cells as the core reads them. Writes go through
 * `write`, which edits the package (see write/) and makes the next read see them;
 * copies are saved from the package, so parts nobody changed are written back
 * byte for byte.
 */
import type { CellValue, RawWorkbook } from "../../core/cells";
import { sameSheetName } from "../../core/cells";
import type { Package } from "./package";
import {
  decodeCell,
  readPackageWorkbook,
  type PackageRead,
  type SheetRead,
  type SheetTable,
  type WorkbookInfo,
} from "./read";
import { asFileError } from "./readXlsx";
import { checkAction, WorkbookEdit, writeAction, type WorkbookWriter } from "./write";

export class XlsxWorkbook {
  /** The file's package; writers change parts here. */
  readonly package: Package;
  /** The workbook part ("xl/workbook.xml" in nearly every file). */
  readonly workbookPart: string;
  private current: PackageRead | null;

  constructor(pkg: Package, workbookPart: string, read: PackageRead | null) {
    this.package = pkg;
    this.workbookPart = workbookPart;
    this.current = read;
  }

  /** What the reader finds now: read at opening, and again after a write. */
  private get read(): PackageRead {
    this.current ??= asFileError(() => readPackageWorkbook(this.package, this.workbookPart));
    return this.current;
  }

  /** Sheets, defined names, date system and the parts they live in. */
  get info(): WorkbookInfo {
    return this.read.info;
  }

  /** The tables, with their ranges, header and total rows. */
  get tables(): readonly SheetTable[] {
    return this.read.tables;
  }

  /** Each worksheet's part and how many merged areas it has. */
  get sheets(): readonly SheetRead[] {
    return this.read.sheets;
  }

  /** True when the workbook lists at least one sheet (asked of workbook.xml alone, without reading cells). */
  hasSheets(): boolean {
    return this.current
      ? this.current.info.sheets.length > 0
      : new WorkbookEdit(this.package).sheets().length > 0;
  }

  /** Every table and each worksheet's used range, as the core reads them. */
  raw(): RawWorkbook {
    return this.read.raw;
  }

  /** The worksheets' names in tab order (chart sheets are not worksheets). */
  sheetNames(): string[] {
    return this.read.info.sheets.filter((s) => s.kind === "worksheet").map((s) => s.name);
  }

  /** A cell's value as the core sees it ("B7" on a sheet), or null. */
  cellValue(sheet: string, cell: string): CellValue {
    const at = { row: 0, col: 0 };
    if (!decodeCell(cell, at)) return null;
    const range = this.raw().sheets.find((s) => sameSheetName(s.sheet, sheet));
    if (!range) return null;
    return range.values[at.row - range.top]?.[at.col - range.left] ?? null;
  }

  /**
   * Runs one write action on the package: all of it or, when it throws, none of
   * it. What is read afterwards reflects the write.
   */
  write<T>(action: (w: WorkbookWriter) => T): T {
    try {
      return writeAction(this.package, action);
    } finally {
      this.current = null;
    }
  }

  /** Runs a check that a write would make first (what it refuses), changing nothing. */
  check<T>(action: (w: WorkbookWriter) => T): T {
    return checkAction(this.package, action);
  }
}

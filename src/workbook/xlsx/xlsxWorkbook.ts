/**
 * An opened .xlsx/.xlsm file: its package (every part as it came), what the
 * reader found in it (sheets, tables, defined names, date system) and the cells
 * as the core reads them. Read once when opened; copies are saved from the
 * package, so parts nobody changed are written back byte for byte.
 */
import type ExcelJS from "exceljs";
import type { CellValue, RawWorkbook } from "../../core/cells";
import type { Package } from "./package";
import { decodeCell } from "./read/cellRefs";
import type { PackageRead, SheetRead, SheetTable } from "./read/readPackage";
import type { WorkbookInfo } from "./read/workbookPart";
import { legacyRaw, loadLegacy } from "./legacyWorkbook";
import { readWorkbookPackage } from "./readXlsx";

export class XlsxWorkbook {
  /** The file's package; writers change parts here. */
  readonly package: Package;
  /** The workbook part ("xl/workbook.xml" in nearly every file). */
  readonly workbookPart: string;
  private read: PackageRead;
  private stale = false;
  private legacyBook: ExcelJS.Workbook | null = null;
  private legacyLoading: Promise<ExcelJS.Workbook> | null = null;

  constructor(pkg: Package, workbookPart: string, read: PackageRead) {
    this.package = pkg;
    this.workbookPart = workbookPart;
    this.read = read;
  }

  /**
   * Marks what was read as out of date, after a writer changed parts of the
   * package: the next question reads the package again (changed parts included).
   */
  invalidate(): void {
    this.stale = true;
  }

  private current(): PackageRead {
    if (this.stale) {
      this.read = readWorkbookPackage(this.package, this.workbookPart);
      this.stale = false;
    }
    return this.read;
  }

  /** Sheets, defined names, date system and the parts they live in, as read at opening. */
  get info(): WorkbookInfo {
    return this.current().info;
  }

  /** The tables found at opening, with their ranges, header and total rows. */
  get tables(): readonly SheetTable[] {
    return this.current().tables;
  }

  /** Each worksheet's part and how many merged areas it has, as read at opening. */
  get sheets(): readonly SheetRead[] {
    return this.current().sheets;
  }

  /** Every table and each worksheet's used range, as the core reads them. */
  raw(): RawWorkbook {
    return this.legacyBook ? legacyRaw(this.legacyBook, this.current().tables) : this.current().raw;
  }

  /** The worksheets' names in tab order (chart sheets are not worksheets). */
  sheetNames(): string[] {
    if (this.legacyBook) return this.legacyBook.worksheets.map((ws) => ws.name);
    return this.current()
      .info.sheets.filter((s) => s.kind === "worksheet")
      .map((s) => s.name);
  }

  /** A cell's value as the core sees it ("B7" on a sheet), or null. */
  cellValue(sheet: string, cell: string): CellValue {
    const at = { row: 0, col: 0 };
    if (!decodeCell(cell, at)) return null;
    const range = this.raw().sheets.find((s) => s.sheet.toLowerCase() === sheet.toLowerCase());
    if (!range) return null;
    return range.values[at.row - range.top]?.[at.col - range.left] ?? null;
  }

  /** TRANSITION: the exceljs workbook today's writers use, if an action has built it. */
  get legacyWorkbook(): ExcelJS.Workbook | null {
    return this.legacyBook;
  }

  /**
   * TRANSITION: the exceljs workbook today's writers use, loaded from the
   * package's bytes on the first write. Throws WorkbookFileError `notWritable`
   * when exceljs cannot load a file the reader read.
   */
  async legacy(): Promise<ExcelJS.Workbook> {
    if (this.legacyBook) return this.legacyBook;
    const merges = this.current().sheets.reduce((sum, s) => sum + s.merges, 0);
    this.legacyLoading ??= loadLegacy(this.package.save(), merges);
    try {
      this.legacyBook = await this.legacyLoading;
    } catch (e) {
      this.legacyLoading = null;
      throw e;
    }
    return this.legacyBook;
  }
}

/**
 * One write action on a package: the workbook part, its styles, the sheet parts
 * being edited and the tables, gathered so that an action queues all its edits and
 * commits them at once. `writeAction` runs an action and, when it throws, puts the
 * package back as it was, so a refused or failed write leaves nothing half-written.
 */
import { CONTENT_TYPES, REL_TYPES } from "../../ooxml";
import type { Package } from "../package";
import { sameTableName } from "../../../core/cells";
import { addContentTypes, addRelationship, freePartName } from "./packageEdits";
import { SheetEdit } from "./sheetEdit";
import { emptySheetXml } from "./worksheetSchema";
import { parseBox } from "./sqref";
import { StyleBook } from "./styleBook";
import { tableXml, workbookTables, type NewTable, type TableAt } from "./tables";
import { WorkbookEdit, type SheetEntry, type SheetState } from "./workbookEdit";

export class WorkbookWriter {
  readonly workbook: WorkbookEdit;
  private stylesBook: StyleBook | null = null;
  private readonly edits = new Map<string, SheetEdit>();
  private tableCache: TableAt[] | null = null;
  /** Part names handed out in this action and not yet written. */
  private readonly reserved = new Set<string>();

  constructor(readonly pkg: Package) {
    this.workbook = new WorkbookEdit(pkg);
  }

  get styles(): StyleBook {
    this.stylesBook ??= new StyleBook(this.pkg, this.workbook.part);
    return this.stylesBook;
  }

  /** The edit of a sheet part (one per part per action). */
  sheetEdit(part: string): SheetEdit {
    let edit = this.edits.get(part.toLowerCase());
    if (!edit) {
      edit = new SheetEdit(this.pkg, part);
      this.edits.set(part.toLowerCase(), edit);
    }
    return edit;
  }

  /** Every table of the workbook (as it was when first asked, plus the ones this action added). */
  tables(): TableAt[] {
    this.tableCache ??= workbookTables(this.pkg, this.workbook.sheets());
    return this.tableCache;
  }

  /** The table of that name (case-insensitively), or null. */
  table(name: string): TableAt | null {
    return this.tables().find((t) => sameTableName(t.name, name)) ?? null;
  }

  /** Forgets the tables of a sheet part whose tables were removed (a replaced report). */
  forgetTables(sheetPart: string): void {
    const kept = this.tables().filter((t) => t.sheet.part?.toLowerCase() !== sheetPart.toLowerCase());
    this.tableCache = kept;
  }

  /** True when a table or a workbook name already uses the name (they share one namespace). */
  nameTaken(name: string): boolean {
    return this.table(name) !== null || this.workbook.hasName(name);
  }

  /** A free part name, not yet used by the package or by this action. */
  freePart(stem: string, extension: string): string {
    const name = freePartName(this.pkg, stem, extension, this.reserved);
    this.reserved.add(name.toLowerCase());
    return name;
  }

  /** Adds an empty worksheet at the end of the workbook and returns it with its edit. */
  addSheet(name: string, state: SheetState = "visible"): { sheet: SheetEntry; edit: SheetEdit } {
    const part = this.freePart("xl/worksheets/sheet", ".xml");
    this.pkg.set(part, emptySheetXml());
    const sheet = this.workbook.addSheet(name, part, state);
    return { sheet, edit: this.sheetEdit(part) };
  }

  /** Adds a table part to a sheet; returns the relationship id its <tablePart> names. */
  addTable(sheet: SheetEntry, table: Omit<NewTable, "id">): string {
    if (!sheet.part) throw new Error(`the sheet ${sheet.name} has no part`);
    const id = Math.max(0, ...this.tables().map((t) => t.id)) + 1;
    const part = this.freePart("xl/tables/table", ".xml");
    this.pkg.set(part, tableXml({ ...table, id }));
    addContentTypes(this.pkg, [{ part, type: CONTENT_TYPES.table }]);
    const rid = addRelationship(this.pkg, sheet.part, REL_TYPES.table, part);
    const box = parseBox(table.ref);
    if (!box) throw new Error(`not a range: ${table.ref}`);
    this.tables().push({
      name: table.name,
      id,
      part,
      sheet,
      box,
      headerRows: 1,
      totalsRows: table.totalsRow ? 1 : 0,
      columns: table.columns,
    });
    return rid;
  }

  /** Writes every queued edit: sheets, then styles (which the sheets' cells refer to). */
  commit(): void {
    for (const edit of this.edits.values()) edit.flush();
    this.stylesBook?.flush();
    this.workbook.showVisibleTab();
  }
}

/** Runs one write action on the package; when it throws, the package is put back as it was. */
export function writeAction<T>(pkg: Package, action: (w: WorkbookWriter) => T): T {
  const restore = pkg.checkpoint();
  try {
    const w = new WorkbookWriter(pkg);
    const result = action(w);
    w.commit();
    return result;
  } catch (e) {
    restore();
    throw e;
  }
}

/** Runs a check on the package as a write would see it; nothing is committed (a check only reads). */
export function checkAction<T>(pkg: Package, check: (w: WorkbookWriter) => T): T {
  return check(new WorkbookWriter(pkg));
}

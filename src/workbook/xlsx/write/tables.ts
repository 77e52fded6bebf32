/**
 * The workbook's tables as the writer needs them (name, id, sheet, range, header
 * and totals rows, columns), and new table parts. Table names are workbook-wide
 * and share one namespace with defined names; ids are unique across the workbook.
 */
import { NS_SML, REL_TYPES, sml as el } from "../../ooxml";
import { XmlScanner, type Package } from "../package";
import { escapeOoxml } from "./cellXml";
import { boxRef, parseBox, type Box } from "./sqref";
import type { SheetEntry } from "./workbookEdit";
import { XML_DECLARATION, xmlAttr } from "./xmlText";

export type TableAt = {
  readonly name: string;
  readonly id: number;
  readonly part: string;
  readonly sheet: SheetEntry;
  /** The whole range: header, body and totals rows. */
  readonly box: Box;
  readonly headerRows: number;
  readonly totalsRows: number;
  readonly columns: readonly string[];
};

/** The table's root attributes and column names (a table part is small: read it whole). */
function readTable(pkg: Package, part: string): Omit<TableAt, "part" | "sheet"> | null {
  let info: Omit<TableAt, "part" | "sheet"> | null = null;
  const columns: string[] = [];
  const scanner = new XmlScanner(
    {
      open(name, a) {
        if (name === el("table")) {
          const box = parseBox(a.ref ?? "");
          if (!box) return;
          info = {
            name: a.name ?? a.displayName ?? "",
            id: Number(a.id ?? 0) || 0,
            box,
            headerRows: a.headerRowCount === undefined ? 1 : Number(a.headerRowCount) || 0,
            totalsRows: a.totalsRowCount === undefined ? 0 : Number(a.totalsRowCount) || 0,
            columns,
          };
        } else if (name === el("tableColumn")) columns.push(a.name ?? "");
      },
    },
    { part },
  );
  scanner.write(pkg.text(part));
  scanner.end();
  return info;
}

/** Every table of every worksheet, in workbook order. */
export function workbookTables(pkg: Package, sheets: readonly SheetEntry[]): TableAt[] {
  const out: TableAt[] = [];
  for (const sheet of sheets) {
    if (!sheet.part) continue;
    for (const rel of pkg.relationships(sheet.part)) {
      if (rel.type !== REL_TYPES.table || !rel.part) continue;
      const part = pkg.find(rel.part);
      if (!part) continue;
      const info = readTable(pkg, part);
      if (info) out.push({ ...info, part, sheet });
    }
  }
  return out;
}

export type NewTable = {
  readonly id: number;
  readonly name: string;
  readonly ref: string;
  readonly columns: readonly string[];
  readonly style: string;
  readonly bandedRows: boolean;
  readonly filterButtons: boolean;
  /** A Total Row as the range's last row (only test fixtures make one; the product never does). */
  readonly totalsRow?: boolean;
};

/**
 * A table part. headerRowCount="1" is the default, written out all the same:
 * exceljs (which people's own scripts use) reads its absence as "no header row".
 */
export function tableXml(t: NewTable): string {
  const columns = t.columns
    .map((c, i) => `<tableColumn id="${i + 1}" name="${xmlAttr(escapeOoxml(c))}"/>`)
    .join("");
  const box = parseBox(t.ref);
  const filterRef = t.totalsRow && box ? boxRef({ ...box, bottom: box.bottom - 1 }) : t.ref;
  const filter = t.filterButtons ? `<autoFilter ref="${filterRef}"/>` : "";
  const totals = t.totalsRow ? ' totalsRowCount="1"' : ' totalsRowShown="0"';
  return (
    XML_DECLARATION +
    `<table xmlns="${NS_SML}" id="${t.id}" name="${xmlAttr(t.name)}" displayName="${xmlAttr(t.name)}" ref="${t.ref}" headerRowCount="1"${totals}>` +
    `${filter}<tableColumns count="${t.columns.length}">${columns}</tableColumns>` +
    `<tableStyleInfo name="${xmlAttr(t.style)}" showFirstColumn="0" showLastColumn="0" showRowStripes="${t.bandedRows ? 1 : 0}" showColumnStripes="0"/>` +
    `</table>`
  );
}

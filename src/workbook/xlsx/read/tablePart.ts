/**
 * A table part (xl/tables/tableN.xml): the table's name, range, header and total
 * rows and column names, as Excel, LibreOffice and openpyxl write them.
 */
import { sml } from "../../ooxml";
import { PackageError, childElements, firstChild, type Package } from "../package";
import { decodeRange, type CellBox } from "./cellRefs";
import { unescapeOoxml } from "./xmlStrings";

export type TableInfo = {
  /** The name formulas use (displayName; `name` when that is missing). */
  readonly name: string;
  readonly part: string;
  /** The whole range, header and total rows included. */
  readonly box: CellBox;
  /** Header rows at the top of the range: 1, or 0 when the header row is hidden. */
  readonly headerRowCount: number;
  /** Total rows at the bottom of the range (0 or 1). */
  readonly totalsRowCount: number;
  /** Column names from the table's definition, left to right. */
  readonly columns: readonly string[];
};

function count(v: string | undefined, fallback: number): number {
  if (v === undefined) return fallback;
  const n = Number(v);
  return Number.isInteger(n) && n >= 0 ? n : fallback;
}

/** Reads a table part; throws PackageError when its range is unreadable. */
export function readTablePart(pkg: Package, part: string): TableInfo {
  const root = pkg.xml(part);
  if (root.name !== sml("table")) throw new PackageError("damaged", "the root element is not a table", part);
  const a = root.attributes;
  const box = decodeRange(a.ref ?? "");
  if (!box) throw new PackageError("damaged", `the table's range "${a.ref ?? ""}" is not a range`, part);
  const columnsEl = firstChild(root, sml("tableColumns"));
  const columns = (columnsEl ? childElements(columnsEl, sml("tableColumn")) : []).map((c) =>
    unescapeOoxml(c.attributes.name ?? ""),
  );
  const height = box.bottom - box.top + 1;
  const headerRowCount = Math.min(count(a.headerRowCount, 1), 1, height);
  const totalsRowCount = Math.min(count(a.totalsRowCount, 0), 1, height - headerRowCount);
  return {
    name: a.displayName ?? a.name ?? "",
    part,
    box,
    headerRowCount,
    totalsRowCount,
    columns,
  };
}

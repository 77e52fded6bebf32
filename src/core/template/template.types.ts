/**
 * What setting up a plan workbook writes, renderer-neutral: both adapters
 * (Office.js and the .xlsx file) render these the same way.
 */
import type { CellFormat } from "../cells";
import type { Lang } from "../language";
import type { ChoiceListName } from "../choices";
import type { ColumnKey, TableName } from "../schema";

/** Where a column's data validation list comes from. */
export type ValidationSource =
  | { readonly kind: "choice"; readonly list: ChoiceListName }
  | { readonly kind: "articles" }
  /** The ID (or Period) column of another table, so new IDs join the list. */
  | {
      readonly [T in TableName]: {
        readonly kind: "column";
        readonly table: T;
        readonly column: ColumnKey<T>;
      };
    }[TableName];

/** A fill colour for rows whose cell in `column` equals one of the labels. */
export type ColourRule = {
  readonly column: number;
  readonly equals: string;
  readonly fill: string; // "#RRGGBB"
  readonly font: string; // "#RRGGBB"
};

export type TableTemplate = {
  readonly name: TableName;
  readonly sheet: string;
  readonly lang: Lang;
  readonly headers: readonly string[];
  /** One format per column. */
  readonly formats: readonly CellFormat[];
  /** Initial rows (facts, articles, default periods); dates as serials. */
  readonly rows: readonly (readonly (string | number | null)[])[];
  readonly validations: readonly { readonly column: number; readonly source: ValidationSource }[];
  readonly colours: readonly ColourRule[];
  /** Column widths in characters. */
  readonly widths: readonly number[];
  /** Rows of body the formats, validation and colours cover (at least this many). */
  readonly formattedRows: number;
  /**
   * Body cells whose format differs from their column's (0-based body row and
   * column): the date rows of the Plan table's key / value column.
   */
  readonly cellFormats?: readonly {
    readonly row: number;
    readonly column: number;
    readonly format: CellFormat;
  }[];
};

/** One list of the hidden lists sheet, exposed as a workbook name. */
export type ListColumn = {
  /** The workbook-level name of the list's range, e.g. "CEMR_Status". */
  readonly name: string;
  readonly header: string;
  readonly values: readonly (string | number)[];
};

export type ListsTemplate = {
  readonly sheet: string;
  readonly columns: readonly ListColumn[];
};

/**
 * Columns added at the end (to the right) of an existing Excel table (set-up, issue 29):
 * the new header cells, and the formats and widths of the new columns; their body cells
 * stay empty. The caller has checked that the cells they take are empty.
 */
export type ColumnAddition = {
  readonly table: TableName;
  readonly headers: readonly string[];
  readonly formats: readonly CellFormat[];
  readonly widths: readonly number[];
};

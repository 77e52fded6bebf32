/**
 * Why an action could not be done, as data: a code and what its text names. The
 * adapters' refusals, the file reader's reasons and the use cases' own failures
 * are all failures; each has one text in both languages (failureTexts.ts), which
 * the task pane and the command line render. Expected failures travel as results
 * (`{ ok: false, ...failure }`) or as a FailureError.
 */
import type { ExcelRefusal } from "./excelRefusals";
import type { Lang } from "../language";
import { tableSpec, type TableName } from "../schema";
import { type Plan, type TableInfo } from "../plan";
import { periodsOf } from "../periods";

/** Writes the adapters refuse: they never overwrite a user's cells or sheets. `target` names the sheet, table or cell. */
export type WriteRefusal =
  | "sheetHasData" // a table's sheet exists and holds data
  | "tableExists" // a table (or name) of that name exists already
  | "nameTaken" // a defined name has the name set-up needs for a table or a list (tables and names share one name space)
  | "tableNameTaken" // a user's table has the name set-up needs for a list's defined name
  | "tableMissing" // rows were to be appended to a table that does not exist
  | "cellsNotEmpty" // the rows below a table hold data
  | "sheetExists" // a report sheet exists and is not one the product may replace
  | "sheetProtected" // the sheet to write on is protected: the user must unprotect it first
  | "workbookProtected" // the workbook's structure is protected: no sheet can be added (target may be "")
  | "sheetNameInvalid" // Excel would refuse the sheet's name (core/cells/sheetNames.ts)
  | "cellHasFormula"; // a cell to be replaced holds a formula other cells share

/** What Excel would refuse for its size (the Office adapter). */
export type ExcelLimit =
  | "tooManyCells"
  | "payloadTooLarge"
  // the workbook counts dates from 1904: the Office adapter reads and writes 1900 serials only
  | "date1904";

/**
 * Why a file is not a readable .xlsx workbook:
 * - `empty`: no bytes at all.
 * - `notXlsx`: not a spreadsheet we know (text, PDF, an image, a Word document …).
 * - `xls`: an Excel 97–2003 workbook (.xls, a compound file).
 * - `ods`: an OpenDocument spreadsheet (.ods).
 * - `xlsb`: an Excel binary workbook (.xlsb).
 * - `encrypted`: protected with a password to open (or its zip entries encrypted).
 * - `truncated`: cut off (the zip's end is missing).
 * - `corrupt`: damaged; the failure's `part` names the part at fault when one is.
 * - `tooLarge`: beyond the limits that keep opening bounded (a zip or XML bomb,
 *   or simply more cells than the product reads).
 */
export type FileReason =
  | "empty"
  | "notXlsx"
  | "xls"
  | "ods"
  | "xlsb"
  | "encrypted"
  | "truncated"
  | "corrupt"
  | "encoding"
  | "tooLarge";

/** What each failure's text names, by code. `file`, where given, is the file's name as the user gave it. */
type FailureArgs = { readonly [C in WriteRefusal | ExcelLimit]: { readonly target: string } } & {
  readonly fileUnreadable: {
    readonly reason: FileReason;
    /** The package part at fault (e.g. "xl/worksheets/sheet2.xml"), when one is. */
    readonly part: string | null;
    readonly file?: string;
  };
  /** The period is not in the Periods table (or has no cut-off); `periods`: those there are. */
  readonly unknownPeriod: { readonly period: string; readonly periods: readonly string[] };
  /** Import: the named sheet does not exist. */
  readonly sheetNotFound: { readonly sheet: string; readonly file?: string };
  /** Import: no sheet named, and no sheet besides the plan's own holds data. */
  readonly noSource: { readonly file?: string };
  /** Import: the selection holds no values (or the host has no selection). */
  readonly noSelection: Record<never, never>;
  /** Import or collect: a plan table exists only as plain cells, so rows cannot be appended. */
  readonly notATable: { readonly table: TableName; readonly sheet: string };
  /** Import: the workbook changed since the preview; these imported IDs now exist. */
  readonly idsTaken: { readonly ids: readonly string[] };
  /** Collect: the workbook changed since the preview; these rows moved or changed. */
  readonly masterChanged: { readonly ids: readonly string[] };
  /**
   * Excel refused (or would refuse) a request with an error code (excelRefusals.ts);
   * `excelCode` as Excel gave it. Where the adapter found the cause before writing, `table`
   * names the table the request was for and `target` what stands in the way.
   */
  readonly excelRefused: {
    readonly reason: ExcelRefusal;
    readonly excelCode: string;
    readonly table?: string;
    readonly target?: string;
  };
};

export type FailureCode = keyof FailureArgs;

/** The failure of one code. */
export type FailureOf<C extends FailureCode> = { readonly code: C } & FailureArgs[C];

/** A failure: a union discriminated by its code. */
export type Failure = { readonly [C in FailureCode]: FailureOf<C> }[FailureCode];

/** A failure thrown: what the user must know in `failure`; the message is for logs only. */
export class FailureError extends Error {
  readonly failure: Failure;

  constructor(failure: Failure, message: string = failure.code) {
    super(message);
    this.name = "FailureError";
    this.failure = failure;
  }
}

/** The failure an error carries (a FailureError, or an error passed on with its `failure`), or null. */
export function failureOf(error: unknown): Failure | null {
  if (error instanceof FailureError) return error.failure;
  const f = typeof error === "object" && error !== null ? (error as { failure?: unknown }).failure : null;
  return typeof f === "object" && f !== null && typeof (f as { code?: unknown }).code === "string"
    ? (f as Failure)
    : null;
}

/** The period is not in the Periods table (or has no cut-off): the periods there are (a failure). */
export type UnknownPeriod = { readonly ok: false } & FailureOf<"unknownPeriod">;

/** A period the plan does not have, with those it has. */
export function unknownPeriod(plan: Plan, period: string): UnknownPeriod {
  return { ok: false, code: "unknownPeriod", period, periods: periodsOf(plan).map((p) => p.name) };
}

/** A plan table found only as plain cells, by the sheet it is on (its name in `lang` were it missing). */
export function notATable(info: TableInfo, lang: Lang): FailureOf<"notATable"> {
  return { code: "notATable", table: info.name, sheet: info.sheet ?? tableSpec(info.name).sheet[lang] };
}

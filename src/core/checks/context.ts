/**
 * What every check gets: the plan, the reference date, the plan's lookup maps, and
 * helpers to place a finding at a table's cell. Findings carry their arguments; the
 * words are rendered at the surface (findingCodes.ts).
 */
import { a1 } from "../cells";
import type { IsoDate } from "../dates";
import { severityOf } from "./findingMessage";
import type { Finding, FindingArgs, FindingCode, FindingOf } from "./findings.types";
import type { ColumnKey, TableName } from "../schema";
import type { Plan, TableInfo } from "../plan";
import type { PlanIndex } from "./planIndex";

/** Where a finding points: a sheet and a cell, either possibly null. */
export type At = { readonly sheet: string | null; readonly cell: string | null };

export type CheckContext = {
  readonly plan: Plan;
  readonly refDate: IsoDate;
  readonly index: PlanIndex;
  /** Sheet!cell keys of cells the reader could not read (they already have a finding). */
  readonly unreadableCells: ReadonlySet<string>;
};

/** A check: the findings of one concern, in any order (checkPlan sorts). */
export type Check = (ctx: CheckContext) => Finding[];

/** The cell of a row's column, or null when the table or the column is absent. */
export function cellAt<T extends TableName>(table: TableInfo<T>, row: number, key: ColumnKey<T>): At | null {
  const col = table.columns[key];
  if (table.found === "missing" || table.sheet === null || col === undefined) return null;
  return { sheet: table.sheet, cell: a1(row, col) };
}

/** True when a table was found and has every one of the given columns. */
export function hasColumns<T extends TableName>(table: TableInfo<T>, ...keys: ColumnKey<T>[]): boolean {
  return table.found !== "missing" && keys.every((k) => table.columns[k] !== undefined);
}

/** True when the cell held something the reader could not read (so it is not "empty"). */
export function isUnreadable(ctx: CheckContext, at: At | null): boolean {
  return (
    at !== null && at.sheet !== null && at.cell !== null && ctx.unreadableCells.has(`${at.sheet}!${at.cell}`)
  );
}

/** A finding of a code at a place, with its severity from the catalog and its message's arguments. */
export function finding<C extends FindingCode>(
  code: C,
  at: At,
  refs: readonly string[],
  args: FindingArgs[C],
): FindingOf<C> {
  return { code, severity: severityOf(code), sheet: at.sheet, cell: at.cell, refs, args };
}

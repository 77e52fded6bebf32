/**
 * Where set-up builds a table, so that a set-up stopped at any command leaves
 * nothing the next set-up takes for the user's own table. A plan sheet holding
 * plain cells is read as the user's table (docs/workbook.md, reading rules), and no
 * single Excel call both adds a table and names it. So a table on a new sheet is
 * built in full on a staging sheet ("CEMR_ny_1"), which no reading rule knows, and
 * revealed by two calls: first the table gets its name (from then on it is found by
 * name, complete), then the sheet gets the plan's sheet name.
 * Left-overs of a stopped set-up are the next set-up's: a staging sheet without a
 * named plan table is deleted, one with a named plan table gets its sheet name.
 * An existing empty sheet of the table's name is written in place (never deleted:
 * it may hold things that are not cells), without that guarantee.
 */
import { TABLES } from "../../core/schema";
import { excelNameKey, sameSheetName, sameTableName } from "../../core/cells";
import type { TableTemplate } from "../../core/template";
import { op, once, type Op } from "./payload";
import { tableOps, type ValidationOp } from "./tableSetup";
import { findSheet, type WorkbookState } from "./workbookState";

const STAGING_PREFIX = "CEMR_ny_";
const STAGING = /^CEMR_ny_\d+$/i;

/** A staging sheet an earlier set-up may have left. */
export const isStaging = (sheet: string): boolean => STAGING.test(sheet);

/** The ops of one table: `build` (content), `reveal` (name it, then its sheet) and `validation`. */
export type StagedTable = { name: string; build: Op[]; reveal: Op[]; validation: ValidationOp[] };

/** Staging sheet names no sheet has, one per table that needs a new sheet. */
function stagingNames(state: WorkbookState, count: number): string[] {
  const names: string[] = [];
  for (let n = 1; names.length < count; n++) {
    const name = `${STAGING_PREFIX}${n}`;
    if (!findSheet(state, name)) names.push(name);
  }
  return names;
}

/** The staged ops of each template, in order. */
export function stagedTables(
  context: Excel.RequestContext,
  state: WorkbookState,
  templates: readonly TableTemplate[],
): StagedTable[] {
  const sheets = context.workbook.worksheets;
  const fresh = templates.filter((t) => !findSheet(state, t.sheet));
  const staging = stagingNames(state, fresh.length);
  return templates.map((t) => {
    const at = fresh.indexOf(t);
    const temp = at >= 0 ? (staging[at] ?? null) : null;
    const sheet = once(() => (temp ? sheets.add(temp) : sheets.getItem(t.sheet)));
    const parts = tableOps(t, sheet);
    const reveal = op(
      [t.name, t.sheet],
      () => {
        parts.table().name = t.name;
        if (temp) sheet().name = t.sheet;
      },
      2,
    );
    return {
      name: t.name,
      build: [op(temp ?? t.sheet, () => void sheet()), ...parts.build],
      reveal: [reveal],
      validation: parts.validation,
    };
  });
}

/** The plan sheet name of a plan table found on a staging sheet, in the set-up's language. */
function sheetNameOf(table: string, templates: readonly TableTemplate[]): string | null {
  const spec = TABLES.find((s) => sameTableName(s.name, table));
  const lang = templates[0]?.lang ?? "sv";
  return spec ? spec.sheet[lang] : null;
}

/** The ops that finish or remove what a stopped set-up left on staging sheets. */
export function leftoverOps(
  context: Excel.RequestContext,
  state: WorkbookState,
  templates: readonly TableTemplate[],
): Op[] {
  const sheets = context.workbook.worksheets;
  const ops: Op[] = [];
  const claimed = new Set<string>();
  for (const s of state.sheets.filter((x) => STAGING.test(x.name))) {
    const named = state.tables
      .filter((t) => sameSheetName(t.sheet, s.name))
      .map((t) => sheetNameOf(t.name, templates))
      .find((n): n is string => n !== null);
    if (named === undefined) {
      ops.push(op(s.name, () => sheets.getItem(s.name).delete(), 2));
    } else if (
      !findSheet(state, named) &&
      !templates.some((t) => sameSheetName(t.sheet, named)) &&
      !claimed.has(excelNameKey(named))
    ) {
      claimed.add(excelNameKey(named));
      ops.push(op(named, () => (sheets.getItem(s.name).name = named), 2));
    }
  }
  return ops;
}

/**
 * All set-up ops in order: the lists first (validation lists name them); per table
 * its content, its validation lists (one naming a table of this set-up only after
 * that table is named) and its reveal; the left-overs of an earlier stopped set-up
 * just before the last reveal, so that nothing but that reveal ever comes after the
 * last table is named.
 */
export function setupOrder(
  lists: readonly Op[],
  tables: readonly StagedTable[],
  leftovers: readonly Op[],
): Op[] {
  const ops: Op[] = [...lists];
  const named = new Set<string>();
  const waiting = (refers: string | null): boolean =>
    refers !== null && tables.some((t) => sameTableName(t.name, refers) && !named.has(excelNameKey(t.name)));
  let pending: ValidationOp[] = [];
  tables.forEach((t, i) => {
    ops.push(...t.build);
    for (const v of t.validation) {
      if (waiting(v.refers)) pending.push(v);
      else ops.push(v.op);
    }
    if (i === tables.length - 1) ops.push(...leftovers);
    ops.push(...t.reveal);
    named.add(excelNameKey(t.name));
    ops.push(...pending.filter((v) => !waiting(v.refers)).map((v) => v.op));
    pending = pending.filter((v) => waiting(v.refers));
  });
  return [...ops, ...pending.map((v) => v.op)];
}

/**
 * addTables(): the set-up write. Every check happens before anything is queued,
 * so a refused set-up writes nothing; then all tables (each built on a staging
 * sheet and revealed, see setupSheets.ts) and the lists sheet are queued and sent
 * in one sync (more only if the payload demands it).
 */
import type { ProgressReport } from "../../app/ports";
import { listsTemplateFor } from "../../core/template";
import { sheetNameProblem } from "../../core/cells";
import type { TableTemplate } from "../../core/template";
import { WorkbookWriteError } from "../floor";
import { listsOps } from "./listsSheet";
import { op, packBatches, runBatches, type Op } from "./payload";
import { supportsExcelApi } from "./requirements";
import { isStaging, leftoverOps, setupOrder, stagedTables } from "./setupSheets";
import { checkWritable, findSheet, hasName, hasTable, type WorkbookState } from "./workbookState";

/**
 * Refuses tables that exist and sheets that hold data (the set-up never touches a
 * user's cells), and what Excel would refuse halfway: writing on a protected sheet,
 * adding and naming sheets in a workbook whose structure is protected, or a name
 * taken already. Tables and defined names share one name space (Excel refuses a
 * table named like a defined name and the other way round), so a defined name like
 * one of our tables, or a user's table like one of our lists' names, is found here.
 */
function checkTargets(state: WorkbookState, templates: readonly TableTemplate[]): void {
  for (const t of templates) {
    if (hasTable(state, t.name)) throw new WorkbookWriteError("tableExists", t.name);
    if (hasName(state, t.name)) throw new WorkbookWriteError("nameTaken", t.name);
    if (findSheet(state, t.sheet)?.hasData) throw new WorkbookWriteError("sheetHasData", t.sheet);
    if (sheetNameProblem(t.sheet) !== null) throw new WorkbookWriteError("sheetNameInvalid", t.sheet);
  }
  // The lists sheet is written only when a list's name is missing.
  const lists = listsTemplateFor(templates);
  const newLists = lists ? lists.columns.filter((c) => !hasName(state, c.name)) : [];
  const taken = newLists.find((c) => hasTable(state, c.name));
  if (taken) throw new WorkbookWriteError("tableNameTaken", taken.name);
  const listsWritten = lists !== null && newLists.length > 0;
  const sheets = [...templates.map((t) => t.sheet), ...(listsWritten ? [lists.sheet] : [])];
  checkWritable(state, {
    sheets,
    // New tables are built on new sheets; a set-up left behind is tidied by renaming or deleting.
    changesSheets: sheets.some((s) => !findSheet(state, s)) || state.sheets.some((s) => isStaging(s.name)),
  });
}

/** Adds the tables (and any missing lists) to the workbook described by `state`. */
export async function addTables(
  context: Excel.RequestContext,
  state: WorkbookState,
  templates: readonly TableTemplate[],
  progress?: ProgressReport,
): Promise<void> {
  if (templates.length === 0) return;
  checkTargets(state, templates);
  const ops: Op[] = [];
  if (supportsExcelApi("1.9"))
    ops.push(op(null, () => context.application.suspendScreenUpdatingUntilNextSync()));
  const tables = stagedTables(context, state, templates);
  ops.push(
    ...setupOrder(listsOps(context, state, templates), tables, leftoverOps(context, state, templates)),
  );
  const target = templates.map((t) => t.name).join(", ");
  const batches = packBatches(ops, target);
  progress?.(0, batches.length);
  await runBatches(context, batches, target);
  progress?.(batches.length, batches.length);
  // Activated in a sync of its own: Excel on the web may not activate a sheet added in the same sync.
  const first = templates[0];
  if (first && !findSheet(state, first.sheet)) {
    context.workbook.worksheets.getItem(first.sheet).activate();
    await context.sync();
  }
}

/**
 * addTables(): the set-up write. Every check happens before anything is queued,
 * so a refused set-up writes nothing; then all tables (each built on a staging
 * sheet and revealed, see setupSheets.ts) and the lists sheet are queued and sent
 * in one sync (more only if the payload demands it).
 */
import type { ProgressReport } from "../../app/ports";
import type { TableTemplate } from "../../core/template.types";
import { WorkbookWriteError } from "../xlsx/writeErrors";
import { listsOps } from "./listsSheet";
import { op, packBatches, runBatches, type Op } from "./payload";
import { supportsExcelApi } from "./requirements";
import { leftoverOps, setupOrder, stagedTables } from "./setupSheets";
import { findSheet, hasTable, type WorkbookState } from "./workbookState";

/** Refuses tables that exist and sheets that hold data: the set-up never touches a user's cells. */
function checkTargets(state: WorkbookState, templates: readonly TableTemplate[]): void {
  for (const t of templates) {
    if (hasTable(state, t.name)) throw new WorkbookWriteError("tableExists", t.name);
    if (findSheet(state, t.sheet)?.hasData) throw new WorkbookWriteError("sheetHasData", t.sheet);
  }
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
  const first = templates[0];
  if (first && !findSheet(state, first.sheet)) {
    ops.push(op(null, () => context.workbook.worksheets.getItem(first.sheet).activate()));
  }
  const batches = packBatches(ops, templates.map((t) => t.name).join(", "));
  progress?.(0, batches.length);
  await runBatches(context, batches);
  progress?.(batches.length, batches.length);
}

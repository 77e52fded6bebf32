/**
 * Collect as a use case: preview what the returned hand-outs bring into the master
 * for a period, then, once the coordinator confirmed, append the new rows and
 * replace only the master rows the coordinator confirmed. Returned files are only read.
 */
import {
  answerCells,
  type AnswerRow,
  type AnswerTable,
  answerTableInfo,
  type CollectDecisions,
  collectPreview,
  type CollectPreview,
  collectRows,
  type CollectRows,
  type NotApplied,
  readIdentity,
  type ReturnedFile,
  staleRows,
} from "../core/collect";
import { FailureError, notATable, unknownPeriod, type UnknownPeriod } from "../core/failures";
import { readPlan } from "../core/read";
import type { RowUpdate, WorkbookPort } from "./ports";
import { setUpPlan } from "./setUpPlan";

/** A returned hand-out: its file name (as the user knows it) and a port to read it. */
export type ReturnedWorkbook = { readonly file: string; readonly port: WorkbookPort };

/** Reads a returned workbook with the identity written into it. */
export async function readReturned(r: ReturnedWorkbook): Promise<ReturnedFile> {
  const raw = await r.port.read();
  const plan = readPlan(raw);
  return { file: r.file, plan, identity: readIdentity(raw, plan) };
}

/** The preview of collecting the returned workbooks into the master; nothing is written. */
export async function previewCollect(
  master: WorkbookPort,
  period: string,
  returned: readonly ReturnedWorkbook[],
): Promise<{ readonly ok: true; readonly preview: CollectPreview } | UnknownPeriod> {
  const plan = readPlan(await master.read());
  const files = await Promise.all(returned.map(readReturned));
  const preview = collectPreview(plan, period, files);
  if (preview === null) return unknownPeriod(plan, period);
  return { ok: true, preview };
}

/**
 * Writes a preview with the coordinator's decisions: adds missing answer tables,
 * appends new rows, replaces confirmed rows (when the port can; otherwise they are
 * returned as not applied) and returns what was done. Refuses, writing nothing,
 * when the master changed since the preview or holds the tables as plain cells.
 */
export async function writeCollect(
  master: WorkbookPort,
  preview: CollectPreview,
  decisions: CollectDecisions = {},
): Promise<CollectRows> {
  const planned = collectRows(preview, decisions);
  let plan = readPlan(await master.read());
  const needed = new Set<AnswerTable>([...planned.append, ...planned.update].map((a) => a.table));
  if ([...needed].some((t) => answerTableInfo(plan, t).found === "missing")) {
    await setUpPlan(master, { lang: plan.lang });
    plan = readPlan(await master.read());
  }
  for (const t of needed) {
    const info = answerTableInfo(plan, t);
    if (info.found !== "table") throw new FailureError(notATable(info, plan.lang));
  }
  const stale = staleRows(plan, planned);
  if (stale.length > 0) throw new FailureError({ code: "masterChanged", ids: stale.map((a) => a.id) });
  const canUpdate = master.updateRows !== undefined;
  const update = canUpdate ? planned.update : [];
  const cannot: NotApplied[] = canUpdate
    ? []
    : planned.update.map((a) => ({
        key: a.key,
        table: a.table,
        period: a.period,
        id: a.id,
        reason: "cannotUpdate",
      }));
  const cells = (a: AnswerRow, keep: boolean) => answerCells(plan, a, keep);
  const appends = (["FollowUp", "IndicatorValues"] as const)
    .map((table) => ({
      table,
      rows: planned.append.filter((a) => a.table === table).map((a) => cells(a, false).map((v) => v ?? null)),
    }))
    .filter((a) => a.rows.length > 0);
  // Updates first: their rows were read before, and an append can move a table stacked below down.
  const updates: RowUpdate[] = update.map((a) => ({
    table: a.table,
    row: a.masterRow ?? -1,
    values: cells(a, true),
  }));
  // Before the first write: appends Excel could not make whole are refused with nothing written.
  if (updates.length > 0 && master.checkAppends)
    await master.checkAppends(appends.map((a) => ({ table: a.table, rows: a.rows.length })));
  if (updates.length > 0 && master.updateRows) await master.updateRows(updates);
  if (appends.length > 0) await master.appendRows(appends);
  return { append: planned.append, update, notApplied: [...planned.notApplied, ...cannot] };
}

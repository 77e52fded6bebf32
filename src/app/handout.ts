/**
 * Hand-outs as a use case: read the master, make one workbook per responsible for
 * a period (the unit's rows, pre-filled for the period, protected where the unit
 * must not type), and return their bytes. The shell decides where they go (a
 * download in the task pane, a folder on the command line); `newWorkbook` keeps
 * this layer free of any file library.
 */
import { type Handout, handoutPlans, handoutProtection, handoutTemplates } from "../core/collect";
import type { Lang } from "../core/language";
import { readPlan } from "../core/read";
import type { ProgressReport, WorkbookPort } from "./ports";
import { unknownPeriod, type UnknownPeriod } from "../core/failures";

/** A new, empty workbook to write one hand-out into, and how to get its bytes. */
export type NewWorkbook = () => { readonly port: WorkbookPort; save(): Promise<Uint8Array> };

export type HandoutFile = {
  readonly fileName: string;
  /** The responsible, or the no-responsible label. */
  readonly label: string;
  readonly responsible: string | null;
  /** Rows to fill in. */
  readonly activities: number;
  readonly goals: number;
  readonly bytes: Uint8Array;
};

export type HandoutsMade = {
  readonly ok: true;
  readonly period: string;
  readonly files: readonly HandoutFile[];
};

/** The hand-outs of a period without writing anything (for a list to choose from), or the known periods. */
export async function prepareHandouts(
  master: WorkbookPort,
  period: string,
  lang?: Lang,
): Promise<{ readonly ok: true; readonly handouts: readonly Handout[] } | UnknownPeriod> {
  const plan = readPlan(await master.read());
  const handouts = handoutPlans(plan, period, lang ?? plan.lang);
  if (handouts === null) {
    return unknownPeriod(plan, period);
  }
  return { ok: true, handouts };
}

/** One hand-out written into a new workbook (tables, then protection), as bytes. */
export async function writeHandout(handout: Handout, newWorkbook: NewWorkbook): Promise<HandoutFile> {
  const wb = newWorkbook();
  await wb.port.addTables(handoutTemplates(handout));
  if (wb.port.protectSheets) await wb.port.protectSheets(handoutProtection(handout));
  return {
    fileName: handout.fileName,
    label: handout.label,
    responsible: handout.identity.responsible,
    activities: handout.followUp.length,
    goals: handout.indicators.length,
    bytes: await wb.save(),
  };
}

/**
 * Every hand-out of a period as a file; `lang` is the hand-outs' language (default
 * the master's). Nothing in the master is written.
 */
export async function makeHandouts(
  master: WorkbookPort,
  period: string,
  newWorkbook: NewWorkbook,
  options: { lang?: Lang; progress?: ProgressReport } = {},
): Promise<HandoutsMade | UnknownPeriod> {
  const prepared = await prepareHandouts(master, period, options.lang);
  if (!prepared.ok) return prepared;
  const files: HandoutFile[] = [];
  for (const h of prepared.handouts) {
    files.push(await writeHandout(h, newWorkbook));
    options.progress?.(files.length, prepared.handouts.length);
  }
  return { ok: true, period: prepared.handouts[0]?.identity.period ?? period, files };
}

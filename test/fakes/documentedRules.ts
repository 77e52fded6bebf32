/**
 * The fake Excel's rules that come from Microsoft's documentation rather than from
 * our beliefs: the data in msdocs/ (copied from office-js-docs-pr and
 * office-js-docs-reference, CC BY 4.0, see msdocs/SOURCE.md) turned into behaviour.
 * - Undo: inside `Excel.run({ mergeUndoGroup: true })` a call the undo table marks as
 *   unsupported on the host's platform throws `UndoNotSupported` (undoSupport.json).
 * - Cell-edit mode: while the user edits a cell, a request fails with
 *   `InvalidOperationInCellEditMode` unless its run asked to wait (`delayForCellEdit`,
 *   which Office.js sends as request flag 64); a waiting request runs once the edit ends.
 * - Requirement sets: every API member the adapter calls must have its documented
 *   requirement set in requirementSets.json, and one beyond the manifest's minimum
 *   (ExcelApi 1.9) may be called only after `isSetSupported` said yes for its set.
 * The bridge (officeJsBridge.ts) asks these rules about every request and action.
 */
import { FakeOfficeError } from "./fakeModel";
import requirementData from "./msdocs/requirementSets.json";
import undoData from "./msdocs/undoSupport.json";

/** The platforms the undo table tells apart (Windows and Mac share a column). */
export type Platform = "web" | "windows" | "mac";
export const PLATFORMS: readonly Platform[] = ["web", "windows", "mac"];

/** The requirement set the manifest declares (src/workbook/office/requirements.ts says the same). */
export const MINIMUM_EXCEL_API = "1.9";

/** Office.js's request flag for a run made with `delayForCellEdit: true` (Excel.run's onBeforeExcelRun). */
export const DELAY_FOR_CELL_EDIT_FLAG = 64;

/** A broken documented rule the adapter must not break: a test failure, never Excel's answer. */
export class DocumentedRuleBroken extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DocumentedRuleBroken";
  }
}

/** A name without zero-width characters, in lower case. */
const bare = (name: string): string => name.replace(/[\u200b-\u200d\ufeff]/g, "").toLowerCase();

type UndoRow = { readonly api: string; readonly web: boolean; readonly windowsAndMac: boolean };
const UNDO: ReadonlyMap<string, UndoRow> = new Map(
  // The page's "Worksheet.visibility" carries a zero-width space: names are compared without them.
  (undoData.rows as readonly UndoRow[]).map((r) => [bare(r.api), r]),
);

/** True when Microsoft's table says `api` ("Worksheet.delete") supports undo on `platform`. */
export function supportsUndo(api: string, platform: Platform): boolean {
  const row = UNDO.get(bare(api));
  if (!row) return true;
  return platform === "web" ? row.web : row.windowsAndMac;
}

type RequirementRow = { readonly member: string; readonly set: string };
const REQUIREMENTS: ReadonlyMap<string, string> = new Map(
  (requirementData.members as readonly RequirementRow[]).map((r) => [r.member.toLowerCase(), r.set]),
);

/** The documented ExcelApi version of a member ("Table.resize" → "1.13"), or null when the data lacks it. */
export function requirementOf(member: string): string | null {
  return REQUIREMENTS.get(member.toLowerCase()) ?? null;
}

/** True when ExcelApi `a` ≤ `b` ("1.9" ≤ "1.13"). */
function atMost(a: string, b: string): boolean {
  const [x = 1, y = 0] = a.split(".").map(Number);
  const [u = 1, v = 0] = b.split(".").map(Number);
  return x < u || (x === u && y <= v);
}

/** The fake's proxy classes by the API class they stand for (the rest drop their "Fake"). */
const CLASS_NAMES: Readonly<Record<string, string>> = {
  FakeConditionalFormats: "ConditionalFormatCollection",
  FakeSheetProtection: "WorksheetProtection",
  FakeTableRowCount: "TableRowCollection",
  FakeSettings: "SettingCollection",
  FakeAreaCollection: "RangeCollection",
};

/** The API class a fake proxy stands for ("FakeWorksheet" → "Worksheet"), or null for a plain object. */
export function apiClassOf(target: unknown): string | null {
  if (target === null || typeof target !== "object") return null;
  const name = (target as object).constructor?.name ?? "";
  if (CLASS_NAMES[name]) return CLASS_NAMES[name];
  return name.startsWith("Fake") ? name.slice(4) : null;
}

/** What the documented rules need to know of the host and the run a request belongs to. */
export type RuleHost = {
  platform: Platform;
  /** The user is editing a cell (until a request that waits for the edit to end arrives). */
  cellEditing: boolean;
  /** Every `isSetSupported` the adapter asked, with Excel's answer. */
  readonly askedSets: { name: string; version: string; answer: boolean }[];
  /** Every API member the adapter called through Office.js ("Worksheet.getRangeByIndexes"). */
  readonly calledMembers: Set<string>;
};

/** What a run told Office.js (the bridge learns `mergeUndoGroup` from officeJsLoader's run). */
export type RunOptions = { readonly mergeUndoGroup?: boolean };

/**
 * A request's answer to the cell-edit rule: refused as a whole while the user edits,
 * unless the run waits (then Excel runs it after the edit, so the edit is over).
 */
export function checkCellEdit(host: RuleHost, flags: number): void {
  if (!host.cellEditing) return;
  if ((flags & DELAY_FOR_CELL_EDIT_FLAG) !== 0) {
    host.cellEditing = false;
    return;
  }
  throw new FakeOfficeError(
    "InvalidOperationInCellEditMode",
    "The operation isn't available while Excel is in Edit cell mode.",
  );
}

/**
 * Records a member the adapter calls and holds it to its documented requirement set:
 * a member missing from the data, or beyond the minimum set without a yes from
 * isSetSupported for its set, breaks a rule (the test fails).
 */
export function checkRequirement(host: RuleHost, member: string): void {
  host.calledMembers.add(member);
  const set = requirementOf(member);
  if (set === null)
    throw new DocumentedRuleBroken(
      `${member} has no documented requirement set in test/fakes/msdocs/requirementSets.json: add it from office-js-docs-reference`,
    );
  if (atMost(set, MINIMUM_EXCEL_API)) return;
  const asked = host.askedSets.some((a) => a.name === "ExcelApi" && a.answer && atMost(set, a.version));
  if (!asked)
    throw new DocumentedRuleBroken(
      `${member} needs ExcelApi ${set}, beyond the manifest's ${MINIMUM_EXCEL_API}, and was called without isSetSupported("ExcelApi", "${set}")`,
    );
}

/**
 * The undo rule for one action inside a run: false when the call does not support
 * undo on the host's platform and the run merges its undo group, so Excel throws
 * UndoNotSupported at that call (the bridge stops the request there).
 */
export function checkUndo(host: RuleHost, run: RunOptions, api: string): boolean {
  return run.mergeUndoGroup !== true || supportsUndo(api, host.platform);
}

/**
 * The workspace of the web page: an .xlsx file held in memory through the exceljs
 * adapter, which this module loads on demand (it is not in the add-in's initial
 * bundle). Actions run one at a time; saving gives the bytes of the changed workbook.
 */
import type { WorkbookPort } from "../../app/ports";
import type { CellValue } from "../../core/cells";
import type { Workspace } from "../workspace";
import { loadXlsxAdapter, workbookFiles } from "./workbookFiles";

export type FileWorkspace = Workspace & {
  readonly fileName: string;
  /** The workbook as .xlsx bytes, with every change made so far. */
  save(): Promise<Uint8Array>;
  /** A cell's value as the workbook holds it now (to show a finding's cell). */
  cellValue(sheet: string, cell: string): CellValue;
};

const loadAdapter = loadXlsxAdapter;

type Wb = Awaited<ReturnType<Awaited<ReturnType<typeof loadAdapter>>["newXlsx"]>>;

function workspaceOf(
  wb: Wb,
  port: WorkbookPort,
  fileName: string,
  save: () => Promise<Uint8Array>,
): FileWorkspace {
  let queue: Promise<unknown> = Promise.resolve();
  return {
    kind: "file",
    fileName,
    run<T>(action: (p: WorkbookPort) => Promise<T>): Promise<T> {
      const next = queue.then(() => action(port));
      queue = next.catch(() => undefined);
      return next;
    },
    save,
    files: workbookFiles,
    cellValue(sheet, cell) {
      const ws = wb.getWorksheet(sheet);
      const v = ws?.getCell(cell).value;
      if (v === null || v === undefined) return null;
      if (typeof v === "object" && !(v instanceof Date)) {
        if ("result" in v) return (v.result as CellValue) ?? null;
        if ("richText" in v) return v.richText.map((r) => r.text).join("");
        if ("text" in v) return String(v.text);
        if ("error" in v) return String(v.error);
        return null;
      }
      return v as CellValue;
    },
  };
}

/** Opens .xlsx bytes; throws the adapter's WorkbookFileError for a file that cannot be used. */
export async function openFileWorkspace(bytes: ArrayBuffer, fileName: string): Promise<FileWorkspace> {
  const { openXlsx, saveXlsx, xlsxPort } = await loadAdapter();
  const wb = await openXlsx(bytes);
  return workspaceOf(wb, xlsxPort(wb), fileName, () => saveXlsx(wb));
}

/** A new, empty workbook to set up a plan in. */
export async function newFileWorkspace(fileName: string): Promise<FileWorkspace> {
  const { newXlsx, saveXlsx, xlsxPort } = await loadAdapter();
  const wb = newXlsx();
  return workspaceOf(wb, xlsxPort(wb), fileName, () => saveXlsx(wb));
}

/** The reason a file could not be opened, when the adapter said which. */
export function fileErrorReason(error: unknown): string | null {
  if (error && typeof error === "object" && "reason" in error && typeof error.reason === "string")
    return error.reason;
  return null;
}

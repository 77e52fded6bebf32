/**
 * The workspace inside Excel: one Excel.run per user action, cells shown by selecting
 * them, and files. The Office adapter is a chunk of its own, loaded once on first use
 * (index.tsx starts loading it as soon as the pane knows it runs in Excel), so the web
 * page never loads it and the initial bundle stays small.
 */
import type { Workspace } from "../workspace";
import { workbookFiles } from "./workbookFiles";

type ExcelAdapter = typeof import("../../workbook/office");

/** Hand-outs inside Excel: opened as new workbooks where the host can (ExcelApi 1.8), else downloaded. */
async function openInExcel(bytes: Uint8Array, name: string): Promise<"opened" | "downloaded"> {
  const office = await import(/* webpackChunkName: "office" */ "../../workbook/office");
  if (!office.canCreateWorkbooks()) {
    workbookFiles.download(bytes, name);
    return "downloaded";
  }
  await office.openAsNewWorkbook(bytes);
  return "opened";
}

let adapter: Promise<ExcelAdapter> | null = null;

/** The Office adapter, loaded on the first call (and tried again on the next after a failed load). */
export function loadExcelAdapter(): Promise<ExcelAdapter> {
  adapter ??= import(/* webpackChunkName: "office" */ "../../workbook/office").catch((e: unknown) => {
    adapter = null;
    throw e;
  });
  return adapter;
}

export const excelWorkspace: Workspace = {
  kind: "excel",
  run: async (action) => (await loadExcelAdapter()).runExcelAction(action),
  selectCell: async (sheet, cell) => {
    await (await loadExcelAdapter()).selectCell(sheet, cell);
  },
  // Hand-outs and returned files are workbooks outside Excel: made and read with the file adapter;
  // hand-outs reach the user as new workbooks opened in Excel, returned files through the file picker.
  files: { ...workbookFiles, openInExcel },
};

/**
 * Handing the user a workbook inside Excel: `Excel.createWorkbook(base64)` (ExcelApi 1.8)
 * opens an .xlsx file's bytes as a new, unsaved workbook, which the user saves where they
 * like. A download from the task pane does not reach the user on every platform (Office on
 * Mac does not support it, office-js #2700; the Windows WebView has blocked blob downloads,
 * #1511), so inside Excel this is how hand-outs arrive (docs/real-excel.md, "Hand-outs
 * arrive in every Excel").
 */
import { supportsExcelApi } from "./requirements";

/** The base64 text of bytes, in slices (String.fromCharCode takes a bounded number of arguments). */
export function base64Of(bytes: Uint8Array): string {
  let binary = "";
  const slice = 0x8000;
  for (let i = 0; i < bytes.length; i += slice) {
    binary += String.fromCharCode(...bytes.subarray(i, i + slice));
  }
  return btoa(binary);
}

/** True when the host can open new workbooks (ExcelApi 1.8 and the call present). */
export function canCreateWorkbooks(): boolean {
  return (
    supportsExcelApi("1.8") && typeof Excel !== "undefined" && typeof Excel.createWorkbook === "function"
  );
}

/** Opens the bytes of an .xlsx file in Excel as a new workbook. */
export async function openAsNewWorkbook(bytes: Uint8Array): Promise<void> {
  await Excel.createWorkbook(base64Of(bytes));
}

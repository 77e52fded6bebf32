/**
 * Workbooks as files in the browser, for both hosts: new workbooks and opened
 * files through the .xlsx adapter, loaded on first use (it stays out of the
 * initial bundle; files are read in a Web Worker), and bytes handed to the user
 * as a download.
 */
import type { NewWorkbook } from "../../app/handout";
import type { WorkbookFiles } from "../workspace";

/** The .xlsx adapter, in its own chunk. */
export const loadXlsxAdapter = () => import(/* webpackChunkName: "xlsx" */ "../../workbook/xlsx");

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The Word writer (the docx package and our chart parts), in its own chunk. */
const loadDocxWriter = () => import(/* webpackChunkName: "docx" */ "../../workbook/docx");

/** Offers bytes as a file download named `name`. */
export function download(bytes: Uint8Array, name: string, type: string = XLSX_TYPE): void {
  const blob = new Blob([new Uint8Array(bytes)], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoked later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** New workbooks made with the adapter; each saves to .xlsx bytes. */
async function newWorkbooks(): Promise<NewWorkbook> {
  const { newXlsx, saveXlsx, xlsxPort } = await loadXlsxAdapter();
  return () => {
    const wb = newXlsx();
    return { port: xlsxPort(wb), save: () => saveXlsx(wb) };
  };
}

/** The files capability of the task pane, inside Excel and on the web page alike. */
export const workbookFiles: WorkbookFiles = {
  newWorkbooks,
  open: async (bytes) => {
    const data = new Uint8Array(bytes);
    const [{ openXlsx, xlsxPort }, read] = await Promise.all([
      loadXlsxAdapter(),
      import("./readInWorker").then((m) => m.readInWorker(data)),
    ]);
    return xlsxPort(await openXlsx(data, read ? { read } : {}));
  },
  download,
  wordSection: async (section) => (await loadDocxWriter()).sectionDocx(section),
};

/**
 * What the views work on: the open workbook, inside Excel or as a file in the page.
 * The composition root (index.tsx) builds one; views only call src/app/ use cases
 * through `run`, so they behave the same on both.
 */
import type { NewWorkbook } from "../app/handout";
import type { WorkbookPort } from "../app/ports";
import type { ReportSection } from "../core/summary";

/**
 * Workbooks other than the open one (hand-outs made, returned files read), and
 * files offered to the user. Loading the file library is asynchronous, so new
 * workbooks come from a maker obtained once (makeHandouts calls it synchronously).
 */
export type WorkbookFiles = {
  /** Loads the file library and gives a maker of new, empty workbooks with their bytes. */
  newWorkbooks(): Promise<NewWorkbook>;
  /** Opens an .xlsx file to read; throws the adapter's WorkbookFileError (with a reason) for a file that cannot be used. */
  open(bytes: ArrayBuffer, name: string): Promise<WorkbookPort>;
  /** Offers bytes to the user as a downloaded file (.xlsx unless `type` says otherwise). */
  download(bytes: Uint8Array, name: string, type?: string): void;
  /**
   * Inside Excel: opens bytes as a new workbook in Excel (Excel.createWorkbook, ExcelApi 1.8)
   * for the user to save as `name`, since a download from the task pane does not reach the
   * user on every platform; where the host lacks the call, downloads them instead and says so.
   */
  openInExcel?(bytes: Uint8Array, name: string): Promise<"opened" | "downloaded">;
  /** Loads the Word writer and gives the report section as .docx bytes. */
  wordSection?(section: ReportSection): Promise<Uint8Array>;
};

export type Workspace = {
  readonly kind: "excel" | "file";
  /** Runs one user action against the workbook (inside Excel: one Excel.run). */
  run<T>(action: (port: WorkbookPort) => Promise<T>): Promise<T>;
  /** Shows a cell to the user (inside Excel: activates the sheet and selects it). */
  selectCell?(sheet: string, cell: string): Promise<void>;
  /** Other workbooks and downloads; absent where the host cannot offer files. */
  readonly files?: WorkbookFiles;
};

/**
 * What the views work on: the open workbook, inside Excel or as a file in the page.
 * The composition root (index.tsx) builds one; views only call src/app/ use cases
 * through `run`, so they behave the same on both.
 */
import type { WorkbookPort } from "../app/ports";

export type Workspace = {
  readonly kind: "excel" | "file";
  /** Runs one user action against the workbook (inside Excel: one Excel.run). */
  run<T>(action: (port: WorkbookPort) => Promise<T>): Promise<T>;
  /** Shows a cell to the user (inside Excel: activates the sheet and selects it). */
  selectCell?(sheet: string, cell: string): Promise<void>;
};

/**
 * The workspace of the web page: an .xlsx file held in memory through the file
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

type Adapter = Awaited<ReturnType<typeof loadAdapter>>;
type Wb = Parameters<Adapter["saveXlsx"]>[0];

function workspaceOf(adapter: Adapter, wb: Wb, fileName: string): FileWorkspace {
  const port = adapter.xlsxPort(wb);
  let queue: Promise<unknown> = Promise.resolve();
  return {
    kind: "file",
    fileName,
    run<T>(action: (p: WorkbookPort) => Promise<T>): Promise<T> {
      const next = queue.then(() => action(port));
      queue = next.catch(() => undefined);
      return next;
    },
    save: () => adapter.saveXlsx(wb),
    files: workbookFiles,
    cellValue: (sheet, cell) => adapter.xlsxCellValue(wb, sheet, cell),
  };
}

/**
 * Opens .xlsx bytes, reading them in a Web Worker so the page stays responsive
 * (`onProgress` gets the fraction read); throws an error carrying the adapter's
 * reason (and damaged part) for a file that cannot be used.
 */
export async function openFileWorkspace(
  bytes: ArrayBuffer,
  fileName: string,
  onProgress?: (fraction: number) => void,
): Promise<FileWorkspace> {
  const data = new Uint8Array(bytes);
  const [adapter, read] = await Promise.all([
    loadAdapter(),
    import("./readInWorker").then((m) => m.readInWorker(data, onProgress)),
  ]);
  return workspaceOf(adapter, await adapter.openXlsx(data, read ? { read } : {}), fileName);
}

/** A new, empty workbook to set up a plan in. */
export async function newFileWorkspace(fileName: string): Promise<FileWorkspace> {
  const adapter = await loadAdapter();
  return workspaceOf(adapter, adapter.newXlsx(), fileName);
}

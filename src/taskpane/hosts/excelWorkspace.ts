/** The workspace inside Excel: one Excel.run per user action, cells shown by selecting them, and files. */
import { readSelection, runExcelAction, selectCell } from "../../workbook/office/excelRun";
import type { Workspace } from "../workspace";
import { workbookFiles } from "./workbookFiles";

export const excelWorkspace: Workspace = {
  kind: "excel",
  run: (action) => runExcelAction(action),
  selectCell: async (sheet, cell) => {
    await selectCell(sheet, cell);
  },
  // Hand-outs and returned files are workbooks outside Excel: made and read with the file adapter.
  files: workbookFiles,
};

export { readSelection };

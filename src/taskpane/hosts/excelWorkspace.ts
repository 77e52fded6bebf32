/** The workspace inside Excel: one Excel.run per user action, and cells shown by selecting them. */
import { readSelection, runExcelAction, selectCell } from "../../workbook/office/excelRun";
import type { Workspace } from "../workspace";

export const excelWorkspace: Workspace = {
  kind: "excel",
  run: (action) => runExcelAction(action),
  selectCell: async (sheet, cell) => {
    await selectCell(sheet, cell);
  },
};

export { readSelection };

/**
 * Protected sheets and workbooks in files: a structural change on a protected
 * sheet (rows added, a table set up on it) or a new sheet in a workbook whose
 * structure is protected is refused before anything is written, naming what to
 * unprotect; cells left open on a protected sheet can still be updated, locked ones
 * cannot. A refused action leaves the package exactly as it was.
 */
import { handoutPlans } from "../../../src/core/collect/handoutPlans";
import { handoutProtection, handoutTemplates } from "../../../src/core/collect/handoutTemplates";
import { planTemplates } from "../../../src/core/template/planTemplate";
import { readPlan } from "../../../src/core/read/readPlan";
import {
  newXlsx,
  openXlsx,
  saveXlsx,
  WorkbookWriteError,
  xlsxPort,
  type XlsxWorkbook,
} from "../../../src/workbook/xlsx";
import { masterRows } from "../../core/collect/roundFixture";
import { planWorkbook } from "../../core/fixtures/planWorkbook";
import { excelJsBytes } from "./excelJsFiles";

/** A unit's hand-out as the product writes it: tables, then protection. */
async function handout(): Promise<XlsxWorkbook> {
  const plan = readPlan(planWorkbook(masterRows()));
  const h = handoutPlans(plan, "Helår 2022")?.[0];
  if (!h) throw new Error("no hand-out");
  const wb = newXlsx();
  await xlsxPort(wb).addTables(handoutTemplates(h));
  await xlsxPort(wb).protectSheets?.(handoutProtection(h));
  return openXlsx(await saveXlsx(wb));
}

async function refusal(action: Promise<unknown>): Promise<WorkbookWriteError> {
  const e = await action.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(WorkbookWriteError);
  return e as WorkbookWriteError;
}

describe("protected sheets in a file", () => {
  it("refuses to add rows to a table on a protected sheet, naming the sheet, and writes nothing", async () => {
    const wb = await handout();
    const error = await refusal(
      xlsxPort(wb).appendRows([
        { table: "FollowUp", rows: [["Helår 2022", "A9", "Pågår", null, null, null]] },
      ]),
    );
    expect([error.reason, error.target]).toEqual(["sheetProtected", "Uppföljning"]);
    expect(wb.package.unchanged).toBe(true);
  });

  it("updates cells left open on a protected sheet, and refuses locked ones", async () => {
    const wb = await handout();
    const port = xlsxPort(wb);
    const followUp = (await port.read()).tables.find((t) => t.name === "FollowUp");
    if (!followUp) throw new Error("no FollowUp");
    const row = followUp.top + 1;
    // Status (column 3) is open for the unit; the activity's ID (column 1) is locked.
    await port.updateRows?.([{ table: "FollowUp", row, values: [undefined, undefined, undefined, "Klar"] }]);
    expect((await port.read()).tables.find((t) => t.name === "FollowUp")?.values[1]?.[3]).toBe("Klar");
    const before = await saveXlsx(wb);
    const error = await refusal(
      Promise.resolve(port.updateRows?.([{ table: "FollowUp", row, values: [undefined, "A99"] }])),
    );
    expect([error.reason, error.target]).toEqual(["sheetProtected", "Uppföljning"]);
    expect(Buffer.compare(await saveXlsx(wb), before)).toBe(0);
  });

  it("refuses to set up a table on an empty but protected sheet of its name", async () => {
    const wb = await openXlsx(
      await excelJsBytes((book) => {
        const ws = book.addWorksheet("Mål");
        void ws.protect("", {});
      }),
    );
    const error = await refusal(
      xlsxPort(wb).addTables(planTemplates("sv").filter((t) => t.name === "Goals")),
    );
    expect([error.reason, error.target]).toEqual(["sheetProtected", "Mål"]);
    expect(wb.package.unchanged).toBe(true);
  });

  it("refuses any new sheet in a workbook whose structure is protected", async () => {
    const wb = await openXlsx(
      await excelJsBytes((book) => {
        book.addWorksheet("Blad1").getCell("A1").value = "Egna anteckningar";
      }),
    );
    // Protect the structure as Excel does (Review > Protect Workbook).
    wb.write((w) => {
      const text = w.pkg.text(w.workbook.part);
      w.pkg.set(w.workbook.part, text.replace("<sheets>", '<workbookProtection lockStructure="1"/><sheets>'));
    });
    const locked = await openXlsx(await saveXlsx(wb));
    const error = await refusal(xlsxPort(locked).addTables(planTemplates("sv")));
    expect(error.reason).toBe("workbookProtected");
    expect(locked.package.unchanged).toBe(true);
  });
});

/**
 * Opening a hand-out as a new workbook (src/workbook/office/newWorkbook.ts): Excel.createWorkbook
 * takes the .xlsx file as base64 and exists from ExcelApi 1.8 (Microsoft's reference,
 * office-js-docs-reference excel.yml, "createWorkbook"), so it is called only where
 * isSetSupported says so. Node's Buffer is the referee of the base64 text.
 */
import { base64Of, canCreateWorkbooks, openAsNewWorkbook } from "../../../src/workbook/office/newWorkbook";
import { installCreateWorkbook } from "../../fakes/fakeCreateWorkbook";
import { fakeWorkbook, installFakeExcel } from "../../fakes/fakeExcel";

describe("opening a workbook in Excel", () => {
  it("encodes any bytes as Node's Buffer does, across the slices", () => {
    const bytes = new Uint8Array(100_003).map((_, i) => (i * 7919) % 256);
    expect(base64Of(bytes)).toBe(Buffer.from(bytes).toString("base64"));
    expect(base64Of(new Uint8Array())).toBe("");
  });

  it("is offered only where the host has ExcelApi 1.8", () => {
    for (const [version, can] of [
      ["1.7", false],
      ["1.8", true],
      ["1.9", true],
    ] as const) {
      const uninstall = installFakeExcel(fakeWorkbook(), version);
      const created = installCreateWorkbook();
      try {
        expect([version, canCreateWorkbooks()]).toEqual([version, can]);
      } finally {
        created.uninstall();
        uninstall();
      }
    }
  });

  it("hands Excel the file's bytes unchanged", async () => {
    const uninstall = installFakeExcel(fakeWorkbook(), "1.9");
    const created = installCreateWorkbook();
    try {
      const bytes = new TextEncoder().encode("PK\u0003\u0004 en hand-out");
      await openAsNewWorkbook(bytes);
      expect(created.opened).toEqual([bytes]);
    } finally {
      created.uninstall();
      uninstall();
    }
  });
});

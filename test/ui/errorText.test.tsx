import { render, screen } from "@testing-library/react";
import { ErrorBar } from "../../src/taskpane/components/ErrorBar";
import { errorText } from "../../src/taskpane/errorText";
import { WorkbookWriteError } from "../../src/workbook/xlsx/writeErrors";
import { ExcelLimitError } from "../../src/workbook/office/payload";

describe("a failed action's message", () => {
  it("names the protected sheet to unprotect, in Swedish and English", () => {
    const message = new WorkbookWriteError("sheetProtected", "Uppföljning").message;
    expect(errorText(message, "sv")).toContain("Bladet «Uppföljning» är skyddat");
    expect(errorText(message, "en")).toContain('The sheet "Uppföljning" is protected');
    expect(errorText(new WorkbookWriteError("workbookProtected", "").message, "en")).toContain(
      "workbook's structure is protected",
    );
  });

  it("says a refused oversize write in words, and leaves messages it does not know as they are", () => {
    const message = new ExcelLimitError(
      "payloadTooLarge",
      "Årsbokslut 2021",
      "GeneralException for about 4 MB",
    ).message;
    expect(errorText(message, "sv")).toContain("för stor för Excel på webben");
    expect(errorText("Sheet not found: Blad9", "en")).toBe("Sheet not found: Blad9");
  });

  it("is what the error bar shows", () => {
    render(<ErrorBar lang="en" message={new WorkbookWriteError("sheetProtected", "Mål").message} />);
    expect(screen.getByRole("alert").textContent).toContain('The sheet "Mål" is protected');
  });
});

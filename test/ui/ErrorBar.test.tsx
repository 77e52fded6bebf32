import { render, screen, waitFor } from "@testing-library/react";
import { FAILURE_CODES } from "../../src/core/failures/failureTexts";
import type { Failure } from "../../src/core/failures/failures";
import { ErrorBar } from "../../src/taskpane/components/ErrorBar";
import { uiWords } from "../../src/taskpane/strings";
import { messageOf } from "../../src/taskpane/steps";
import { ExcelLimitError } from "../../src/workbook/office/payload";
import { WorkbookFileError } from "../../src/workbook/xlsx/fileErrors";
import { WorkbookWriteError } from "../../src/workbook/floor";
import { ENGLISH, FAILURE_SAMPLES } from "../core/failures/failureSamples";

/** What the error bar says once a failure's words have loaded. */
async function shown(message: ReturnType<typeof messageOf>, lang: "sv" | "en"): Promise<string> {
  const { unmount } = render(<ErrorBar lang={lang} message={message} />);
  const alert = screen.getByRole("alert");
  const title = uiWords(lang)("errorTitle");
  await waitFor(() => expect((alert.textContent ?? "").length).toBeGreaterThan(title.length + 5));
  const text = alert.textContent ?? "";
  unmount();
  return text;
}

describe("the task pane's error bar", () => {
  it("tells every failure in Swedish, as a sentence, with no code and no English", async () => {
    for (const code of FAILURE_CODES) {
      for (const failure of FAILURE_SAMPLES[code] as readonly Failure[]) {
        const text = await shown(failure, "sv");
        expect(text).not.toContain(failure.code);
        expect([text, text.match(ENGLISH)?.[0]]).toEqual([text, undefined]);
        expect(text).toMatch(/\.$/);
      }
    }
  });

  it("tells the adapters' refusals in the user's language, naming the sheet", async () => {
    const protectedSheet = messageOf(new WorkbookWriteError("sheetProtected", "Uppföljning"));
    expect(await shown(protectedSheet, "sv")).toContain('Bladet "Uppföljning" är skyddat');
    expect(await shown(protectedSheet, "en")).toContain('The sheet "Uppföljning" is protected');
    const hasData = messageOf(new WorkbookWriteError("sheetHasData", "Mål"));
    expect(await shown(hasData, "sv")).toContain('Bladet "Mål" innehåller annat än planens tabell');
    for (const reason of ["cellsNotEmpty", "tableMissing", "cellHasFormula"] as const) {
      const text = await shown(messageOf(new WorkbookWriteError(reason, "Activities")), "sv");
      expect(text).not.toContain(reason);
    }
    const tooLarge = messageOf(new ExcelLimitError("payloadTooLarge", "Årsbokslut 2021", "4 MB"));
    expect(await shown(tooLarge, "sv")).toContain("för stor för Excel på webben");
    const corrupt = messageOf(new WorkbookFileError("corrupt", "bad XML", "xl/worksheets/sheet2.xml"));
    expect(await shown(corrupt, "en")).toContain("the part xl/worksheets/sheet2.xml is damaged");
  });

  it("shows any other message as it is", async () => {
    render(<ErrorBar lang="en" message={messageOf(new Error("Something odd"))} />);
    expect(screen.getByRole("alert").textContent).toContain("Something odd");
  });
});

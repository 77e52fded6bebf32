/**
 * The command line tells every failure in the same words as the task pane: the one
 * text per failure code of core/failures/failureTexts.ts, on a line of its own.
 */
import { failureLine } from "../../src/cli/failure";
import { FAILURE_CODES, asSentence, capitalised, failureText } from "../../src/core/failures/failureTexts";
import { FailureError, type Failure, type WriteRefusal } from "../../src/core/failures/failures";
import { WorkbookFileError } from "../../src/workbook/xlsx/fileErrors";
import { WorkbookWriteError } from "../../src/workbook/floor";
import { ENGLISH, FAILURE_SAMPLES } from "../core/failures/failureSamples";
import { cli } from "./cliHarness";

const every = (): Failure[] => FAILURE_CODES.flatMap((code) => FAILURE_SAMPLES[code] as readonly Failure[]);

describe("a failure on the command line", () => {
  it("is the failure's own text, capitalised, in Swedish with no code and no English", () => {
    for (const f of every()) {
      const line = failureLine(new FailureError(f), "sv");
      expect(line).not.toContain(f.code);
      expect([line, line.match(ENGLISH)?.[0]]).toEqual([line, undefined]);
      expect(line.charAt(0)).toBe(line.charAt(0).toLocaleUpperCase("sv"));
      // The task pane shows the same words as a sentence.
      if (f.code !== "fileUnreadable" || f.file !== undefined)
        expect(asSentence(line)).toBe(asSentence(failureText(f, "sv")));
    }
  });

  it("tells the adapters' refusals and unreadable files by their failure", () => {
    const reasons: WriteRefusal[] = ["sheetHasData", "cellsNotEmpty", "tableMissing", "cellHasFormula"];
    for (const reason of reasons) {
      const e = new WorkbookWriteError(reason, "Activities");
      expect(failureLine(e, "en")).toBe(capitalised(failureText(e.failure, "en")));
    }
    expect(failureLine(new WorkbookFileError("truncated"), "sv")).toBe(
      "Arbetsboken: filen är ofullständig (avbruten nedladdning eller kopiering?)",
    );
  });

  it("names the file and the periods it has when a report's period is unknown", async () => {
    const run = await cli(
      "report",
      "assets/example/exempelplan.xlsx",
      "--period",
      "Tertial 2",
      "--lang",
      "sv",
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toEqual([
      'Perioden "Tertial 2" finns inte. Perioder i arbetsboken: "Delår 2018", "Helår 2018", "Delår 2019", "Helår 2019", "Delår 2020", "Helår 2020"',
    ]);
  });
});

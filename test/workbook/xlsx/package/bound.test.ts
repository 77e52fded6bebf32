/**
 * The memory bound holds for single huge tokens (issue 23: a 2.9 MB workbook whose
 * workbook.xml holds a 500-million-character comment was read at 1.6 GB). Each
 * crafted workbook (craftedFiles.ts: a comment in workbook.xml or a sheet, one
 * shared string, one attribute value, one element name, one run of text, each of
 * 48 million characters compressing about 100 to 1, below the zip-bomb ratio
 * limit) is read in a child process whose heap is held to 256 MB: each is refused
 * with one line naming the part, while the child stays far below the bound.
 * Full-size figures (500 million characters) are in the bench (bench/craftedInputs.ts).
 */
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { CRAFTED_KINDS } from "./craftedFiles";

jest.setTimeout(600_000);

const CHILD = join(__dirname, "craftedRead.ts");
const CHARS = 48_000_000;

type Outcome = { line: string; peakMb: number; readMs: number; zipBytes: number };

function readInChild(kind: string): Outcome {
  const out = execFileSync(
    process.execPath,
    ["--max-old-space-size=256", "--import", "tsx", CHILD, kind, String(CHARS)],
    {
      encoding: "utf8",
      timeout: 300_000,
    },
  );
  return JSON.parse(out.trim().split("\n").pop()!) as Outcome;
}

const PART: Record<string, string> = {
  workbookComment: "xl/workbook.xml",
  sheetComment: "xl/worksheets/sheet1.xml",
  sharedString: "xl/sharedStrings.xml",
  attribute: "xl/worksheets/sheet1.xml",
  elementName: "xl/worksheets/sheet1.xml",
  textRun: "xl/worksheets/sheet1.xml",
};

describe("one huge token", () => {
  it.each(CRAFTED_KINDS)("(%s) is refused with one line naming the part, in bounded memory", (kind) => {
    const outcome = readInChild(kind);
    // A few hundred kB of zip that would inflate to 48 MB of one token.
    expect(outcome.zipBytes).toBeLessThan(1_000_000);
    expect(outcome.line).not.toContain("\n");
    expect(outcome.line).toMatch(new RegExp(`^tooLarge: .*${PART[kind]!.replace(/\./g, "\\.")}`));
    // The child's heap is capped at 256 MB, so holding the token whole (its bytes, its text,
    // saxes's copy) fails it rather than refusing in one line. Its whole-process peak also
    // counts tsx compiling the reader, which was seen at 157-272 MB from run to run.
    expect(outcome.peakMb).toBeLessThan(384);
  });
});

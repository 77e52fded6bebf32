/**
 * @jest-environment node
 *
 * The web page's machine, without React or a DOM, opening the example plan (Region
 * Vättersund) as the page does: what the start screen says while the file is read, the
 * open file's name and the cell a finding points at, in the user's words.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { openFileWorkspace, type FileWorkspace } from "../../src/taskpane/hosts/fileWorkspace";
import {
  PAGE_START,
  canOpen,
  pageReducer,
  savedName,
  type PageEvent,
  type PageState,
} from "../../src/taskpane/hosts/pageMachine";
import { focusText, openFileText, readingText } from "../../src/taskpane/hosts/pageStrings";

const run = (events: readonly PageEvent[], from: PageState = PAGE_START): PageState =>
  events.reduce(pageReducer, from);

let example: FileWorkspace;
beforeAll(async () => {
  const bytes = readFileSync(join(__dirname, "..", "..", "assets", "example", "exempelplan.xlsx"));
  example = await openFileWorkspace(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length),
    "exempelplan.xlsx",
  );
});

function open(state: PageState) {
  if (state.status !== "open") throw new Error(`not open: ${state.status}`);
  return state;
}

describe("the web page's machine", () => {
  it("says how much of the file is read, then works on it under its name", () => {
    const opening = run([{ type: "open", step: 1 }]);
    expect(opening).toEqual({
      status: "start",
      dragging: false,
      open: { status: "opening", step: 1, progress: null },
    });
    expect(canOpen(opening)).toBe(false);
    const reading = run([{ type: "progress", step: 1, fraction: 0.416 }], opening);
    expect(reading.status === "start" && reading.open.status === "opening" && reading.open.progress).toBe(
      0.416,
    );
    expect([readingText(0.416, "sv"), readingText(1, "en")]).toEqual(["Läser 42 % …", "Reading 100 % …"]);
    const opened = open(run([{ type: "opened", step: 1, outcome: { ok: true, value: example } }], reading));
    expect(opened.file.fileName).toBe("exempelplan.xlsx");
    expect(openFileText(opened.file.fileName, "sv")).toBe("Öppen fil: exempelplan.xlsx");
    expect(savedName(opened.file.fileName, "uppfoljning")).toBe("exempelplan-uppfoljning.xlsx");
    expect(savedName("Plan 2024.XLSX", "follow-up")).toBe("Plan 2024-follow-up.xlsx");
  });

  it("keeps a failed save's reason beside the open file until the next try, and never on the start screen", () => {
    const opened = open(
      run([
        { type: "open", step: 1 },
        { type: "opened", step: 1, outcome: { ok: true, value: example } },
      ]),
    );
    expect(opened.saveError).toBeNull();
    const failed = open(
      run([{ type: "save" }, { type: "saveFailed", message: "Kopian kunde inte sparas" }], opened),
    );
    expect([failed.saveError, failed.file.fileName]).toEqual([
      "Kopian kunde inte sparas",
      "exempelplan.xlsx",
    ]);
    expect(open(run([{ type: "save" }], failed)).saveError).toBeNull();
    expect(run([{ type: "saveFailed", message: "sent" }], PAGE_START)).toEqual(PAGE_START);
  });

  it("shows the cell a finding points at with its value now, a date as a date and an empty cell as such", () => {
    const focus = (sheet: string, cell: string) => ({ sheet, cell, value: example.cellValue(sheet, cell) });
    let state = open(
      run(
        [{ type: "opened", step: 1, outcome: { ok: true, value: example } }],
        run([{ type: "open", step: 1 }]),
      ),
    );
    expect(state.focus).toBeNull();
    state = open(run([{ type: "focus", focus: focus("Mål", "G2") }], state));
    expect(state.focus && focusText(state.focus, "sv")).toBe("Mål!G2 – Cellen just nu: 10");
    expect(focusText(focus("Plan", "B4"), "en")).toBe("Plan!B4 – The cell now: 2016-03-15");
    expect(focusText(focus("Mål", "L2"), "sv")).toBe("Mål!L2 – Cellen just nu: (tom)");
    // Closing forgets the file and the cell: the start screen again.
    expect(run([{ type: "close" }], state)).toEqual(PAGE_START);
  });

  it("keeps the latest file chosen: an earlier read's progress and end are dropped", () => {
    const state = run([
      { type: "open", step: 1 },
      { type: "open", step: 2 },
      { type: "progress", step: 1, fraction: 0.9 },
      { type: "opened", step: 1, outcome: { ok: true, value: example } },
    ]);
    expect(state).toEqual({
      status: "start",
      dragging: false,
      open: { status: "opening", step: 2, progress: null },
    });
  });

  it("says why a file could not be opened and stays on the start screen, ready for another", () => {
    const failed = run([
      { type: "drag", over: true },
      { type: "drag", over: false },
      { type: "open", step: 1 },
      {
        type: "opened",
        step: 1,
        outcome: {
          ok: false,
          message: { code: "fileUnreadable", file: "rapport.xlsx", reason: "notXlsx", part: null },
        },
      },
    ]);
    expect(failed).toMatchObject({
      status: "start",
      open: { status: "error", message: { file: "rapport.xlsx" } },
    });
    expect(canOpen(failed)).toBe(true);
    expect(run([{ type: "drag", over: true }], failed)).toMatchObject({ dragging: true });
  });
});

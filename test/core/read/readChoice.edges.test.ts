/**
 * The choice lists as a workbook's first choice cell of each list meets them. The reader
 * builds a list's lookup once, on the first cell read from it, and keeps it for the rest;
 * so each test here reads through a freshly loaded reader, and what it asserts comes from
 * lists built for that very read, not from ones an earlier test left behind.
 */
// The static import also makes jest (and so the mutation run) count this file among readChoice's
// related tests: jest's dependency scan does not see `jest.requireActual<T>(…)`.
import { readChoice as sharedReadChoice } from "../../../src/core/read/readChoice";

type ReadChoice = typeof sharedReadChoice;

type ReadChoiceModule = { readChoice: ReadChoice };

function freshReadChoice(): ReadChoice {
  let fresh: ReadChoice | undefined;
  jest.isolateModules(() => {
    fresh = jest.requireActual<ReadChoiceModule>("../../../src/core/read/readChoice").readChoice;
  });
  if (fresh === undefined) throw new Error("readChoice did not load");
  return fresh;
}

const valueOf = (r: ReturnType<ReadChoice>): string | null | "unreadable" => (r.ok ? r.value : "unreadable");

describe("readChoice, the first cell of each list", () => {
  it("reads a status typed without å, ä and ö when it is the first status of the workbook", () => {
    const readChoice = freshReadChoice();
    expect(valueOf(readChoice("status", "Pagar"))).toBe("inProgress");
    expect(valueOf(readChoice("status", "ej paborjad"))).toBe("notStarted");
    expect(valueOf(readChoice("status", "Genomford"))).toBe("done");
  });

  it("reads an initial, a cross and TRUE/FALSE when the first yes/no cell holds one", () => {
    const readChoice = freshReadChoice();
    expect(valueOf(readChoice("yesNo", "x"))).toBe("yes");
    expect(valueOf(readChoice("yesNo", "J"))).toBe("yes");
    expect(valueOf(readChoice("yesNo", "FALSKT"))).toBe("no");
  });

  it("refuses a cross or an initial in a status column, even as its first cell", () => {
    const readChoice = freshReadChoice();
    expect(readChoice("status", "x")).toEqual({ ok: false, text: "x" });
    expect(readChoice("status", "J")).toEqual({ ok: false, text: "J" });
    expect(readChoice("periodType", "sant")).toEqual({ ok: false, text: "sant" });
  });
});

describe("readChoice, accents on some letters only", () => {
  it("reads a label with only some of its å, ä and ö typed", () => {
    const readChoice = sharedReadChoice;
    expect(valueOf(readChoice("status", "Pågar"))).toBe("inProgress");
    expect(valueOf(readChoice("status", "Ej påborjad"))).toBe("notStarted");
    expect(valueOf(readChoice("direction", "Öka"))).toBe("increase");
  });
});

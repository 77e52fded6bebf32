import { FAILURE_CODES, asSentence, failureText } from "../../../src/core/failures/failureTexts";
import { FailureError, failureOf, type Failure } from "../../../src/core/failures/failures";
import { ENGLISH, FAILURE_SAMPLES } from "./failureSamples";

const every = (): Failure[] => FAILURE_CODES.flatMap((code) => FAILURE_SAMPLES[code] as readonly Failure[]);

describe("the failures' texts", () => {
  it("has one text for every failure code", () => {
    expect([...FAILURE_CODES].sort()).toEqual(Object.keys(FAILURE_SAMPLES).sort());
  });

  it("tells every failure in both languages, each case its own, naming what it is about", () => {
    for (const lang of ["sv", "en"] as const) {
      const texts = every().map((f) => failureText(f, lang));
      expect(new Set(texts).size).toBe(texts.length);
      for (const t of texts) {
        expect(t.trim()).not.toBe("");
        expect(t).not.toMatch(/undefined|null|\[object|\{\d\}/);
      }
    }
    for (const f of every()) expect(failureText(f, "sv")).not.toBe(failureText(f, "en"));
    expect(failureText({ code: "sheetProtected", target: "Uppföljning" }, "sv")).toContain('"Uppföljning"');
    expect(failureText({ code: "notATable", table: "Goals", sheet: "Mål" }, "en")).toContain("Mål");
  });

  it("never lets a code or English words into a Swedish text", () => {
    for (const f of every()) {
      const sv = failureText(f, "sv");
      expect(sv).not.toContain(f.code);
      expect([sv, sv.match(ENGLISH)?.[0]]).toEqual([sv, undefined]);
      // The same words are caught in every English text: the check can fail.
      expect(failureText(f, "en")).toMatch(ENGLISH);
    }
  });

  it("is a sentence in the task pane: capitalised and ending in a full stop", () => {
    expect(asSentence(failureText({ code: "noSource" }, "sv"))).toBe(
      "Arbetsboken har inget blad med en lista att importera.",
    );
    expect(asSentence("bladet finns inte. Gör något.")).toBe("Bladet finns inte. Gör något.");
  });

  it("travels in a FailureError, or in any error that carries it on", () => {
    const failure: Failure = { code: "masterChanged", ids: ["A2"] };
    expect(failureOf(new FailureError(failure))).toBe(failure);
    expect(failureOf(Object.assign(new Error("x"), { failure }))).toBe(failure);
    expect(failureOf(new Error("sheetProtected: Mål"))).toBeNull();
    expect(failureOf("text")).toBeNull();
  });
});

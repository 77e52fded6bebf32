/**
 * @jest-environment node
 *
 * The Hand-out section's machine, without React or a DOM, on the hand-outs makeHandouts
 * makes for Sundsvalls kommun's round (Helår 2022): what the section shows while they are
 * made, the files it lists, and how they reached the user.
 */
import type { HandoutsMade } from "../../src/app/handout";
import {
  HANDOUT_START,
  canHand,
  canMake,
  handoutReducer,
  type HandoutEvent,
  type HandoutState,
} from "../../src/taskpane/views/handoutMachine";
import { handOut, masterPort, ROUND } from "./collectRound";

const run = (events: readonly HandoutEvent[], from: HandoutState = HANDOUT_START): HandoutState =>
  events.reduce(handoutReducer, from);

let made: HandoutsMade;
/** The progress makeHandouts reported: [done, total] after each hand-out. */
const reported: [number, number][] = [];
beforeAll(async () => {
  const r = await handOut(masterPort(), ROUND, (done, total) => reported.push([done, total]));
  if (!r.made.ok) throw new Error("unknown period");
  made = r.made;
});

const madeState = (): HandoutState =>
  run([
    { type: "make", step: 1 },
    { type: "made", step: 1, outcome: { ok: true, value: made } },
  ]);

describe("the Hand-out section's machine", () => {
  it("shows the making's progress as makeHandouts reports it, then lists one file per responsible", () => {
    let state = run([{ type: "make", step: 1 }]);
    expect(state.made).toEqual({ status: "making", step: 1, progress: null });
    expect(canMake(state, ROUND)).toBe(false);
    const fractions: (number | null)[] = [];
    for (const [done, total] of reported) {
      state = handoutReducer(state, { type: "progress", step: 1, done, total });
      fractions.push(state.made.status === "making" ? state.made.progress : null);
    }
    expect(fractions).toEqual([0.25, 0.5, 0.75, 1]);
    state = handoutReducer(state, { type: "made", step: 1, outcome: { ok: true, value: made } });
    expect(
      state.made.status === "made" && state.made.files.map((f) => [f.fileName, f.activities, f.goals]),
    ).toEqual(made.files.map((f) => [f.fileName, f.activities, f.goals]));
    expect(made.files.map((f) => f.label)).toEqual([
      "Kommunstyrelsen",
      "Socialnämnden",
      "Stadsbyggnadsnämnden",
      "(utan ansvarig)",
    ]);
    expect(canMake(state, ROUND)).toBe(true);
    expect(canMake(state, "")).toBe(false);
  });

  it("says why no file was made: a period the plan does not have, or a failure", async () => {
    const unknown = (await handOut(masterPort(), "Helår 1999")).made;
    const state = run([
      { type: "make", step: 1 },
      { type: "made", step: 1, outcome: { ok: true, value: unknown } },
    ]);
    expect(state.made).toMatchObject({
      status: "error",
      message: { code: "unknownPeriod", period: "Helår 1999" },
    });
    const busy = run([
      { type: "make", step: 2 },
      { type: "made", step: 2, outcome: { ok: false, message: "The workbook is busy" } },
    ]);
    expect(busy.made).toEqual({ status: "error", message: "The workbook is busy" });
  });

  it("drops the end and the progress of a making the user has since started again", () => {
    const state = run([
      { type: "make", step: 1 },
      { type: "make", step: 2 },
      { type: "progress", step: 1, done: 4, total: 4 },
      { type: "made", step: 1, outcome: { ok: true, value: made } },
    ]);
    expect(state.made).toEqual({ status: "making", step: 2, progress: null });
  });

  it("names the file downloaded last on the web page", () => {
    const [first, second] = made.files.map((f) => f.fileName);
    const state = run(
      [
        { type: "downloaded", name: first ?? "" },
        { type: "downloaded", name: second ?? "" },
      ],
      madeState(),
    );
    expect(state.hand).toEqual({ status: "handed", how: "downloaded", names: [second] });
    expect(canHand(state)).toBe(true);
  });

  it("inside Excel, names every file opened, allows no other hand-over meanwhile, and says when Excel refused", () => {
    const names = made.files.map((f) => f.fileName);
    const opening = run([{ type: "open", step: 3, names }], madeState());
    expect(canHand(opening)).toBe(false);
    const opened = handoutReducer(opening, {
      type: "opened",
      step: 3,
      outcome: { ok: true, value: "opened" },
    });
    expect(opened.hand).toEqual({ status: "handed", how: "opened", names });
    // A host without Excel.createWorkbook downloads instead, and the pane says so.
    const fallback = handoutReducer(opening, {
      type: "opened",
      step: 3,
      outcome: { ok: true, value: "downloaded" },
    });
    expect(fallback.hand).toMatchObject({ how: "downloaded" });
    const refused = handoutReducer(opening, {
      type: "opened",
      step: 3,
      outcome: { ok: false, message: "GeneralException" },
    });
    expect(refused.hand).toEqual({ status: "error", message: "GeneralException" });
    expect(refused.made).toEqual(madeState().made);
    // The end of an opening replaced by a newer one says nothing.
    const replaced = run([{ type: "open", step: 4, names: names.slice(0, 1) }], opening);
    expect(
      handoutReducer(replaced, { type: "opened", step: 3, outcome: { ok: true, value: "opened" } }),
    ).toBe(replaced);
  });
});

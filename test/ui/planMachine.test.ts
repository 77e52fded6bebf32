/**
 * @jest-environment node
 *
 * The Plan view's state machines, without React or a DOM: the overview of a workbook
 * as loadPlanOverview reads it, and the set-up form with what setUpPlan is asked.
 */
import { loadPlanOverview } from "../../src/app/planOverview";
import { setUpPlan } from "../../src/app/setUpPlan";
import type { PlanOverview } from "../../src/core/periods/planOverview";
import {
  PLAN_START,
  canSetUp,
  periodInvalid,
  planReducer,
  setUpOptions,
  setUpReducer,
  setUpStart,
  type PlanEvent,
  type PlanState,
  type SetUpEvent,
  type SetUpState,
} from "../../src/taskpane/views/planMachine";
import { planWorkbook, samplePlan } from "../core/fixtures/planWorkbook";
import { memoryPort } from "../app/memoryPort";

const plan = (events: readonly PlanEvent[], from: PlanState = PLAN_START) => events.reduce(planReducer, from);
const form = (events: readonly SetUpEvent[], from: SetUpState = setUpStart("sv")) =>
  events.reduce(setUpReducer, from);

let empty: PlanOverview;
let lindesberg: PlanOverview;
beforeAll(async () => {
  empty = await loadPlanOverview(memoryPort(), "2022-03-01");
  lindesberg = await loadPlanOverview(memoryPort(planWorkbook(samplePlan())), "2022-03-01");
});

describe("the Plan view's overview", () => {
  it("shows the overview read last, and what the set-up created across reloads", () => {
    expect(empty.tablesMissing.length).toBe(7);
    let state = plan([
      { type: "load", step: 1 },
      { type: "loaded", step: 1, outcome: { ok: true, value: empty } },
    ]);
    expect(state).toEqual({ overview: { status: "ready", overview: empty }, created: null });
    state = plan(
      [
        { type: "setUp", created: ["Plan", "Articles"] },
        { type: "load", step: 2 },
        { type: "load", step: 3 },
        { type: "loaded", step: 2, outcome: { ok: true, value: empty } },
      ],
      state,
    );
    expect(state).toEqual({ overview: { status: "loading", step: 3 }, created: ["Plan", "Articles"] });
    state = plan([{ type: "loaded", step: 3, outcome: { ok: true, value: lindesberg } }], state);
    expect(state.overview).toEqual({ status: "ready", overview: lindesberg });
    expect(lindesberg.tablesMissing).toEqual([]);
  });

  it("shows why the plan could not be read", () => {
    const state = plan([
      { type: "load", step: 1 },
      { type: "loaded", step: 1, outcome: { ok: false, message: "The workbook is busy" } },
    ]);
    expect(state.overview).toEqual({ status: "error", message: "The workbook is busy" });
  });
});

describe("the set-up form", () => {
  it("asks setUpPlan for the tables in the chosen language, period and Charter version", async () => {
    const state = form([
      { type: "edit", change: { lang: "en", from: "2024-01-01", to: "2026-12-31" } },
      { type: "edit", change: { version: 2022 } },
    ]);
    expect(setUpOptions(state)).toEqual({ lang: "en", version: 2022, from: "2024-01-01", to: "2026-12-31" });
    const port = memoryPort();
    const { created } = await setUpPlan(port, setUpOptions(state));
    expect(created).toHaveLength(7);
    expect(await port.sheetNames()).toContain("Activities");
  });

  it("leaves out half-typed dates, and refuses a period that ends before it starts", () => {
    expect(setUpOptions(form([{ type: "edit", change: { from: "2024-01", to: "2026-12-31" } }]))).toEqual({
      lang: "sv",
      version: 2006,
      to: "2026-12-31",
    });
    const backwards = form([{ type: "edit", change: { from: "2026-01-01", to: "2024-12-31" } }]);
    expect([periodInvalid(backwards), canSetUp(backwards)]).toEqual([true, false]);
    expect(form([{ type: "start", step: 1 }], backwards).action).toEqual({ status: "idle" });
  });

  it("shows the progress of the set-up under way, once at a time, and why it failed", () => {
    let state = form([{ type: "start", step: 1 }]);
    expect(canSetUp(state)).toBe(false);
    state = form(
      [
        { type: "progress", step: 1, done: 3, total: 7 },
        { type: "progress", step: 0, done: 7, total: 7 },
      ],
      state,
    );
    expect(state.action).toEqual({ status: "settingUp", step: 1, progress: 3 / 7 });
    const failed = form(
      [{ type: "ended", step: 1, outcome: { ok: false, message: "sheetHasData: Mål" } }],
      state,
    );
    expect(failed.action).toEqual({ status: "error", message: "sheetHasData: Mål" });
    const done = form([{ type: "ended", step: 1, outcome: { ok: true, value: ["Plan"] } }], state);
    expect([done.action, canSetUp(done)]).toEqual([{ status: "idle" }, true]);
  });
});

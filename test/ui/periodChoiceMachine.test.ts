/**
 * @jest-environment node
 *
 * Choosing a period in the Hand-out and collect view, without React or a DOM, on the
 * periods of Lindesbergs kommun's plan.
 */
import { listSummaryPeriods } from "../../src/app/summaryPeriods";
import type { PeriodChoices } from "../../src/core/periods/periods";
import {
  PERIOD_CHOICE_START,
  periodChoiceReducer,
  type PeriodChoiceEvent,
  type PeriodChoiceState,
} from "../../src/taskpane/views/periodChoiceMachine";
import { planWorkbook, samplePlan } from "../core/fixtures/planWorkbook";
import { memoryPort } from "../app/memoryPort";

const run = (events: readonly PeriodChoiceEvent[]): PeriodChoiceState =>
  events.reduce(periodChoiceReducer, PERIOD_CHOICE_START);

let choices: PeriodChoices;
beforeAll(async () => {
  choices = await listSummaryPeriods(memoryPort(planWorkbook(samplePlan())), "2022-09-15");
});

describe("the period choice", () => {
  it("starts on the latest period whose cut-off has passed, and follows the user's choice", () => {
    const opened = run([
      { type: "open", step: 1 },
      { type: "opened", step: 1, outcome: { ok: true, value: choices } },
    ]);
    expect(opened).toMatchObject({ status: "ready", period: "Delår 2022" });
    expect(periodChoiceReducer(opened, { type: "choose", period: "Helår 2021" })).toMatchObject({
      status: "ready",
      period: "Helår 2021",
    });
  });

  it("says when the plan has no period, and why the periods could not be read", () => {
    const none = { periods: [], preselected: null };
    expect(
      run([
        { type: "open", step: 1 },
        { type: "opened", step: 1, outcome: { ok: true, value: none } },
      ]),
    ).toEqual({ status: "noPeriods" });
    expect(
      run([
        { type: "open", step: 1 },
        { type: "opened", step: 1, outcome: { ok: false, message: "The workbook is busy" } },
      ]),
    ).toEqual({ status: "error", message: "The workbook is busy" });
  });

  it("keeps only the latest opening, and no choice before the periods are there", () => {
    const state = run([
      { type: "open", step: 1 },
      { type: "open", step: 2 },
      { type: "opened", step: 1, outcome: { ok: true, value: choices } },
      { type: "choose", period: "Helår 2021" },
    ]);
    expect(state).toEqual({ status: "loading", step: 2 });
  });
});

/**
 * @jest-environment node
 *
 * The Follow-up view's state machine, without React or a DOM, on what the use cases
 * give for Lindesbergs kommun's plan (2021–2023).
 */
import {
  openSummary,
  writeSummarySheet,
  type SummaryOpened,
  type SummaryPreview,
} from "../../src/app/summaryPreview";
import {
  SUMMARY_START,
  canWrite,
  hasFigures,
  summaryReducer,
  type SummaryEvent,
  type SummaryState,
} from "../../src/taskpane/views/summaryMachine";
import { planWorkbook, samplePlan } from "../core/fixtures/planWorkbook";
import { memoryPort } from "../app/memoryPort";

const run = (events: readonly SummaryEvent[], from: SummaryState = SUMMARY_START): SummaryState =>
  events.reduce(summaryReducer, from);

let opened: SummaryOpened;
/** Helår 2021's preview. */
let preview: SummaryPreview;
beforeAll(async () => {
  opened = await openSummary(memoryPort(planWorkbook(samplePlan())), "sv", "2022-03-01");
  if (opened.preview === null || "ok" in opened.preview) throw new Error("no preview");
  preview = opened.preview;
});

const ok = <T>(value: T) => ({ ok: true as const, value });
const failed = (message: string) => ({ ok: false as const, message });

/** Opened on the plan, Helår 2021 previewed. */
const open = (): SummaryState =>
  run([
    { type: "open", step: 1 },
    { type: "opened", step: 1, outcome: ok(opened) },
  ]);

function ready(state: SummaryState) {
  if (state.status !== "ready") throw new Error(`not ready: ${state.status}`);
  return state;
}

describe("the Follow-up view's machine", () => {
  it("opens on the period offered first, with its preview", () => {
    expect(run([{ type: "open", step: 1 }])).toEqual({ status: "loading", step: 1 });
    const state = ready(open());
    expect(state.period).toBe("Helår 2021");
    expect(state.periods).toHaveLength(4);
    expect(state.preview).toMatchObject({ status: "ready", preview: { sheetName: "Årsbokslut 2021" } });
    expect([state.write, state.copied]).toEqual([{ status: "idle" }, null]);
    expect(canWrite(state)).toBe(true);
  });

  it("says there is nothing to summarise without periods, and shows why opening failed", () => {
    const none = { periods: [], period: null, preview: null };
    expect(
      run([
        { type: "open", step: 1 },
        { type: "opened", step: 1, outcome: ok(none) },
      ]),
    ).toEqual({
      status: "noPeriods",
    });
    expect(
      run([
        { type: "open", step: 1 },
        { type: "opened", step: 1, outcome: failed("sheetProtected: Plan") },
      ]),
    ).toEqual({ status: "error", message: "sheetProtected: Plan" });
  });

  it("drops the end of an opening that a newer one replaced", () => {
    const state = run([
      { type: "open", step: 1 },
      { type: "open", step: 2 },
      { type: "opened", step: 1, outcome: ok(opened) },
    ]);
    expect(state).toEqual({ status: "loading", step: 2 });
  });

  it("previews a chosen period, keeping only the latest choice's preview", () => {
    const state = run(
      [
        { type: "choose", step: 2, period: "Delår 2021" },
        { type: "choose", step: 3, period: "Tertial 2021" },
        { type: "previewed", step: 2, outcome: ok({ ...preview, sheetName: "Delår 2021" }) },
      ],
      open(),
    );
    expect(ready(state)).toMatchObject({ period: "Tertial 2021", preview: { status: "loading", step: 3 } });
    const unknown = {
      ok: false,
      code: "unknownPeriod",
      period: "Tertial 2021",
      periods: ["Delår 2021"],
    } as const;
    expect(ready(run([{ type: "previewed", step: 3, outcome: ok(unknown) }], state)).preview).toEqual({
      status: "unknownPeriod",
      periods: ["Delår 2021"],
    });
    expect(canWrite(run([{ type: "previewed", step: 3, outcome: ok(unknown) }], state))).toBe(false);
  });

  it("writes once at a time, asks before replacing the product's sheet, and writes when confirmed", async () => {
    const port = memoryPort(planWorkbook(samplePlan()));
    const wrote = async (replace: boolean) =>
      ok(await writeSummarySheet(port, "Helår 2021", "sv", "2022-03-01", { replace }));
    let state = run([{ type: "write", step: 2 }], open());
    expect(ready(state).write).toEqual({ status: "writing", step: 2, period: "Helår 2021" });
    expect(canWrite(state)).toBe(false);
    expect(run([{ type: "write", step: 3 }], state)).toBe(state);
    state = run([{ type: "wrote", step: 2, outcome: await wrote(false) }], state);
    expect(ready(state).write).toEqual({ status: "written", sheet: "Årsbokslut 2021" });
    state = run(
      [
        { type: "write", step: 4 },
        { type: "wrote", step: 4, outcome: await wrote(false) },
      ],
      state,
    );
    expect(ready(state).write).toEqual({ status: "confirmReplace", sheet: "Årsbokslut 2021" });
    state = run(
      [
        { type: "write", step: 5 },
        { type: "wrote", step: 5, outcome: await wrote(true) },
      ],
      state,
    );
    expect(ready(state).write).toEqual({ status: "written", sheet: "Årsbokslut 2021" });
  });

  it("keeps a user's sheet of the name and says so, and shows a write that failed", () => {
    const exists = { ok: false, code: "sheetExists", target: "Årsbokslut 2021" } as const;
    const state = run(
      [
        { type: "write", step: 2 },
        { type: "wrote", step: 2, outcome: ok({ preview, result: exists }) },
      ],
      open(),
    );
    expect(ready(state).write).toEqual({ status: "sheetExists", sheet: "Årsbokslut 2021" });
    const broken = run(
      [
        { type: "write", step: 3 },
        { type: "wrote", step: 3, outcome: failed("payloadTooLarge: X") },
      ],
      state,
    );
    expect(ready(broken).write).toEqual({ status: "error", message: "payloadTooLarge: X" });
    expect(ready(broken).preview).toEqual(ready(state).preview);
  });

  it("shows the period as unknown when it left the workbook before the write", () => {
    const gone = {
      ok: false,
      code: "unknownPeriod",
      period: "Helår 2021",
      periods: ["Delår 2021"],
    } as const;
    const state = run(
      [
        { type: "write", step: 2 },
        { type: "wrote", step: 2, outcome: ok({ preview: gone, result: null }) },
      ],
      open(),
    );
    expect(ready(state)).toMatchObject({ preview: { status: "unknownPeriod" }, write: { status: "idle" } });
  });

  it("forgets what was written, asked or copied when another period is chosen", () => {
    const state = run(
      [
        { type: "copied", ok: false },
        { type: "write", step: 2 },
        {
          type: "wrote",
          step: 2,
          outcome: ok({
            preview: preview,
            result: { ok: false, code: "confirmReplace", sheet: "Årsbokslut 2021" } as const,
          }),
        },
      ],
      open(),
    );
    expect(ready(state)).toMatchObject({ copied: false, write: { status: "confirmReplace" } });
    const chosen = run([{ type: "choose", step: 3, period: "Delår 2021" }], state);
    expect(ready(chosen)).toMatchObject({ copied: null, write: { status: "idle" } });
  });

  it("tells how a write ended after another period was chosen, but asks nothing about it", async () => {
    const writing = run(
      [
        { type: "write", step: 2 },
        { type: "choose", step: 3, period: "Delår 2021" },
      ],
      open(),
    );
    expect(ready(writing).write).toEqual({ status: "writing", step: 2, period: "Helår 2021" });
    const port = memoryPort(planWorkbook(samplePlan()));
    const wrote = ok(await writeSummarySheet(port, "Helår 2021", "sv", "2022-03-01", { replace: false }));
    const done = run([{ type: "wrote", step: 2, outcome: wrote }], writing);
    expect(ready(done)).toMatchObject({
      period: "Delår 2021",
      preview: { status: "loading", step: 3 },
      write: { status: "written", sheet: "Årsbokslut 2021" },
    });
    const again = ok(await writeSummarySheet(port, "Helår 2021", "sv", "2022-03-01", { replace: false }));
    expect(again.value.result).toMatchObject({ code: "confirmReplace" });
    expect(ready(run([{ type: "wrote", step: 2, outcome: again }], writing)).write).toEqual({
      status: "idle",
    });
  });

  it("charts a period with activity states or measured goals, and nothing else", () => {
    expect(hasFigures(preview.charts)).toBe(true);
    const none = { done: 0, inProgress: 0, delayed: 0, notStarted: 0, cancelled: 0, unreported: 0 };
    expect(hasFigures({ ...preview.charts, statusTotal: none, gender: [] })).toBe(false);
  });
});

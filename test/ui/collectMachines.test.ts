/**
 * @jest-environment node
 *
 * The Collect section's machine and its confirm step's, without React or a DOM, on the
 * preview of answers returned for Sundsvalls kommun's round (Helår 2022): a row the master
 * holds changed (A1), rows added (A2, M1) and a conflict on A4 between two files.
 */
import { writeCollect } from "../../src/app/collect";
import type { CollectPreview, CollectRows } from "../../src/core/collect";
import {
  CONFIRM_START,
  canWrite,
  confirmReducer,
  decisionsOf,
  plannedRows,
  replaceable,
  writtenRows,
  type ConfirmEvent,
  type ConfirmState,
} from "../../src/taskpane/views/collectConfirmMachine";
import {
  COLLECT_START,
  canChoose,
  collectReducer,
  type CollectEvent,
  type CollectRead,
  type CollectState,
} from "../../src/taskpane/views/collectMachine";
import { masterPort, ROUND, roundPreview } from "./collectRound";

const ids = (rows: { readonly id: string }[] | readonly { readonly id: string }[]) => rows.map((r) => r.id);

let preview: CollectPreview;
beforeAll(async () => {
  preview = await roundPreview();
});

describe("the Collect section's machine", () => {
  const run = (events: readonly CollectEvent[]): CollectState => events.reduce(collectReducer, COLLECT_START);
  const read = (): CollectRead => ({
    bad: [{ file: "rapport.xlsx", reason: "Filen är inte en arbetsbok" }],
    previewed: { kind: "preview", preview },
  });

  it("reads the chosen files, then shows the bad ones with their reasons beside the preview", () => {
    const reading = run([{ type: "read", step: 1 }]);
    expect(reading).toEqual({ status: "reading", step: 1 });
    expect(canChoose(reading, ROUND)).toBe(false);
    const done = collectReducer(reading, { type: "readDone", step: 1, outcome: { ok: true, value: read() } });
    expect(done).toMatchObject({ status: "read", step: 1, bad: [{ file: "rapport.xlsx" }] });
    expect(
      done.status === "read" && done.previewed.kind === "preview" && done.previewed.preview.missing,
    ).toEqual(["Stadsbyggnadsnämnden", "(utan ansvarig)"]);
    expect(canChoose(done, ROUND)).toBe(true);
    expect(canChoose(done, "")).toBe(false);
  });

  it("keeps only the latest choice of files: an earlier one's end is dropped, and each has its own step", () => {
    const state = run([
      { type: "read", step: 1 },
      { type: "read", step: 2 },
      { type: "readDone", step: 1, outcome: { ok: true, value: read() } },
    ]);
    expect(state).toEqual({ status: "reading", step: 2 });
    const second = collectReducer(state, {
      type: "readDone",
      step: 2,
      outcome: { ok: true, value: { bad: [], previewed: { kind: "nothing" } } },
    });
    expect(second).toEqual({ status: "read", step: 2, bad: [], previewed: { kind: "nothing" } });
  });

  it("says why the files could not be previewed", () => {
    const state = run([
      { type: "read", step: 1 },
      { type: "readDone", step: 1, outcome: { ok: false, message: "The workbook is busy" } },
    ]);
    expect(state).toEqual({ status: "error", message: "The workbook is busy" });
  });
});

describe("the confirm step's machine", () => {
  const run = (events: readonly ConfirmEvent[], from: ConfirmState = CONFIRM_START): ConfirmState =>
    events.reduce(confirmReducer, from);

  it("plans only the new rows at first: the conflict and the changed master row wait", () => {
    const planned = plannedRows(preview, CONFIRM_START);
    expect([ids(planned.append), ids(planned.update)]).toEqual([["A2", "M1"], []]);
    expect(planned.notApplied.map((n) => [n.id, n.reason])).toEqual([
      ["A1", "notConfirmed"],
      ["A4", "conflict"],
    ]);
    expect(replaceable(preview, CONFIRM_START)).toBe(1);
    expect(canWrite(preview, CONFIRM_START)).toBe(true);
  });

  it("follows the coordinator's decisions: a file for the conflict, the box to replace, a choice taken back", () => {
    const key = preview.conflicts[0]?.key ?? "";
    const chosen = run([
      { type: "choose", key, file: `${ROUND} - Kommunstyrelsen.xlsx` },
      { type: "replace", replace: true },
    ]);
    const planned = plannedRows(preview, chosen);
    expect([ids(planned.append), ids(planned.update), planned.notApplied]).toEqual([
      ["A2", "M1", "A4"],
      ["A1"],
      [],
    ]);
    expect(decisionsOf(chosen)).toEqual({
      replace: "all",
      choose: { [key]: `${ROUND} - Kommunstyrelsen.xlsx` },
    });
    const back = run([{ type: "choose", key, file: null }], chosen);
    expect(back.chosen).toEqual({});
    expect(ids(plannedRows(preview, back).append)).toEqual(["A2", "M1"]);
  });

  it("writes once: what the write did is what the pane planned, and the decisions stay as written", async () => {
    const key = preview.conflicts[0]?.key ?? "";
    const decided = run([
      { type: "choose", key, file: `${ROUND} - Kommunstyrelsen.xlsx` },
      { type: "replace", replace: true },
    ]);
    const writing = run([{ type: "write", step: 1 }], decided);
    expect(canWrite(preview, writing)).toBe(false);
    const master = masterPort();
    const rows: CollectRows = await writeCollect(master, preview, decisionsOf(writing));
    expect(rows).toEqual(plannedRows(preview, decided));
    const written = run([{ type: "wrote", step: 1, outcome: { ok: true, value: rows } }], writing);
    expect(writtenRows(written)).toBe(rows);
    expect(canWrite(preview, written)).toBe(false);
    expect(run([{ type: "replace", replace: false }], written).replace).toBe(true);
  });

  it("says why the write failed, and allows another try", () => {
    const failed = run([
      { type: "write", step: 1 },
      { type: "wrote", step: 1, outcome: { ok: false, message: "The workbook is busy" } },
    ]);
    expect(failed.write).toEqual({ status: "error", message: "The workbook is busy" });
    expect(writtenRows(failed)).toBeNull();
    expect(canWrite(preview, failed)).toBe(true);
  });

  it("writes nothing when nothing would be added or replaced", () => {
    const onlyChanged: CollectPreview = {
      ...preview,
      units: preview.units.map((u) => ({ ...u, added: [] })),
      conflicts: [],
    };
    expect(plannedRows(onlyChanged, CONFIRM_START).append).toEqual([]);
    expect(canWrite(onlyChanged, CONFIRM_START)).toBe(false);
    expect(canWrite(onlyChanged, run([{ type: "replace", replace: true }]))).toBe(true);
  });
});

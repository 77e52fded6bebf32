/**
 * @jest-environment node
 *
 * The Import view's state machine, without React or a DOM, on what the use cases give
 * for a list pasted onto a sheet (Region Västmanland's plan, as from its Word document).
 */
import { importSources, previewImport, writeImport, type ImportPreview } from "../../src/app/importList";
import type { RawRange } from "../../src/core/cells/cells";
import {
  IMPORT_START,
  canPreview,
  canWrite,
  firstSource,
  hasColumns,
  importReducer,
  previewRequest,
  type ImportEvent,
  type ImportState,
} from "../../src/taskpane/views/importMachine";
import { memoryPort } from "../app/memoryPort";

const LIST: RawRange = {
  sheet: "Inklistrat",
  top: 0,
  left: 0,
  values: [
    ["Handlingsplan för jämställdhet 2019–2021", null, null, null],
    [null, null, null, null],
    ["Artikel", "Mål", "Aktivitet", "Budget"],
    ["Artikel 11 – Arbetsgivarrollen", "Jämställda löner", "Årlig lönekartläggning", "120 tkr"],
    [null, null, "Åtgärda osakliga löneskillnader", 250000],
    ["Artikel 22", "Trygg kollektivtrafik", "Trygghetsvandringar", "inom ram"],
  ],
};

const port = () => memoryPort({ tables: [], sheets: [LIST] });
const run = (events: readonly ImportEvent[], from: ImportState = IMPORT_START): ImportState =>
  events.reduce(importReducer, from);

async function opened(): Promise<ImportState> {
  const sources = await importSources(port());
  return run([
    { type: "open", step: 1 },
    { type: "opened", step: 1, outcome: { ok: true, value: sources } },
  ]);
}

function ready(state: ImportState) {
  if (state.status !== "ready") throw new Error(`not ready: ${state.status}`);
  return state;
}

async function previewOf(state: ImportState, corrected = false): Promise<ImportPreview> {
  const r = ready(state);
  const mapping = corrected && r.preview.status === "ready" ? r.preview.mapping : null;
  const { source, options } = previewRequest(r.form, "sv", mapping);
  return previewImport(port(), source, options);
}

describe("the Import view's machine", () => {
  it("offers the selection first, else the first sheet, else pasted text", () => {
    expect(firstSource({ sheets: ["Lista"], selection: true })).toEqual({ kind: "selection" });
    expect(firstSource({ sheets: ["Lista", "Blad2"], selection: false })).toEqual({
      kind: "sheet",
      name: "Lista",
    });
    expect(firstSource({ sheets: [], selection: false })).toEqual({ kind: "text" });
  });

  it("opens on the workbook's sheet with an empty form, and previews only with something to read", async () => {
    const state = ready(await opened());
    expect(state.sources).toEqual({ sheets: ["Inklistrat"], selection: false });
    expect(state.form).toEqual({ source: { kind: "sheet", name: "Inklistrat" }, text: "", from: "", to: "" });
    expect(canPreview(state)).toBe(true);
    const pasting = run([{ type: "edit", change: { source: { kind: "text" } } }], state);
    expect(canPreview(pasting)).toBe(false);
    expect(canPreview(run([{ type: "edit", change: { text: "Mål 1. Jämställda löner" } }], pasting))).toBe(
      true,
    );
    expect(canPreview(IMPORT_START)).toBe(false);
  });

  it("asks previewImport for the form's source, and for the plan period only once a date is whole", () => {
    const form = { source: { kind: "text" as const }, text: "Mål 1", from: "2019-01-01", to: "2021-12" };
    expect(previewRequest(form, "en", null)).toEqual({
      source: { text: "Mål 1" },
      options: { lang: "en", from: "2019-01-01" },
    });
    expect(previewRequest({ ...form, source: { kind: "selection" } }, "sv", { goal: 1 })).toEqual({
      source: { selection: true },
      options: { lang: "sv", mapping: { goal: 1 }, from: "2019-01-01" },
    });
    expect(previewRequest({ ...form, source: { kind: "sheet", name: "Lista" } }, "sv", null).source).toEqual({
      sheet: "Lista",
    });
  });

  it("shows the preview with its source and recognised columns, then writes it once", async () => {
    let state = run([{ type: "preview", step: 2 }], await opened());
    expect(ready(state).preview).toEqual({
      status: "previewing",
      step: 2,
      source: { kind: "sheet", name: "Inklistrat" },
    });
    expect(canPreview(state)).toBe(false);
    const preview = await previewOf(state);
    state = run([{ type: "previewed", step: 2, outcome: { ok: true, value: preview } }], state);
    const shown = ready(state).preview;
    if (shown.status !== "ready") throw new Error("no preview");
    expect(shown.source).toEqual({ kind: "sheet", name: "Inklistrat" });
    expect(shown.mapping).toEqual(preview.result.mapping);
    expect(hasColumns(preview)).toBe(true);
    expect(preview.result.activities).toHaveLength(3);
    expect(canWrite(state)).toBe(true);

    const target = port();
    state = run([{ type: "write", step: 3 }], state);
    expect(canWrite(state)).toBe(false);
    expect(run([{ type: "write", step: 4 }], state)).toBe(state);
    const written = await writeImport(target, preview, "sv");
    state = run([{ type: "wrote", step: 3, outcome: { ok: true, value: written } }], state);
    expect(ready(state).write).toEqual({ status: "written", written });
    expect([written.goals, written.activities]).toEqual([2, 3]);
  });

  it("previews again with the columns as the user corrected them", async () => {
    let state = run([{ type: "preview", step: 2 }], await opened());
    state = run(
      [{ type: "previewed", step: 2, outcome: { ok: true, value: await previewOf(state) } }],
      state,
    );
    const before = ready(state).preview;
    if (before.status !== "ready") throw new Error("no preview");
    expect(before.preview.result.activities.map((a) => a.budget)).toContain(120000);
    // The user says the budget column is not used.
    const { budget: _budget, ...mapping } = before.mapping;
    state = run([{ type: "remap", mapping }], state);
    const corrected = await previewOf(state, true);
    expect(corrected.result.activities.every((a) => a.budget === null)).toBe(true);
    state = run(
      [
        { type: "preview", step: 3 },
        { type: "previewed", step: 3, outcome: { ok: true, value: corrected } },
      ],
      state,
    );
    expect(ready(state).preview).toMatchObject({ status: "ready", mapping: corrected.result.mapping });
  });

  it("offers nothing to write when nothing was recognised, and keeps only the latest preview", async () => {
    const nothing = await previewImport(
      memoryPort({
        tables: [],
        sheets: [{ sheet: "Anteckningar", top: 0, left: 0, values: [["Tas fram under hösten."]] }],
      }),
      { sheet: "Anteckningar" },
      { lang: "sv" },
    );
    let state = run([{ type: "preview", step: 2 }], await opened());
    state = run([{ type: "previewed", step: 2, outcome: { ok: true, value: nothing } }], state);
    expect(canWrite(state)).toBe(false);
    state = run(
      [
        { type: "preview", step: 3 },
        { type: "preview", step: 4 },
      ],
      state,
    );
    expect(ready(state).preview).toMatchObject({ status: "previewing", step: 3 });
    state = run(
      [{ type: "previewed", step: 3, outcome: { ok: false, message: "noSelection: none" } }],
      state,
    );
    expect(ready(state).preview).toEqual({ status: "error", message: "noSelection: none" });
  });

  it("shows why the sources could not be read", () => {
    expect(
      run([
        { type: "open", step: 1 },
        { type: "opened", step: 1, outcome: { ok: false, message: "The workbook is busy" } },
      ]),
    ).toEqual({ status: "error", message: "The workbook is busy" });
  });
});

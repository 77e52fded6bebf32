import { previewCollect, writeCollect, type ReturnedWorkbook } from "../../src/app/collect";
import { makeHandouts, type NewWorkbook } from "../../src/app/handout";
import type { WorkbookPort } from "../../src/app/ports";
import { prepareSummary, type PreparedSummary } from "../../src/app/summariseWorkbook";
import type { RawWorkbook } from "../../src/core/cells/cells";
import type { CollectPreview } from "../../src/core/collect/collect.types";
import { readPlan } from "../../src/core/read/readPlan";
import { fill, masterRows, ROUND } from "../core/collect/roundFixture";
import { planWorkbook } from "../core/fixtures/planWorkbook";
import { memoryPort, type MemoryPort } from "./memoryPort";

/** Hands out the round from a fresh master; the hand-outs by label, as workbooks to fill in. */
async function handOut(
  master: WorkbookPort,
): Promise<Map<string, { file: string; raw: RawWorkbook; port: MemoryPort }>> {
  const made: MemoryPort[] = [];
  const newWorkbook: NewWorkbook = () => {
    const port = memoryPort();
    made.push(port);
    return { port, save: async () => new Uint8Array([made.length]) };
  };
  const result = await makeHandouts(master, ROUND, newWorkbook);
  if (!result.ok) throw new Error("unknown period");
  const out = new Map<string, { file: string; raw: RawWorkbook; port: MemoryPort }>();
  for (const [i, f] of result.files.entries()) {
    const port = made[i] as MemoryPort;
    out.set(f.label, { file: f.fileName, raw: await port.read(), port });
  }
  return out;
}

const back = (file: string, raw: RawWorkbook): ReturnedWorkbook => ({ file, port: memoryPort(raw) });

/** The answers of the round: a conflict on A4, an unknown activity, a protected cell changed, Stadsbyggnadsnämnden silent. */
async function round(master: WorkbookPort): Promise<ReturnedWorkbook[]> {
  const h = await handOut(master);
  const get = (label: string) => {
    const found = h.get(label);
    if (!found) throw new Error(label);
    return found;
  };
  const social = get("Socialnämnden");
  let s = fill(social.raw, "FollowUp", "A1", {
    Status: "Försenad",
    Utfall: 420000,
    Kommentar: "Rekryteringen drar ut",
  });
  s = fill(s, "FollowUp", "A2", { Status: "Genomförd", Utfall: 140000, Prognos: 140000 });
  s = fill(s, "IndicatorValues", "M1", { Kvinnor: 66, Män: 82, Totalt: 70, Bedömning: "Delvis uppfyllt" });
  const board = get("Kommunstyrelsen");
  let k = fill(board.raw, "FollowUp", "A4", {
    Status: "Pågår",
    Utfall: 15000,
    Kommentar: "Första kurstillfället hållet",
  });
  k = fill(k, "Activities", "A4", { Budget: 90000 });
  const copy = fill(board.raw, "FollowUp", "A4", { Status: "Ej påbörjad" });
  const none = get("(utan ansvarig)");
  const n = fill(none.raw, "FollowUp", "A7", { "Aktivitet-ID": "A17", Status: "Genomförd" });
  return [
    back(social.file, s),
    back(board.file, k),
    back("Kommunstyrelsen (kopia).xlsx", copy),
    back(none.file, n),
  ];
}

/** The master as the coordinator would have filled it in by hand with the same answers. */
function byHand(): RawWorkbook {
  const rows = masterRows();
  const followUp = (rows.FollowUp ?? []).map((r) =>
    r[0] === "Helår 2022" && r[1] === "A1"
      ? ["Helår 2022", "A1", "Försenad", 420000, 800000, "Rekryteringen drar ut"]
      : r,
  );
  return planWorkbook({
    ...rows,
    FollowUp: [
      ...followUp,
      ["Helår 2022", "A2", "Genomförd", 140000, 140000, null],
      ["Helår 2022", "A4", "Pågår", 15000, null, "Första kurstillfället hållet"],
    ],
    IndicatorValues: [
      ...(rows.IndicatorValues ?? []),
      ["Helår 2022", "M1", 66, 82, 70, "Delvis uppfyllt", null],
    ],
  });
}

async function summaryOf(port: WorkbookPort): Promise<PreparedSummary> {
  const s = await prepareSummary(port, ROUND, "sv", "2023-01-20");
  if (!s.ok) throw new Error("no summary");
  return s;
}

async function preview(master: WorkbookPort, returned: readonly ReturnedWorkbook[]): Promise<CollectPreview> {
  const p = await previewCollect(master, ROUND, returned);
  if (!p.ok) throw new Error("unknown period");
  return p.preview;
}

describe("a reporting round through the app layer", () => {
  it("hands out one protected workbook per responsible and writes nothing to the master", async () => {
    const master = memoryPort(planWorkbook(masterRows()));
    const h = await handOut(master);
    expect([...h.values()].map((x) => x.file)).toEqual([
      "Helår 2022 - Kommunstyrelsen.xlsx",
      "Helår 2022 - Socialnämnden.xlsx",
      "Helår 2022 - Stadsbyggnadsnämnden.xlsx",
      "Helår 2022 - (utan ansvarig).xlsx",
    ]);
    expect(h.get("Socialnämnden")?.port.written.protections.filter((p) => p.editable)).toHaveLength(2);
    expect(master.calls).toEqual({ addTables: 0, appendRows: 0, writeSheet: 0, updateRows: 0 });
  });

  it("previews the round: conflict, unknown activity, protected change and the silent unit", async () => {
    const master = memoryPort(planWorkbook(masterRows()));
    const p = await preview(master, await round(master));
    expect(p.conflicts.map((c) => c.id)).toEqual(["A4"]);
    expect(p.units.flatMap((u) => u.unknown.map((r) => r.id))).toEqual(["A17"]);
    expect(p.units.flatMap((u) => u.protectedChanges.map((c) => [c.id, c.column, c.after]))).toEqual([
      ["A4", "budget", 90000],
    ]);
    expect(p.missing).toEqual(["Stadsbyggnadsnämnden"]);
    expect(master.calls.appendRows + master.calls.updateRows).toBe(0);
  });

  it("after collecting with the coordinator's decisions, summarises exactly as a master filled in by hand", async () => {
    const master = memoryPort(planWorkbook(masterRows()));
    const returned = await round(master);
    const p = await preview(master, returned);
    const conflict = p.conflicts[0]?.key ?? "";
    const written = await writeCollect(master, p, {
      replace: "all",
      choose: { [conflict]: "Helår 2022 - Kommunstyrelsen.xlsx" },
    });
    expect(written.append.map((a) => a.id)).toEqual(["A2", "M1", "A4"]);
    expect(written.update.map((a) => a.id)).toEqual(["A1"]);
    expect(written.notApplied).toEqual([]);
    const collected = await summaryOf(master);
    const manual = await summaryOf(memoryPort(byHand()));
    expect(collected.json).toEqual(manual.json);
    expect(collected.text).toEqual(manual.text);
    const activities = readPlan(await master.read()).activities.rows;
    expect(activities.find((a) => a.id === "A4")?.budget).toBe(50000);
  });

  it("writes the confirmed updates before it appends, so an append cannot move a stacked table's rows first", async () => {
    const memory = memoryPort(planWorkbook(masterRows()));
    const order: string[] = [];
    const master: WorkbookPort = {
      ...memory,
      appendRows: async (appends) => {
        order.push("appendRows");
        await memory.appendRows(appends);
      },
      updateRows: async (updates) => {
        order.push("updateRows");
        await memory.updateRows?.(updates);
      },
    };
    const p = await preview(master, await round(master));
    await writeCollect(master, p, { replace: "all" });
    // Rows to update were found before the write; rows.add in Excel moves tables below (docs/real-excel.md).
    expect(order).toEqual(["updateRows", "appendRows"]);
  });

  it("keeps the master's row and the conflict out when the coordinator confirmed nothing", async () => {
    const master = memoryPort(planWorkbook(masterRows()));
    const p = await preview(master, await round(master));
    const written = await writeCollect(master, p);
    expect(written.notApplied.map((n) => [n.id, n.reason])).toEqual([
      ["A1", "notConfirmed"],
      ["A4", "conflict"],
    ]);
    const a1 = readPlan(await master.read()).followUp.rows.filter(
      (r) => r.activityId === "A1" && r.period === "Helår 2022",
    );
    expect(a1.map((r) => r.status)).toEqual(["inProgress"]);
    expect(master.calls.updateRows).toBe(0);
  });

  it("reports confirmed changes as not applied where the workbook cannot replace rows", async () => {
    const memory = memoryPort(planWorkbook(masterRows()));
    const { updateRows: _dropped, ...master } = memory;
    const p = await preview(master, await round(master));
    const written = await writeCollect(master, p, { replace: "all" });
    expect(written.notApplied.filter((n) => n.reason === "cannotUpdate").map((n) => n.id)).toEqual(["A1"]);
    expect(memory.calls.appendRows).toBe(1);
  });

  it("refuses, writing nothing, when the master changed since the preview", async () => {
    const master = memoryPort(planWorkbook(masterRows()));
    const p = await preview(master, await round(master));
    await master.appendRows([
      { table: "FollowUp", rows: [["Helår 2022", "A2", "Pågår", null, null, "Inskrivet för hand"]] },
    ]);
    await expect(writeCollect(master, p, { replace: "all" })).rejects.toMatchObject({
      failure: { code: "masterChanged", ids: ["A2"] },
    });
    expect(master.calls.appendRows).toBe(1);
    expect(master.calls.updateRows).toBe(0);
  });

  describe("when the master's row that a change replaces is no longer the one previewed", () => {
    type Row = (string | number | null)[];
    const a1 = (outcome: number, comment: string): Row => [
      "Helår 2022",
      "A1",
      "Pågår",
      outcome,
      800000,
      comment,
    ];
    /** Previews with A1's Helår 2022 row `then`, and writes to the master as it is now: `now` (or none) after `first`. */
    async function writeAfter(then: Row, now: Row | null, first: Row[] = []) {
      const rows = masterRows();
      const others = (rows.FollowUp ?? []).filter((r) => !(r[0] === "Helår 2022" && r[1] === "A1"));
      const previewed = memoryPort(planWorkbook({ ...rows, FollowUp: [...others, then] }));
      const p = await preview(previewed, await round(previewed));
      const master = memoryPort(
        planWorkbook({ ...rows, FollowUp: [...first, ...others, ...(now ? [now] : [])] }),
      );
      return { master, attempt: writeCollect(master, p, { replace: "all" }) };
    }
    const refused = { failure: { code: "masterChanged", ids: ["A1"] } };

    it("refuses, writing nothing, when someone edited the row by hand since the preview", async () => {
      const { master, attempt } = await writeAfter(a1(350000, "Preliminärt"), a1(380000, "Preliminärt"));
      await expect(attempt).rejects.toMatchObject(refused);
      expect(master.calls.appendRows + master.calls.updateRows).toBe(0);
    });

    it("refuses when the row was deleted since the preview", async () => {
      await expect((await writeAfter(a1(350000, "Preliminärt"), null)).attempt).rejects.toMatchObject(
        refused,
      );
    });

    it("refuses when the row moved since the preview, though its answers are the same", async () => {
      const same = a1(350000, "Preliminärt");
      await expect((await writeAfter(same, null, [same])).attempt).rejects.toMatchObject(refused);
    });

    it("replaces the row when only the spaces and line breaks of its comment differ from the preview's", async () => {
      const { master, attempt } = await writeAfter(
        a1(350000, "Rekrytering pågår, klart i maj"),
        a1(350000, "Rekrytering  pågår,\nklart i maj"),
      );
      await attempt;
      const now = readPlan(await master.read()).followUp.rows.filter(
        (r) => r.activityId === "A1" && r.period === "Helår 2022",
      );
      expect(now.map((r) => [r.status, r.outcome, r.comment])).toEqual([
        ["delayed", 420000, "Rekryteringen drar ut"],
      ]);
    });
  });

  it("refuses when the master's follow-up is plain cells, not a table", async () => {
    const rows = masterRows();
    const raw = planWorkbook({ ...rows, FollowUp: { rows: rows.FollowUp ?? [], as: "sheet" } });
    const master = memoryPort(raw);
    const p = await preview(master, await round(memoryPort(planWorkbook(rows))));
    await expect(writeCollect(master, p)).rejects.toMatchObject({
      failure: { code: "notATable", table: "FollowUp", sheet: "Uppföljning" },
    });
  });

  it("names the master's periods when the period is unknown", async () => {
    const master = memoryPort(planWorkbook(masterRows()));
    const p = await previewCollect(master, "Helår 2030", []);
    expect(p).toMatchObject({ ok: false, periods: ["Delår 2022", "Helår 2022", "Delår 2023", "Helår 2023"] });
    const h = await makeHandouts(master, "Helår 2030", () => ({
      port: memoryPort(),
      save: async () => new Uint8Array(),
    }));
    expect(h.ok).toBe(false);
  });
});

import { collectJson } from "../../../src/core/collect/collectJson";
import { collectPreview } from "../../../src/core/collect/collectPreview";
import { collectRows } from "../../../src/core/collect/collectRows";
import { collectText } from "../../../src/core/collect/collectText";
import { handoutPlans } from "../../../src/core/collect/handoutPlans";
import type { CollectPreview } from "../../../src/core/collect/collect.types";
import { fill, handoutOf, handoutWorkbook, masterPlan, returned, ROUND } from "./roundFixture";

const master = masterPlan();
const handouts = handoutPlans(master, ROUND) ?? [];
const blank = (label: string) => handoutWorkbook(handoutOf(handouts, label));

const social = fill(
  fill(blank("Socialnämnden"), "FollowUp", "A1", { Status: "Försenad", Utfall: 420000 }),
  "FollowUp",
  "A2",
  { Status: "Genomförd", Utfall: 140000 },
);
const socialV2 = fill(social, "FollowUp", "A2", { Status: "Pågår" });
const board = fill(blank("Kommunstyrelsen"), "FollowUp", "A4", { Status: "Pågår", Utfall: 15000 });

function preview(...files: [string, ReturnType<typeof blank>][]): CollectPreview {
  const p = collectPreview(
    master,
    ROUND,
    files.map(([f, wb]) => returned(f, wb)),
  );
  if (!p) throw new Error("unknown period");
  return p;
}

const keysOf = (rows: readonly { id: string }[]) => rows.map((r) => r.id);

describe("collectRows", () => {
  it("appends new rows and holds back a changed row until the coordinator confirms it", () => {
    const rows = collectRows(preview(["social.xlsx", social], ["ks.xlsx", board]));
    expect(keysOf(rows.append)).toEqual(["A2", "A4"]);
    expect(rows.update).toEqual([]);
    expect(rows.notApplied.map((n) => [n.id, n.reason])).toEqual([["A1", "notConfirmed"]]);
  });

  it("replaces a master row the coordinator confirmed, by key or all at once", () => {
    const p = preview(["social.xlsx", social]);
    const key = p.units[0]?.changed[0]?.key ?? "";
    expect(keysOf(collectRows(p, { replace: [key] }).update)).toEqual(["A1"]);
    expect(keysOf(collectRows(p, { replace: "all" }).update)).toEqual(["A1"]);
    expect(collectRows(p, { replace: "all" }).notApplied).toEqual([]);
  });

  it("never settles a conflict by itself, and takes the answer the coordinator chose", () => {
    const p = preview(["social.xlsx", social], ["social v2.xlsx", socialV2]);
    const open = collectRows(p, { replace: "all" });
    expect(open.notApplied.map((n) => [n.id, n.reason])).toEqual([["A2", "conflict"]]);
    expect(keysOf(open.append)).toEqual([]);
    const key = p.conflicts[0]?.key ?? "";
    const chosen = collectRows(p, { replace: "all", choose: { [key]: "social v2.xlsx" } });
    expect(chosen.append.map((a) => [a.id, a.file, a.after["status"]])).toEqual([
      ["A2", "social v2.xlsx", "inProgress"],
    ]);
    expect(chosen.notApplied).toEqual([]);
  });

  it("leaves a conflict open when the chosen file sent no answer for it", () => {
    const p = preview(["social.xlsx", social], ["social v2.xlsx", socialV2]);
    const rows = collectRows(p, { choose: { [p.conflicts[0]?.key ?? ""]: "ks.xlsx" } });
    expect(rows.notApplied.map((n) => n.reason)).toContain("conflict");
    expect(rows.append).toEqual([]);
  });

  it("writes nothing when the coordinator chooses the answer the master already holds", () => {
    // social.xlsx left A1 as the master has it (Pågår, 350 000); the copy says Försenad.
    const same = blank("Socialnämnden");
    const other = fill(same, "FollowUp", "A1", { Status: "Försenad" });
    const p = preview(["social.xlsx", same], ["social kopia.xlsx", other]);
    const key = p.conflicts[0]?.key ?? "";
    const rows = collectRows(p, { replace: "all", choose: { [key]: "social.xlsx" } });
    expect(rows).toEqual({ append: [], update: [], notApplied: [] });
    expect(collectText(p, "sv", rows)).toContain("Skrivet: 0 nya rader, 0 ersatta rader.");
  });

  it("replaces the master's row with the answer chosen in a conflict, the choice being the confirmation", () => {
    const late = fill(blank("Socialnämnden"), "FollowUp", "A1", { Status: "Försenad" });
    const done = fill(blank("Socialnämnden"), "FollowUp", "A1", { Status: "Genomförd" });
    const p = preview(["social.xlsx", late], ["social v2.xlsx", done]);
    const rows = collectRows(p, { choose: { [p.conflicts[0]?.key ?? ""]: "social v2.xlsx" } });
    expect(rows.update.map((a) => [a.id, a.file, a.after["status"]])).toEqual([
      ["A1", "social v2.xlsx", "done"],
    ]);
    expect(rows.notApplied).toEqual([]);
  });

  it("says a count of one in the singular, in both languages", () => {
    const late = fill(blank("Socialnämnden"), "FollowUp", "A1", { Status: "Försenad" });
    const done = fill(blank("Socialnämnden"), "FollowUp", "A1", { Status: "Genomförd" });
    const p = preview(["social.xlsx", late], ["social v2.xlsx", done]);
    const rows = collectRows(p, { choose: { [p.conflicts[0]?.key ?? ""]: "social v2.xlsx" } });
    expect(collectText(p, "sv", rows)).toContain("Skrivet: 0 nya rader, 1 ersatt rad.");
    expect(collectText(p, "en", rows)).toContain("Written: 0 new rows, 1 row replaced.");
    expect(collectText(preview(["social.xlsx", late]), "sv")).toContain(
      "  0 nya, 1 ändrad, 0 oförändrade, 2 tomma\n",
    );
  });

  it("lists what was not written in the order of the files: an open conflict before a later file's change", () => {
    // social.xlsx answers A2 only (A1 cleared); the second file answers A2 otherwise and changes A1.
    const cleared = { Status: null, Utfall: null, Prognos: null, Kommentar: null };
    const first = fill(fill(blank("Socialnämnden"), "FollowUp", "A1", cleared), "FollowUp", "A2", {
      Status: "Genomförd",
    });
    const second = fill(
      fill(blank("Socialnämnden"), "FollowUp", "A2", { Status: "Pågår" }),
      "FollowUp",
      "A1",
      {
        Status: "Försenad",
      },
    );
    const p = preview(["social.xlsx", first], ["social v2.xlsx", second]);
    const rows = collectRows(p);
    expect(rows.notApplied.map((n) => [n.id, n.reason])).toEqual([
      ["A2", "conflict"],
      ["A1", "notConfirmed"],
    ]);
    expect(
      collectText(p, "sv", rows)
        .split("\n")
        .filter((l) => l.includes("Inte skrivet")),
    ).toEqual([
      "  Inte skrivet: Uppföljning A2 (konflikt)",
      "  Inte skrivet: Uppföljning A1 (ändring ej bekräftad)",
    ]);
  });

  it("writes the same answer from two files once", () => {
    expect(keysOf(collectRows(preview(["a.xlsx", board], ["b.xlsx", board])).append)).toEqual(["A4"]);
  });
});

describe("collectJson and collectText", () => {
  const p = preview(["social.xlsx", social], ["social v2.xlsx", socialV2], ["ks.xlsx", board]);
  const written = collectRows(p);

  it("give per file what it adds and changes, the conflicts, who is missing and what was written", () => {
    const json = collectJson(p, written);
    expect(json.units.map((u) => [u.file, u.added.length, u.changed.length])).toEqual([
      ["social.xlsx", 0, 1],
      ["social v2.xlsx", 0, 1],
      ["ks.xlsx", 1, 0],
    ]);
    expect(json.units[0]?.changed[0]?.before).toMatchObject({ status: "inProgress" });
    expect(json.conflicts.map((c) => c.id)).toEqual(["A2"]);
    expect(json.missing).toEqual(["Stadsbyggnadsnämnden", "(utan ansvarig)"]);
    expect(json.written).toEqual({
      appended: 1,
      replaced: 0,
      notApplied: [
        { table: "FollowUp", period: "Helår 2022", id: "A1", reason: "notConfirmed" },
        { table: "FollowUp", period: "Helår 2022", id: "A2", reason: "conflict" },
      ],
    });
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  it("reads as a report in Swedish and English", () => {
    const sv = collectText(p, "sv", written);
    expect(sv).toContain("Insamling för Helår 2022");
    expect(sv).toContain(
      "Ändrad: Uppföljning A1: Status Pågår; Utfall 350000; Prognos 800000; Kommentar Preliminärt → Status Försenad; Utfall 420000",
    );
    expect(sv).toContain("Har inte svarat: Stadsbyggnadsnämnden, (utan ansvarig)");
    expect(collectText(p, "en")).toContain("Not answered: Stadsbyggnadsnämnden, (utan ansvarig)");
  });
});

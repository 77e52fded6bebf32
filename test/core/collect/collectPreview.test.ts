import type { RawWorkbook } from "../../../src/core/cells/cells";
import { collectPreview } from "../../../src/core/collect/collectPreview";
import { collectText } from "../../../src/core/collect/collectText";
import { handoutPlans } from "../../../src/core/collect/handoutPlans";
import type { CollectPreview, UnitPreview } from "../../../src/core/collect/collect.types";
import { fill, handoutOf, handoutWorkbook, masterPlan, masterRows, returned, ROUND } from "./roundFixture";

const master = masterPlan();
const handouts = handoutPlans(master, ROUND) ?? [];
const blank = (label: string): RawWorkbook => handoutWorkbook(handoutOf(handouts, label));

/** Socialnämnden: A1 changed (was Pågår), A2 new, M1 measured. */
function social(): RawWorkbook {
  let wb = fill(blank("Socialnämnden"), "FollowUp", "A1", {
    Status: "Försenad",
    Utfall: 420000,
    Kommentar: "Rekryteringen drar ut",
  });
  wb = fill(wb, "FollowUp", "A2", { Status: "Genomförd", Utfall: 140000, Prognos: 140000 });
  return fill(wb, "IndicatorValues", "M1", {
    Kvinnor: 66,
    Män: 82,
    Totalt: 70,
    Bedömning: "Delvis uppfyllt",
  });
}

/** Kommunstyrelsen: A4 new; M2 left blank. */
function board(status = "Pågår"): RawWorkbook {
  return fill(blank("Kommunstyrelsen"), "FollowUp", "A4", { Status: status, Utfall: 15000 });
}

const unit = (p: CollectPreview, file: string): UnitPreview => {
  const u = p.units.find((x) => x.file === file);
  if (!u) throw new Error(file);
  return u;
};
const ids = (rows: readonly { id: string }[]) => rows.map((r) => r.id);

describe("collectPreview", () => {
  it("sorts each unit's answers into new, changed, unchanged and left blank", () => {
    const p = collectPreview(master, ROUND, [
      returned("social.xlsx", social()),
      returned("ks.xlsx", board()),
    ]);
    if (!p) throw new Error("no preview");
    const s = unit(p, "social.xlsx");
    expect(s.status).toBe("ok");
    expect(ids(s.added)).toEqual(["A2", "M1"]);
    expect(ids(s.changed)).toEqual(["A1"]);
    expect(s.changed[0]?.before).toMatchObject({ status: "inProgress", outcome: 350000 });
    expect(s.changed[0]?.after).toMatchObject({ status: "delayed", outcome: 420000, forecast: 800000 });
    expect(s.changed[0]?.masterRow).toBe(5);
    expect(ids(unit(p, "ks.xlsx").added)).toEqual(["A4"]);
    expect(ids(unit(p, "ks.xlsx").unanswered)).toEqual(["M2"]);
  });

  it("leaves a row the unit did not touch as unchanged", () => {
    const p = collectPreview(master, ROUND, [returned("social.xlsx", blank("Socialnämnden"))]);
    expect(ids(p?.units[0]?.unchanged ?? [])).toEqual(["A1"]);
    expect(p?.units[0]?.changed).toEqual([]);
  });

  it("lists responsibles who had a hand-out and sent nothing", () => {
    const p = collectPreview(master, ROUND, [
      returned("social.xlsx", social()),
      returned("ks.xlsx", board()),
    ]);
    expect(p?.missing).toEqual(["Stadsbyggnadsnämnden", "(utan ansvarig)"]);
  });

  it("reports two different answers for the same activity as a conflict, in no unit's new rows", () => {
    const first = returned("social.xlsx", social());
    const corrected = returned(
      "social v2.xlsx",
      fill(social(), "FollowUp", "A2", { Status: "Pågår", Prognos: 160000 }),
    );
    const p = collectPreview(master, ROUND, [first, corrected]);
    expect(p?.conflicts.map((c) => [c.id, c.answers.map((a) => a.file)])).toEqual([
      ["A2", ["social.xlsx", "social v2.xlsx"]],
    ]);
    expect(p?.conflicts[0]?.answers.map((a) => a.values["status"])).toEqual(["done", "inProgress"]);
    expect(ids(unit(p as CollectPreview, "social.xlsx").added)).toEqual(["M1"]);
    expect(ids(unit(p as CollectPreview, "social v2.xlsx").conflicting)).toEqual(["A2"]);
  });

  it("does not call the same answer from two files a conflict", () => {
    const p = collectPreview(master, ROUND, [returned("a.xlsx", board()), returned("b.xlsx", board())]);
    expect(p?.conflicts).toEqual([]);
  });

  it("lists rows naming an activity or goal the master does not know, at their cell", () => {
    const wb = fill(board(), "FollowUp", "A4", { "Aktivitet-ID": "A9" });
    const p = collectPreview(master, ROUND, [returned("ks.xlsx", wb)]);
    expect(p?.units[0]?.unknown).toEqual([
      { table: "FollowUp", period: "Helår 2022", id: "A9", cell: { sheet: "Uppföljning", cell: "B2" } },
    ]);
    expect(p?.units[0]?.added).toEqual([]);
  });

  it("lists a measured goal the master does not know at its own cell on the indicator sheet", () => {
    const wb = fill(social(), "IndicatorValues", "M1", { "Mål-ID": "M9" });
    const p = collectPreview(master, ROUND, [returned("social.xlsx", wb)]);
    expect(p?.units[0]?.unknown).toEqual([
      {
        table: "IndicatorValues",
        period: "Helår 2022",
        id: "M9",
        cell: { sheet: "Indikatorer", cell: "B2" },
      },
    ]);
  });

  it("does not list a row left blank as unknown, whatever ID it names", () => {
    const wb = fill(board(), "IndicatorValues", "M2", { "Mål-ID": "M9" });
    const p = collectPreview(master, ROUND, [returned("ks.xlsx", wb)]);
    expect(p?.units[0]?.unknown).toEqual([]);
    expect(ids(p?.units[0]?.added ?? [])).toEqual(["A4"]);
  });

  it("lists a protected cell the unit changed, against the master's value", () => {
    const wb = fill(social(), "Activities", "A1", { Budget: 950000 });
    const p = collectPreview(master, ROUND, [returned("social.xlsx", wb)]);
    expect(p?.units[0]?.protectedChanges).toEqual([
      { table: "Activities", id: "A1", column: "budget", before: 800000, after: 950000 },
    ]);
  });

  it("takes nothing from a hand-out of another period, and does not count it as an answer", () => {
    const delar = handoutOf(handoutPlans(master, "Delår 2022") ?? [], "Kommunstyrelsen");
    const wb = fill(handoutWorkbook(delar), "FollowUp", "A3", { Status: "Genomförd" });
    const p = collectPreview(master, ROUND, [returned("ks-delår.xlsx", wb)]);
    expect(p?.units[0]?.status).toBe("otherPeriod");
    expect(p?.units[0]?.added).toEqual([]);
    expect(p?.missing).toContain("Kommunstyrelsen");
  });

  it("takes nothing from a hand-out of another organisation's plan", () => {
    const rows = masterRows();
    const other = masterPlan({
      ...rows,
      Plan: [["Organisation", "Timrå kommun"], ...(rows.Plan ?? []).slice(1)],
    });
    const theirs = handoutOf(handoutPlans(other, ROUND) ?? [], "Kommunstyrelsen");
    const wb = fill(handoutWorkbook(theirs), "FollowUp", "A4", { Status: "Pågår" });
    expect(collectPreview(master, ROUND, [returned("timrå.xlsx", wb)])?.units[0]?.status).toBe("otherPlan");
  });

  it("lets a hand-out of another plan answer nothing, so it makes no conflict with the unit's own", () => {
    const rows = masterRows();
    const other = masterPlan({
      ...rows,
      Plan: [["Organisation", "Timrå kommun"], ...(rows.Plan ?? []).slice(1)],
    });
    const theirs = handoutOf(handoutPlans(other, ROUND) ?? [], "Kommunstyrelsen");
    const wb = fill(handoutWorkbook(theirs), "FollowUp", "A4", { Status: "Genomförd" });
    const p = collectPreview(master, ROUND, [returned("ks.xlsx", board()), returned("timrå.xlsx", wb)]);
    expect(p?.conflicts).toEqual([]);
    expect(ids(unit(p as CollectPreview, "ks.xlsx").added)).toEqual(["A4"]);
    expect(unit(p as CollectPreview, "timrå.xlsx").added).toEqual([]);
  });

  it("collects a hand-out of a plan that names no organisation", () => {
    const rows = masterRows();
    const nameless = masterPlan({ ...rows, Plan: [["Organisation", ""], ...(rows.Plan ?? []).slice(1)] });
    const mine = handoutOf(handoutPlans(nameless, ROUND) ?? [], "Kommunstyrelsen");
    const wb = fill(handoutWorkbook(mine), "FollowUp", "A4", { Status: "Pågår" });
    const p = collectPreview(nameless, ROUND, [returned("ks.xlsx", wb)]);
    expect(p?.units[0]?.status).toBe("ok");
    expect(ids(p?.units[0]?.added ?? [])).toEqual(["A4"]);
  });

  it("still reads a workbook that is no hand-out, leaving out the master's own rows of other periods", () => {
    const rows = masterRows();
    const copy = masterPlan({
      ...rows,
      FollowUp: [...(rows.FollowUp ?? []), ["Helår 2022", "A5", "Genomförd", 55000, 55000, ""]],
    });
    const p = collectPreview(master, ROUND, [{ file: "kopia.xlsx", plan: copy, identity: null }]);
    expect(p?.units[0]?.status).toBe("noIdentity");
    expect(p?.units[0]?.label).toBe("kopia.xlsx");
    expect(ids(p?.units[0]?.added ?? [])).toEqual(["A5"]);
    expect(ids(p?.units[0]?.unchanged ?? [])).toEqual(["A1"]);
    expect(p?.units[0]?.otherPeriod).toEqual([]);
  });

  it("lists an answer for another period that the master does not hold", () => {
    const wb = fill(board(), "FollowUp", "A4", { Period: "Delår 2023" });
    const p = collectPreview(master, ROUND, [returned("ks.xlsx", wb)]);
    expect(p?.units[0]?.otherPeriod.map((r) => [r.period, r.id])).toEqual([["Delår 2023", "A4"]]);
    expect(p?.units[0]?.added).toEqual([]);
  });

  it("matches period and IDs as a person means them, whatever the case and spaces", () => {
    const wb = fill(board(), "FollowUp", "A4", { Period: " helår  2022", "Aktivitet-ID": "a4 " });
    const p = collectPreview(master, ROUND, [returned("ks.xlsx", wb)]);
    expect(p?.units[0]?.added.map((a) => [a.period, a.id])).toEqual([["Helår 2022", "A4"]]);
  });

  it("returns null for a period the master does not have", () => {
    expect(collectPreview(master, "Helår 2030", [])).toBeNull();
  });
});

describe("collectPreview, where a unit's row meets the master's", () => {
  it("takes a comment that differs only in spaces and line breaks as the master's own answer", () => {
    // The master's Helår 2022 row of A1: Pågår, 350 000, 800 000, "Preliminärt".
    const rows = masterRows();
    const spaced = masterPlan({
      ...rows,
      FollowUp: [
        ...(rows.FollowUp ?? []).slice(0, 4),
        ["Helår 2022", "A1", "Pågår", 350000, 800000, "Rekrytering  pågår,\nklart i maj"],
      ],
    });
    const back = fill(blank("Socialnämnden"), "FollowUp", "A1", {
      Kommentar: " Rekrytering pågår, klart i maj ",
    });
    const p = collectPreview(spaced, ROUND, [returned("social.xlsx", back)]);
    expect(ids(p?.units[0]?.unchanged ?? [])).toEqual(["A1"]);
    expect(p?.units[0]?.changed).toEqual([]);
  });

  it("takes a returned comment with doubled spaces and a line break as the master's own answer", () => {
    const back = fill(blank("Socialnämnden"), "FollowUp", "A1", { Kommentar: "Preliminärt" });
    const rows = masterRows();
    const single = masterPlan({
      ...rows,
      FollowUp: [
        ...(rows.FollowUp ?? []).slice(0, 4),
        ["Helår 2022", "A1", "Pågår", 350000, 800000, "Rekrytering pågår, klart i maj"],
      ],
    });
    const spaced = fill(back, "FollowUp", "A1", { Kommentar: "Rekrytering  pågår,\nklart i maj" });
    const p = collectPreview(single, ROUND, [returned("social.xlsx", spaced)]);
    expect(ids(p?.units[0]?.unchanged ?? [])).toEqual(["A1"]);
  });

  it("takes a new outcome alone, the status unchanged, as a change", () => {
    const back = fill(blank("Socialnämnden"), "FollowUp", "A1", { Utfall: 360000 });
    const p = collectPreview(master, ROUND, [returned("social.xlsx", back)]);
    expect(ids(p?.units[0]?.changed ?? [])).toEqual(["A1"]);
    expect(p?.units[0]?.changed[0]?.after).toMatchObject({ status: "inProgress", outcome: 360000 });
  });

  it("words a change with the fields the unit cleared left out", () => {
    const back = fill(blank("Socialnämnden"), "FollowUp", "A1", {
      Status: "Försenad",
      Prognos: null,
      Kommentar: null,
    });
    const p = collectPreview(master, ROUND, [returned("social.xlsx", back)]);
    const lines = (lang: "sv" | "en") =>
      collectText(p as CollectPreview, lang)
        .split("\n")
        .map((l) => l.trim());
    expect(lines("sv")).toContain(
      "Ändrad: Uppföljning A1: Status Pågår; Utfall 350000; Prognos 800000; Kommentar Preliminärt → Status Försenad; Utfall 350000",
    );
  });

  it("takes a comment with other words as a change", () => {
    const back = fill(blank("Socialnämnden"), "FollowUp", "A1", { Kommentar: "Preliminärt, ej klart" });
    const p = collectPreview(master, ROUND, [returned("social.xlsx", back)]);
    expect(ids(p?.units[0]?.changed ?? [])).toEqual(["A1"]);
    expect(p?.units[0]?.changed[0]?.after["comment"]).toBe("Preliminärt, ej klart");
  });

  it("compares the returned row with the master's first row of the period when the master holds two", () => {
    const rows = masterRows();
    const twice = masterPlan({
      ...rows,
      FollowUp: [...(rows.FollowUp ?? []), ["Helår 2022", "A1", "Försenad", 100, 100, "Andra raden"]],
    });
    const back = fill(blank("Socialnämnden"), "FollowUp", "A1", { Status: "Genomförd" });
    const p = collectPreview(twice, ROUND, [returned("social.xlsx", back)]);
    const changed = p?.units[0]?.changed[0];
    expect(changed?.id).toBe("A1");
    expect(changed?.before).toMatchObject({ status: "inProgress", outcome: 350000, comment: "Preliminärt" });
    expect(changed?.masterRow).toBe(5);
  });

  it("calls two different answers to one activity within one file a conflict", () => {
    const wb = fill(board(), "FollowUp", "A4", { Status: "Pågår" });
    const table = wb.tables.find((t) => t.name === "FollowUp");
    if (!table) throw new Error("no FollowUp");
    const a4 = table.values.find((r) => r[1] === "A4") ?? [];
    const status = (table.values[0] ?? []).indexOf("Status");
    const again = a4.map((v, i) => (i === status ? "Försenad" : v));
    const both = { ...table, values: [...table.values, again] };
    const two: RawWorkbook = {
      tables: wb.tables.map((t) => (t.name === "FollowUp" ? both : t)),
      sheets: wb.sheets.map((s) => (s.sheet === both.sheet ? { ...s, values: both.values } : s)),
    };
    const p = collectPreview(master, ROUND, [returned("ks.xlsx", two)]);
    expect(p?.conflicts.map((c) => [c.id, c.answers.map((a) => a.values["status"])])).toEqual([
      ["A4", ["inProgress", "delayed"]],
    ]);
    expect(p?.units[0]?.added).toEqual([]);
  });
});

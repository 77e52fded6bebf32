/**
 * The collect preview as the coordinator reads it (`collect` on the command line, the pane's
 * confirm step) and as `collect --json` prints it: every kind of line, in both languages.
 */
import type { RawWorkbook } from "../../../src/core/cells/cells";
import { collectJson } from "../../../src/core/collect/collectJson";
import { collectPreview } from "../../../src/core/collect/collectPreview";
import { collectRows } from "../../../src/core/collect/collectRows";
import { collectText, rowName } from "../../../src/core/collect/collectText";
import { handoutPlans } from "../../../src/core/collect/handoutPlans";
import type { CollectPreview } from "../../../src/core/collect/collect.types";
import type { Plan } from "../../../src/core/plan";
import { fill, handoutOf, handoutWorkbook, masterPlan, masterRows, returned, ROUND } from "./roundFixture";

const blankOf =
  (master: Plan) =>
  (label: string, period = ROUND): RawWorkbook =>
    handoutWorkbook(handoutOf(handoutPlans(master, period) ?? [], label));

function previewOf(master: Plan, files: [string, RawWorkbook][]): CollectPreview {
  const p = collectPreview(
    master,
    ROUND,
    files.map(([file, wb]) => returned(file, wb)),
  );
  if (!p) throw new Error("no preview");
  return p;
}

/**
 * Socialnämnden sends two versions (A1 changed and its budget altered in both, A2 answered two
 * ways); Kommunstyrelsen answers A4 and measures a goal the master does not know;
 * Stadsbyggnadsnämnden sends its hand-out of the interim report.
 */
function round(): CollectPreview {
  const master = masterPlan();
  const blank = blankOf(master);
  let social = fill(blank("Socialnämnden"), "FollowUp", "A1", {
    Status: "Försenad",
    Utfall: 420000,
    Kommentar: null,
  });
  social = fill(social, "FollowUp", "A2", { Status: "Genomförd", Utfall: 140000, Prognos: 140000 });
  social = fill(social, "Activities", "A1", { Budget: 950000 });
  const v2 = fill(social, "FollowUp", "A2", { Status: "Pågår", Prognos: 160000 });
  let board = fill(blank("Kommunstyrelsen"), "FollowUp", "A4", { Status: "Pågår", Utfall: 15000 });
  board = fill(board, "IndicatorValues", "M2", { "Mål-ID": "M9", Kvinnor: 12 });
  const early = fill(blank("Stadsbyggnadsnämnden", "Delår 2022"), "FollowUp", "A5", { Status: "Pågår" });
  return previewOf(master, [
    ["social.xlsx", social],
    ["social v2.xlsx", v2],
    ["ks.xlsx", board],
    ["sbn delår.xlsx", early],
  ]);
}

const SV = `Insamling för Helår 2022

Socialnämnden (social.xlsx)
  0 nya, 1 ändrad, 0 oförändrade, 1 tom
  Ändrad: Uppföljning A1: Status Pågår; Utfall 350000; Prognos 800000; Kommentar Preliminärt → Status Försenad; Utfall 420000; Prognos 800000
  Skyddad cell ändrad, ignoreras: Aktiviteter A1 Budget: 800000 → 950000
Socialnämnden (social v2.xlsx)
  0 nya, 1 ändrad, 0 oförändrade, 1 tom
  Ändrad: Uppföljning A1: Status Pågår; Utfall 350000; Prognos 800000; Kommentar Preliminärt → Status Försenad; Utfall 420000; Prognos 800000
  Skyddad cell ändrad, ignoreras: Aktiviteter A1 Budget: 800000 → 950000
Kommunstyrelsen (ks.xlsx)
  1 ny, 0 ändrade, 0 oförändrade, 0 tomma
  Okänt ID, hämtas inte: Indikatorer M9 (Indikatorer!B2)
Stadsbyggnadsnämnden (sbn delår.xlsx): gäller en annan period: inget hämtas

Konflikter (ingen av uppgifterna skrivs förrän du väljer):
  Uppföljning A2:
    Socialnämnden (social.xlsx): Status Genomförd; Utfall 140000; Prognos 140000
    Socialnämnden (social v2.xlsx): Status Pågår; Utfall 140000; Prognos 160000

Har inte svarat: Stadsbyggnadsnämnden, (utan ansvarig)`;

describe("collectText", () => {
  it("gives the coordinator per file its counts and the rows to look at, then the conflicts by file and who is missing", () => {
    expect(collectText(round(), "sv")).toBe(SV);
  });

  it("adds what was written and what was not", () => {
    const p = round();
    expect(collectText(p, "sv", collectRows(p))).toBe(
      `${SV}
Skrivet: 1 ny rad, 0 ersatta rader.
  Inte skrivet: Uppföljning A1 (ändring ej bekräftad)
  Inte skrivet: Uppföljning A2 (konflikt)`,
    );
  });

  it("reads the same in English", () => {
    const p = round();
    const en = collectText(p, "en", collectRows(p)).split("\n");
    expect(en.slice(0, 4)).toEqual([
      "Collect for Helår 2022",
      "",
      "Socialnämnden (social.xlsx)",
      "  0 new, 1 changed, 0 unchanged, 1 blank",
    ]);
    expect(en).toContain("  Protected cell changed, ignored: Activities A1 Budget: 800000 → 950000");
    expect(en).toContain("  Unknown ID, not taken: Indicators M9 (Indikatorer!B2)");
    expect(en).toContain("Stadsbyggnadsnämnden (sbn delår.xlsx): is for another period: nothing taken");
    expect(en.slice(-9)).toEqual([
      "Conflicts (neither answer is written until you choose):",
      "  Follow-up A2:",
      "    Socialnämnden (social.xlsx): Status Done; Outcome 140000; Forecast 140000",
      "    Socialnämnden (social v2.xlsx): Status In progress; Outcome 140000; Forecast 160000",
      "",
      "Not answered: Stadsbyggnadsnämnden, (utan ansvarig)",
      "Written: 1 new row, 0 rows replaced.",
      "  Not written: Follow-up A1 (change not confirmed)",
      "  Not written: Follow-up A2 (conflict)",
    ]);
  });

  it("says when everyone has answered, without a conflicts part when there are none", () => {
    const rows = masterRows();
    const master = masterPlan(rows);
    const blank = blankOf(master);
    let board = fill(blank("Kommunstyrelsen"), "FollowUp", "A4", { Status: "Pågår", Period: "Delår 2023" });
    board = fill(board, "Activities", "A4", { Resurser: "Kommunikationsavdelningen", Budget: null });
    const timrå = masterPlan({
      ...rows,
      Plan: [["Organisation", "Timrå kommun"], ...(rows.Plan ?? []).slice(1)],
    });
    const theirs = fill(blankOf(timrå)("Socialnämnden"), "FollowUp", "A1", { Status: "Pågår" });
    const p = previewOf(master, [
      ["social.xlsx", blank("Socialnämnden")],
      ["ks.xlsx", board],
      ["sbn.xlsx", blank("Stadsbyggnadsnämnden")],
      ["övrigt.xlsx", blank("(utan ansvarig)")],
      ["timrå.xlsx", theirs],
    ]);
    expect(collectText(p, "sv").split("\n")).toEqual([
      "Insamling för Helår 2022",
      "",
      "Socialnämnden (social.xlsx)",
      "  0 nya, 0 ändrade, 1 oförändrad, 2 tomma",
      "Kommunstyrelsen (ks.xlsx)",
      "  0 nya, 0 ändrade, 0 oförändrade, 1 tom",
      "  Annan period, hämtas inte: Uppföljning A4 (Delår 2023)",
      "  Skyddad cell ändrad, ignoreras: Aktiviteter A4 Budget: 50000 → ",
      "  Skyddad cell ändrad, ignoreras: Aktiviteter A4 Resurser:  → Kommunikationsavdelningen",
      "Stadsbyggnadsnämnden (sbn.xlsx)",
      "  0 nya, 0 ändrade, 0 oförändrade, 2 tomma",
      "(utan ansvarig) (övrigt.xlsx)",
      "  0 nya, 0 ändrade, 0 oförändrade, 1 tom",
      "Socialnämnden (timrå.xlsx): gäller en annan plan: inget hämtas",
      "",
      "Alla har svarat.",
    ]);
  });

  it("names a workbook that is no hand-out, a new activity a unit added, and a row it cannot place", () => {
    const rows = masterRows();
    const copy = masterPlan({
      ...rows,
      Activities: [
        ...(rows.Activities ?? []),
        ["A9", "M1", "Ny aktivitet", "Socialnämnden", null, null, 0, "", ""],
      ],
    });
    const p = collectPreview(masterPlan(), ROUND, [{ file: "kopia.xlsx", plan: copy, identity: null }]);
    if (!p) throw new Error("no preview");
    const [unit] = p.units;
    if (!unit) throw new Error("no unit");
    // A row of an answer table without a known place (a table read without its sheet).
    const placeless = {
      ...unit,
      unknown: [{ table: "FollowUp" as const, period: ROUND, id: "A8", cell: null }],
    };
    const lines = collectText({ ...p, units: [placeless] }, "sv").split("\n");
    expect(lines).toContain("kopia.xlsx (kopia.xlsx): ingen utskickad fil: raderna läses ändå");
    expect(lines).toContain("  Skyddad cell ändrad, ignoreras: Aktiviteter A9");
    expect(lines).toContain("  Okänt ID, hämtas inte: Uppföljning A8");
  });

  it("names a Plan fact by its label and any other row by its ID, even one spelt like a fact's key", () => {
    expect(rowName("Plan", "currency", "sv")).toBe("Valuta");
    expect(rowName("Plan", "currency", "en")).toBe("Currency");
    expect(rowName("Activities", "currency", "sv")).toBe("currency");
  });

  it("words a change from a row the master holds empty as (tom)", () => {
    const p = round();
    const [first, ...others] = p.units;
    if (!first) throw new Error("no unit");
    const change = first.changed[0];
    if (!change) throw new Error("no change");
    const fromNothing = { ...first, changed: [{ ...change, before: null }] };
    expect(collectText({ ...p, units: [fromNothing, ...others] }, "sv")).toContain(
      "  Ändrad: Uppföljning A1: (tom) → Status Försenad; Utfall 420000; Prognos 800000\n",
    );
  });
});

describe("collectJson", () => {
  it("gives each row with its cell, a change with the master's values, and a conflicting row without them", () => {
    const p = round();
    const json = collectJson(p, collectRows(p));
    const [social, , board, early] = json.units;
    expect(social?.changed).toEqual([
      {
        table: "FollowUp",
        id: "A1",
        cell: "Uppföljning!B2",
        values: { status: "delayed", outcome: 420000, forecast: 800000, comment: null },
        before: { status: "inProgress", outcome: 350000, forecast: 800000, comment: "Preliminärt" },
      },
    ]);
    expect(social?.conflicting).toEqual([
      {
        table: "FollowUp",
        id: "A2",
        cell: "Uppföljning!B3",
        values: { status: "done", outcome: 140000, forecast: 140000, comment: null },
      },
    ]);
    expect(social?.unanswered).toEqual([
      { table: "IndicatorValues", period: "Helår 2022", id: "M1", cell: "Indikatorer!B2" },
    ]);
    expect(board?.added).toEqual([
      {
        table: "FollowUp",
        id: "A4",
        cell: "Uppföljning!B2",
        values: { status: "inProgress", outcome: 15000, forecast: null, comment: null },
      },
    ]);
    expect(board?.unknown).toEqual([
      { table: "IndicatorValues", period: "Helår 2022", id: "M9", cell: "Indikatorer!B2" },
    ]);
    expect([early?.status, early?.responsible]).toEqual(["otherPeriod", "Stadsbyggnadsnämnden"]);
    expect(json.conflicts[0]?.before).toBeNull();
    expect(json.conflicts[0]?.answers.map((a) => [a.file, a.responsible, a.values["status"]])).toEqual([
      ["social.xlsx", "Socialnämnden", "done"],
      ["social v2.xlsx", "Socialnämnden", "inProgress"],
    ]);
  });

  it("gives no place for a row read without one, and no responsible for a workbook that is no hand-out", () => {
    const p = round();
    const [first, ...others] = p.units;
    if (!first) throw new Error("no unit");
    const unidentified = {
      ...first,
      identity: null,
      unanswered: first.unanswered.map((r) => ({ ...r, cell: null })),
    };
    const [unit] = collectJson({ ...p, units: [unidentified, ...others] }).units;
    expect(unit?.responsible).toBeNull();
    expect(unit?.unanswered.map((r) => r.cell)).toEqual([null]);
  });
});

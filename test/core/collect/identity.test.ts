/**
 * A returned hand-out says which master, period and responsible it is from in extra
 * rows of its Plan table. Collect reads them back whatever language the hand-out was
 * written in and wherever the table stands; a workbook without both rows is no hand-out.
 */
import type { RawTable, RawWorkbook } from "../../../src/core/cells/cells";
import { collectPreview } from "../../../src/core/collect/collectPreview";
import { handoutPlans } from "../../../src/core/collect/handoutPlans";
import { readIdentity } from "../../../src/core/collect/identity";
import { readPlan } from "../../../src/core/read/readPlan";
import { fill, handoutOf, handoutWorkbook, masterPlan, returned, ROUND } from "./roundFixture";

const master = masterPlan();
const handout = (label: string, lang: "sv" | "en" = "sv"): RawWorkbook =>
  handoutWorkbook(handoutOf(handoutPlans(master, ROUND, lang) ?? [], label));
const identityOf = (raw: RawWorkbook) => readIdentity(raw, readPlan(raw));

/** The workbook with its Plan table's rows changed by `rows` (the header row kept first). */
function planRows(raw: RawWorkbook, rows: (values: RawTable["values"]) => RawTable["values"]): RawWorkbook {
  const tables = raw.tables.map((t) => (t.name === "Plan" ? { ...t, values: rows(t.values) } : t));
  return { tables, sheets: tables.map(({ name: _name, ...range }) => range) };
}
const without = (key: string) => (values: RawTable["values"]) => values.filter((r) => r[0] !== key);

describe("the identity of a returned hand-out", () => {
  it("is read from a hand-out written in English", () => {
    expect(identityOf(handout("Socialnämnden", "en"))).toEqual({
      organisation: "Sundsvalls kommun",
      planName: "Jämställdhetsplan 2022–2024",
      period: "Helår 2022",
      responsible: "Socialnämnden",
    });
  });

  it("names no responsible for the hand-out of activities without one, in either language", () => {
    for (const lang of ["sv", "en"] as const) {
      const raw = handout(lang === "sv" ? "(utan ansvarig)" : "(no responsible)", lang);
      expect(identityOf(raw)).toMatchObject({ period: "Helår 2022", responsible: null });
    }
  });

  it("takes the label of the no-responsible group written in the other language, in any case", () => {
    const raw = planRows(handout("(utan ansvarig)"), (v) =>
      v.map((r) => (r[0] === "Underlag för" ? ["Underlag för", "(No Responsible)"] : r)),
    );
    expect(identityOf(raw)).toMatchObject({ responsible: null });
  });

  it("takes the first of two rows naming the responsible or the period", () => {
    const raw = planRows(handout("Socialnämnden"), (v) => [
      ...v,
      ["Underlag för", "Kommunstyrelsen"],
      ["Underlag för period", "Delår 2022"],
    ]);
    expect(identityOf(raw)).toMatchObject({ period: "Helår 2022", responsible: "Socialnämnden" });
  });

  it("reads the keys as a person means them: any case, a colon, blank rows between", () => {
    const raw = planRows(handout("Socialnämnden"), (v) => [
      ...v
        .filter((r) => r[0] !== "Underlag för" && r[0] !== "Underlag för period")
        .flatMap((r) => [r, [null, null]]),
      ["UNDERLAG FÖR:", "Socialnämnden"],
      ["hand-out  period", "Helår 2022"],
    ]);
    expect(identityOf(raw)).toMatchObject({ period: "Helår 2022", responsible: "Socialnämnden" });
  });

  it("is read from a Plan table that does not start at A1, under a title block", () => {
    const raw = handout("Socialnämnden");
    // The Plan table at B12 of its sheet: eleven rows above it, one column to its left.
    const tables = raw.tables.map((t) => (t.name === "Plan" ? { ...t, top: 11, left: 1 } : t));
    const sheets = raw.sheets.map((s) =>
      s.sheet === "Plan"
        ? { ...s, values: [...Array.from({ length: 11 }, () => []), ...s.values.map((r) => [null, ...r])] }
        : s,
    );
    const shifted: RawWorkbook = { tables, sheets };
    expect(identityOf(shifted)).toMatchObject({ period: "Helår 2022", responsible: "Socialnämnden" });
  });

  it("is none when the responsible or the period row is missing, and the preview reads the rows anyway", () => {
    const filled = fill(handout("Kommunstyrelsen"), "FollowUp", "A4", { Status: "Pågår" });
    for (const key of ["Underlag för", "Underlag för period"]) {
      const raw = planRows(filled, without(key));
      expect(identityOf(raw)).toBeNull();
      const p = collectPreview(master, ROUND, [returned("ks.xlsx", raw)]);
      expect(p?.units[0]).toMatchObject({ status: "noIdentity", label: "ks.xlsx" });
      expect(p?.units[0]?.added.map((a) => a.id)).toEqual(["A4"]);
      expect(p?.missing).toContain("Kommunstyrelsen");
    }
  });

  it("counts a hand-out as answered by its responsible, whatever the case and spaces of the name", () => {
    const raw = planRows(handout("Kommunstyrelsen"), (v) =>
      v.map((r) => (r[0] === "Underlag för" ? ["Underlag för", " kommunstyrelsen "] : r)),
    );
    const p = collectPreview(master, ROUND, [returned("ks.xlsx", raw)]);
    expect(p?.units[0]?.label).toBe("kommunstyrelsen");
    expect(p?.missing).toEqual(["Socialnämnden", "Stadsbyggnadsnämnden", "(utan ansvarig)"]);
  });
});

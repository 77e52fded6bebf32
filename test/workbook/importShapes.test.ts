/**
 * One plan (Region Sydvik 2018–2020, scripts/importFixtures.py) as it arrives: a
 * table under a logo, a title and a note with a two-row header and merged cells; the
 * same plan copied from Word into one column; and copied from a PDF as text. In
 * Swedish and in English, every shape gives the same 8 goals and 17 activities, and
 * every line of every input is accounted for.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { isBlank, type RawRange } from "../../src/core/cells/cells";
import type { ImportResult } from "../../src/core/import/import.types";
import { importList, importText } from "../../src/core/import/importList";
import { openXlsx, xlsxPort } from "../../src/workbook/xlsx";

const FIXTURES = join(__dirname, "../fixtures/import");

async function firstSheet(file: string): Promise<RawRange> {
  const raw = await xlsxPort(await openXlsx(readFileSync(join(FIXTURES, file)))).read();
  const sheet = raw.sheets[0];
  if (!sheet) throw new Error(`${file} has no sheet`);
  return sheet;
}

/** The plan without where it came from: what both shapes must agree on. */
function planOf(r: ImportResult) {
  return {
    goals: r.goals.map((g) => ({
      id: g.id,
      articles: g.articles,
      goal: g.goal,
      indicator: g.indicator,
      target: g.target,
    })),
    activities: r.activities.map((a) => ({
      id: a.id,
      goalId: a.goalId,
      activity: a.activity,
      responsible: a.responsible,
      timeframe: a.timeframe,
      start: a.start,
      end: a.end,
      budget: a.budget,
      resources: a.resources,
    })),
  };
}

const nonBlankRows = (range: RawRange) =>
  range.values.flatMap((row, r) => (row.some((v) => !isBlank(v)) ? [range.top + r + 1] : []));
const rowOf = (cell: string) => Number(/\d+$/.exec(cell)?.[0]);

describe.each(["sv", "en"] as const)("the Region Sydvik plan in %s", (lang) => {
  const options = { lang, from: "2018-01-01", to: "2020-12-31" };
  let table: ImportResult;
  let document: ImportResult;
  let pasted: ImportResult;
  let tableRange: RawRange;
  let documentRange: RawRange;
  let text: string;

  beforeAll(async () => {
    tableRange = await firstSheet(`plan-table-${lang}.xlsx`);
    documentRange = await firstSheet(`plan-document-${lang}.xlsx`);
    text = readFileSync(join(FIXTURES, `plan-document-${lang}.txt`), "utf8");
    table = importList(tableRange, options);
    document = importList(documentRange, options);
    pasted = importText(text, options);
  });

  it("reads the table below its title, and the document and the pasted text as documents", () => {
    expect(table.shape).toBe("table");
    expect(table.headerRange).toBe(lang === "sv" ? "A5:I6" : "A5:I5");
    expect(document.shape).toBe("document");
    expect(pasted.shape).toBe("document");
  });

  it("gives the same goals and activities in all three shapes: 8 goals, 17 activities", () => {
    expect(table.goals).toHaveLength(8);
    expect(table.activities).toHaveLength(17);
    expect(planOf(document)).toEqual(planOf(table));
    expect(planOf(pasted)).toEqual(planOf(table));
  });

  it("accounts for every non-empty row and line of each input", () => {
    for (const [result, rows] of [
      [table, nonBlankRows(tableRange)],
      [document, nonBlankRows(documentRange)],
      [pasted, text.split("\n").flatMap((l, i) => (l.trim() === "" ? [] : [i + 1]))],
    ] as const) {
      expect(result.lines.map((l) => rowOf(l.cell))).toEqual(rows);
      expect(result.lines.every((l) => l.role !== "notUnderstood" || l.ids.length === 0)).toBe(true);
    }
    expect(table.lines.filter((l) => l.role === "aboveHeader")).toHaveLength(3);
    expect(table.lines.filter((l) => l.role === "header")).toHaveLength(lang === "sv" ? 2 : 1);
  });

  it("lists the same texts as not understood in every shape: an amount per year and a budget round", () => {
    const texts = (r: ImportResult) => r.notUnderstood.filter((n) => n.reason !== "text").map((n) => n.text);
    const expected =
      lang === "sv"
        ? ["30 000 kr/år", "inför budget 2021"]
        : ["SEK 30,000 per year", "before the 2021 budget"];
    expect(texts(document)).toEqual(expected);
    expect(texts(pasted)).toEqual(expected);
    // The table also lists its closing note (in the article column), the text its page footers.
    expect(texts(table)).toEqual([...expected, expect.stringMatching(/^(Planen|The plan) /)]);
    expect(pasted.notUnderstood.filter((n) => n.reason === "text").map((n) => n.text)).toEqual([
      lang === "sv" ? "Sida 1 av 3" : "Page 1 of 3",
      lang === "sv" ? "Sida 2 av 3" : "Page 2 of 3",
      expect.stringMatching(/^(Planen|The plan) /),
    ]);
  });

  it("reads amounts in words as kronor and recurring timeframes as the plan period", () => {
    const byId = new Map(pasted.activities.map((a) => [a.id, a]));
    expect(byId.get("A1.1")?.budget).toBe(50_000);
    expect(byId.get("A4.2")?.budget).toBe(1_200_000);
    expect(byId.get("A5.1")?.budget).toBe(2_000_000);
    expect(byId.get("A2.2")).toMatchObject({ budget: null, start: "2018-01-01", end: "2020-12-31" });
    expect(byId.get("A6.2")).toMatchObject({ start: "2018-01-01", end: "2020-12-31" });
    expect(byId.get("A3.2")).toMatchObject({ start: "2020-01-01", end: "2020-12-31" });
    expect(byId.get("A4.2")).toMatchObject({ start: null, end: null });
    expect(pasted.readings.filter((r) => r.kind === "timeframe" && r.how === "recurring")).toHaveLength(4);
  });
});

describe("the plan in Swedish and in English", () => {
  it("has the same articles, dates and budgets", async () => {
    const options = { from: "2018-01-01", to: "2020-12-31" };
    const sv = importList(await firstSheet("plan-table-sv.xlsx"), { ...options, lang: "sv" });
    const en = importList(await firstSheet("plan-table-en.xlsx"), { ...options, lang: "en" });
    const shape = (r: ImportResult) => ({
      goals: r.goals.map((g) => [g.id, g.articles, g.target]),
      activities: r.activities.map((a) => [a.id, a.start, a.end, a.budget]),
    });
    expect(shape(en)).toEqual(shape(sv));
  });
});

/**
 * Hostile input, as properties: whatever a municipal user pastes into any column of
 * any table (huge numbers, error values, dates outside Excel's range, control
 * characters, right-to-left text, formulas' text …), reading, checking and
 * summarising never throw, every finding points at a real cell inside its table,
 * and the summary's counts add up.
 */
import fc from "fast-check";
import {
  a1,
  columnIndex,
  type CellValue,
  type RawRange,
  type RawTable,
  type RawWorkbook,
} from "../../src/core/cells/cells";
import { checkPlan } from "../../src/core/checks/checkPlan";
import { FINDING_CODES, findingMessage } from "../../src/core/checks/findingMessage";
import { isoToSerial } from "../../src/core/dates/dates";
import type { Finding } from "../../src/core/checks/findings.types";
import { importList } from "../../src/core/import/importList";
import type { Plan } from "../../src/core/plan/plan.types";
import { planTables } from "../../src/core/plan/planTables";
import { readPlan } from "../../src/core/read/readPlan";
import { CHOICES } from "../../src/core/choices";
import { PLAN_KEYS, TABLES, type ColumnSpec, type TableName } from "../../src/core/schema";
import { periodsOf } from "../../src/core/periods/periods";
import { summarise, summaryJson, summaryLayout, summaryText } from "../../src/core/summary";
import { STATE_ORDER, type Summary } from "../../src/core/summary/summary.types";

const RUNS = { numRuns: 200, seed: 20_190_915 };

/** What people and Excel put in cells besides plan data. */
const HOSTILE_TEXT = [
  "",
  " ",
  "\t",
  "\n",
  " \u00a0 ",
  "#N/A",
  "#REF!",
  "#VALUE!",
  "#DIV/0!",
  "#NAME?",
  "#SPILL!",
  "NaN",
  "Infinity",
  "-Infinity",
  "1e308",
  "-1e309",
  "0x1F",
  "1 000 000 kr",
  "12,5 %",
  "−5",
  "=SUMMA(A1:A3)",
  "=1/0",
  "+46 70 123 45 67",
  "-",
  "@",
  "@användare",
  '=HYPERLINK("http://example.com")',
  "\u0000\u0007\u001b[31m",
  "\u202eevil.exe",
  "مرحبا بالعالم",
  "שלום",
  "👩‍💼🏳️‍🌈",
  "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
  "A".repeat(40_000),
  "M1\nM2",
  "Art. 99, 0, -3",
  "31 februari 2021",
  "2021-02-30",
  "0000-01-01",
  "9999-12-31",
  "10000-01-01",
  "TRUE",
  "Ja;Nej",
  "__proto__",
  "constructor",
  "toString",
];

const hostileValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom<CellValue>(...HOSTILE_TEXT),
  fc.constantFrom<CellValue>(null, undefined, true, false),
  fc.double(),
  fc.constantFrom<CellValue>(
    Number.MAX_VALUE,
    -Number.MAX_VALUE,
    1e21,
    -1e21,
    Number.MIN_VALUE,
    -0,
    2_958_466,
    -1,
    0.5,
  ),
  fc.integer({ min: -3_000_000, max: 3_000_000 }),
  // Dates before 1900 and after 9999, and the invalid Date a file library may hand over.
  fc.date({
    min: new Date(Date.UTC(-2000, 0, 1)),
    max: new Date(Date.UTC(12_000, 0, 1)),
    noInvalidDate: false,
  }),
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.string({ unit: "grapheme", maxLength: 12 }),
);

/** Cells of a loose list: a few words a list might hold, mostly hostile values. */
const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  {
    weight: 1,
    arbitrary: fc.constantFrom<CellValue>("M1", "A1", "Delår 2021", "Pågår", "Mål", "Aktivitet", "Artikel"),
  },
  { weight: 2, arbitrary: hostileValue },
);

const SERIALS: readonly number[] = ["2021-01-01", "2021-08-31", "2021-12-31", "2023-12-31", "2022-06-30"].map(
  isoToSerial,
);

/** Plausible values of a column, so that rows are also read as goals, activities and periods. */
function plausibleFor(table: TableName, column: ColumnSpec): readonly CellValue[] {
  const ids: Readonly<Record<string, readonly CellValue[]>> = {
    goalId: ["M1", "M2", "m1 ", "M9"],
    activityId: ["A1", "A2", "A2", "a3"],
    period: ["Delår 2021", "Helår 2021", "helår 2021 ", "Delår 2022", "Helår 2099"],
  };
  if (column.key === "id") return table === "Goals" ? (ids.goalId ?? []) : (ids.activityId ?? []);
  if (column.key === "key") return PLAN_KEYS.flatMap((k) => [k.label.sv, k.label.en]);
  if (column.key === "value")
    return ["Lindesbergs kommun", SERIALS[0], SERIALS[3], "SEK", 2006, 2022, "2021-01-01"];
  if (column.choices) return CHOICES[column.choices].flatMap((c) => [c.sv, c.en]);
  switch (column.type) {
    case "ref":
    case "id":
      return ids[column.key] ?? [];
    case "date":
      return [...SERIALS, "2021-03-01", "31 augusti 2021"];
    case "number":
    case "money":
    case "integer":
      return [0, 2, 11, 22, 31, 50, 40_000, 1_200_000, -5_000, 2.5];
    case "articles":
      return ["11, 13", "Art. 2", "artikel 22", 6, "2 och 5"];
    default:
      return ["Kommunstyrelsen", "Jämn könsfördelning i nämnderna", "HR-chef", ""];
  }
}

/** A cell of a column: often plausible for it, often hostile. */
function cellOf(table: TableName, column: ColumnSpec | undefined): fc.Arbitrary<CellValue> {
  if (!column) return hostileValue;
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom<CellValue>(...plausibleFor(table, column)) },
    { weight: 2, arbitrary: hostileValue },
  );
}

type TableShape = {
  readonly lang: "sv" | "en";
  readonly as: "table" | "sheet";
  readonly top: number;
  readonly left: number;
  /** Header columns in the workbook: schema headers (some dropped or hostile) and extra ones. */
  readonly headers: readonly CellValue[];
  readonly rows: readonly (readonly CellValue[])[];
};

function tableShape(name: TableName): fc.Arbitrary<TableShape> {
  const spec = TABLES.find((t) => t.name === name);
  const columns = spec ? spec.columns : [];
  return fc
    .record({
      lang: fc.constantFrom<"sv" | "en">("sv", "en"),
      as: fc.constantFrom<"table" | "sheet">("table", "table", "sheet"),
      top: fc.integer({ min: 0, max: 3 }),
      left: fc.integer({ min: 0, max: 3 }),
      keep: fc.array(fc.integer({ min: 0, max: 9 }), {
        minLength: columns.length,
        maxLength: columns.length,
      }),
      extra: fc.array(hostileValue, { maxLength: 2 }),
      order: fc.boolean(),
    })
    .chain((s) => {
      // Most columns stay; some are dropped, some get a hostile header instead.
      const kept: { header: CellValue; column: ColumnSpec | undefined }[] = columns.flatMap((c, i) => {
        const k = s.keep[i] ?? 0;
        if (k === 0) return [];
        return [{ header: k === 1 ? "#REF!" : c.header[s.lang], column: c }];
      });
      const extra = s.extra.map((header) => ({ header, column: undefined }));
      const all = s.order ? [...kept, ...extra] : [...extra, ...kept];
      // A row's cells fit their columns; a ragged row may be one short or one long.
      const row = fc
        .tuple(...all.map((c) => cellOf(name, c.column)), hostileValue, fc.integer({ min: -1, max: 1 }))
        .map((cells) => {
          const ragged = cells[cells.length - 1] as number;
          return cells.slice(0, Math.max(0, all.length + ragged));
        });
      return fc
        .array(row, { maxLength: 7 })
        .map((rows) => ({ ...s, headers: all.map((c) => c.header), rows }));
    });
}

/** A workbook holding any subset of the seven tables, each in any shape, plus a loose sheet. */
const hostileWorkbook: fc.Arbitrary<RawWorkbook> = fc
  .record({
    shapes: fc.tuple(...TABLES.map((t) => fc.option(tableShape(t.name), { freq: 6 }))),
    loose: fc.array(fc.array(cellValue, { maxLength: 5 }), { maxLength: 5 }),
  })
  .map(({ shapes, loose }) => {
    const tables: RawTable[] = [];
    const sheets: RawRange[] = [{ sheet: "Blad1", top: 0, left: 0, values: loose }];
    shapes.forEach((shape, i) => {
      const spec = TABLES[i];
      if (!shape || !spec) return;
      const width = Math.max(1, shape.headers.length);
      // An Excel table is a rectangle; plain cells may be ragged.
      const rows =
        shape.as === "table"
          ? shape.rows.map((r) => Array.from({ length: width }, (_, k) => r[k] ?? null))
          : shape.rows;
      const range: RawRange = {
        sheet: spec.sheet[shape.lang],
        top: shape.top,
        left: shape.left,
        values: [shape.headers, ...rows],
      };
      sheets.push(range);
      if (shape.as === "table") tables.push({ ...range, name: spec.name });
    });
    return { tables, sheets };
  });

const refDate = fc.constantFrom("2019-09-15", "2021-08-31", "2022-12-31", "1900-01-01", "9999-12-31");

/** Why a finding does not point at a real cell inside a table of the workbook (null when it does). */
function misplaced(f: Finding, plan: Plan, raw: RawWorkbook): string | null {
  if (!FINDING_CODES.includes(f.code)) return `unknown code ${f.code}`;
  if (!["error", "warning", "info"].includes(f.severity)) return `severity ${f.severity}`;
  if (findingMessage(f, "sv").trim() === "" || findingMessage(f, "en").trim() === "") return "empty message";
  if (f.sheet === null) return f.cell === null ? null : "a cell without a sheet";
  if (!raw.sheets.some((s) => s.sheet === f.sheet)) return `sheet ${f.sheet} is not in the workbook`;
  if (f.cell === null) return null;
  const m = /^([A-Z]{1,3})([1-9]\d*)$/.exec(f.cell);
  if (!m || !m[1] || !m[2]) return `cell ${f.cell} is no A1 address`;
  const row = Number(m[2]) - 1;
  const col = columnIndex(m[1]);
  if (a1(row, col) !== f.cell) return `cell ${f.cell} does not round-trip`;
  const inside = planTables(plan).some(
    (t) =>
      t.sheet === f.sheet && row >= t.headerRow && row <= t.lastRow && col >= t.firstCol && col <= t.lastCol,
  );
  return inside ? null : `cell ${f.sheet}!${f.cell} lies outside every table`;
}

/** The paths of numbers in a JSON-like value that are NaN or infinite. */
function nonFinite(value: unknown, path = "$"): string[] {
  if (typeof value === "number") return Number.isFinite(value) ? [] : [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => nonFinite(v, `${path}[${i}]`));
  if (typeof value === "object" && value !== null) {
    return Object.entries(value).flatMap(([k, v]) => nonFinite(v, `${path}.${k}`));
  }
  return [];
}

const sum = (values: readonly number[]): number => values.reduce((s, v) => s + v, 0);

/** Why a summary's counts do not add up (null when they do). */
function countsWrong(s: Summary): string | null {
  const n = s.activities.length;
  if (sum(STATE_ORDER.map((k) => s.byStatus[k])) !== n) return "activities by status";
  for (const k of STATE_ORDER) {
    if (s.byStatus[k] !== s.activities.filter((a) => a.state === k).length) return `status ${k}`;
  }
  if (sum(Object.values(s.byAssessment)) !== s.goals.length) return "goals by assessment";
  if (s.budget.withoutBudget !== s.activities.filter((a) => a.budget === null).length)
    return "without budget";
  for (const art of s.articles) {
    if (sum(STATE_ORDER.map((k) => art.byStatus[k])) !== art.activities)
      return `article ${art.article} statuses`;
  }
  if (s.wholePlan) {
    const w = s.wholePlan;
    if (w.activities !== n || w.done + w.cancelled + w.notDone.length !== n) return "whole plan activities";
    if (w.goals !== s.goals.length || w.goalsImproved > w.goalsComparable) return "whole plan goals";
  }
  const json = summaryJson(s, "sv");
  if (json.activities.total !== n || sum(Object.values(json.activities.byStatus)) !== n)
    return "JSON activities";
  if (json.goals.length !== s.goals.length) return "JSON goals";
  return null;
}

describe("hostile cell values in any column of any table", () => {
  it("never make reading or checking throw, and every finding points at a cell inside its table", () => {
    fc.assert(
      fc.property(hostileWorkbook, refDate, (raw, date) => {
        const plan = readPlan(raw);
        const findings = checkPlan(plan, date);
        const wrong = findings.map((f) => misplaced(f, plan, raw)).filter((w) => w !== null);
        expect(wrong).toEqual([]);
      }),
      RUNS,
    );
  });

  it("never make a summary of any period throw, and its counts add up", () => {
    fc.assert(
      fc.property(hostileWorkbook, fc.constantFrom<"sv" | "en">("sv", "en"), (raw, lang) => {
        const plan = readPlan(raw);
        for (const period of periodsOf(plan)) {
          const summary = summarise(plan, period.name, checkPlan(plan, period.cutoff));
          expect(summary).not.toBeNull();
          if (!summary) continue;
          expect(countsWrong(summary)).toBeNull();
          expect(summaryText(summary, lang).length).toBeGreaterThan(0);
          const layout = summaryLayout(summary, lang, "2024-01-15");
          // Every written cell is text, a finite number or empty: never NaN or Infinity in a sheet.
          const values = layout.blocks.flatMap((b) => b.cells.flat().map((c) => c.v));
          expect(values.filter((v) => typeof v === "number" && !Number.isFinite(v))).toEqual([]);
          // Nor in the JSON, where NaN and Infinity would silently become null.
          expect(nonFinite(summaryJson(summary, lang))).toEqual([]);
        }
      }),
      RUNS,
    );
  });

  it("never make importing a pasted list throw", () => {
    fc.assert(
      fc.property(fc.array(fc.array(cellValue, { maxLength: 6 }), { maxLength: 8 }), (values) => {
        const result = importList({ sheet: "Blad1", top: 0, left: 0, values }, { lang: "sv" });
        expect(result.goals.length + result.activities.length).toBeGreaterThanOrEqual(0);
      }),
      RUNS,
    );
  });
});

/**
 * Tables as people shape them (issue 15), as data any adapter can build: the same
 * plan (Lindesbergs kommun, test/core/fixtures/planWorkbook.ts) with a total row on
 * a table, its header row hidden, moved away from A1, beside another table on one
 * sheet, with the user's own columns between ours, its columns in another order,
 * rows filtered or hidden, sorted, calculated columns, error values, blank rows,
 * merged cells next to it or in it, and dates typed as text. Each scenario says
 * what reading is right: the untouched plan's (same rows, same summary, same
 * findings), or the findings at the cells and the sums that exclude them.
 *
 * Adapter-neutral: a runner builds `workbook` in its own medium (the in-memory
 * port, the fake Excel behind Office.js, an .xlsx file), gives `readingOf` a port
 * on it and compares with `expectedReading`. Nothing here knows an adapter.
 */
import { checkWorkbook } from "../../src/app/checkWorkbook";
import type { WorkbookPort } from "../../src/app/ports";
import { prepareSummary } from "../../src/app/summariseWorkbook";
import { a1, columnIndex } from "../../src/core/cells/cells";
import type { Finding } from "../../src/core/checks/findings.types";
import { TABLES, tableSpec, type TableName } from "../../src/core/schema";
import { fixtureHeaders, samplePlan, serial, type Rows } from "../core/fixtures/planWorkbook";

/** A cell as a user's workbook holds it. */
export type ShapeValue = string | number | boolean | null;
export type ShapeCell =
  | ShapeValue
  /** A formula and the value Excel last computed for it (what every reader sees). */
  | { readonly formula: string; readonly value: ShapeValue }
  /** An error value; Office.js gives it as its text ("#N/A"). */
  | { readonly error: "#N/A" | "#REF!" | "#VALUE!" | "#DIV/0!" };

/** An Excel table as it lies on its sheet. */
export type ShapeTable = {
  /** The Excel table's name. */
  readonly name: string;
  readonly sheet: string;
  /** 0-based row and column of the header row's first cell (where it would be when hidden). */
  readonly top: number;
  readonly left: number;
  /** The columns' names, left to right. */
  readonly columns: readonly string[];
  /** The body rows, in the columns' order. */
  readonly rows: readonly (readonly ShapeCell[])[];
  /** A shown total row's cells, below the body. */
  readonly totals?: readonly ShapeCell[];
  /** The header row is hidden: the table starts at the body, row `top` is no part of it. */
  readonly headerHidden?: boolean;
  /** The table's filter: body rows (0-based) it hides. */
  readonly filtered?: readonly number[];
};

/** A sheet: its order in the workbook, plain cells, merged areas and rows hidden by hand. */
export type ShapeSheet = {
  readonly name: string;
  /** Plain cells (a title, notes, a plan table copied as plain cells), each block at its top-left cell. */
  readonly cells?: readonly { readonly at: string; readonly rows: readonly (readonly ShapeCell[])[] }[];
  /** Merged areas ("A1:I1"); only the top-left cell of each holds a value. */
  readonly merges?: readonly string[];
  /** 0-based sheet rows hidden by hand (not by a filter). */
  readonly hiddenRows?: readonly number[];
};

export type ShapeWorkbook = {
  readonly sheets: readonly ShapeSheet[];
  readonly tables: readonly ShapeTable[];
};

/** A finding expected at a cell. */
export type ExpectedFinding = { readonly code: string; readonly sheet: string; readonly cell: string };

/** The summary's figures for SHAPE_PERIOD: what a wrong reading would change. */
export type SummaryFigures = {
  readonly activities: number;
  readonly budget: number;
  readonly outcome: number;
  readonly forecast: number;
  readonly withoutBudget: number;
};

export type ShapeScenario = {
  readonly id: string;
  /** What the user did, in words. */
  readonly title: string;
  readonly workbook: ShapeWorkbook;
  /**
   * "same": reads exactly as the untouched plan. Otherwise the findings the shape
   * adds to the untouched plan's (each at its cell) and the summary's figures.
   */
  readonly expect: "same" | { readonly added: readonly ExpectedFinding[]; readonly summary: SummaryFigures };
  /** Rows to append (by column name) after reading: they land in the body, above any total row. */
  readonly append?: {
    readonly table: TableName;
    readonly rows: readonly Readonly<Record<string, ShapeValue>>[];
  };
};

/** The period the summaries are compared for, and the day the checks are made. */
export const SHAPE_PERIOD = "Helår 2021";
export const SHAPE_DATE = "2022-01-20";

// ---------------------------------------------------------------- the untouched plan

/** The seven tables in workbook order, as the schema lists them. */
const TABLE_ORDER: readonly TableName[] = TABLES.map((t) => t.name);

/** The sample plan as seven Excel tables at A1 of their Swedish sheets. */
export function basePlan(): ShapeWorkbook {
  const rows = samplePlan();
  return {
    sheets: TABLE_ORDER.map((name) => ({ name: tableSpec(name).sheet.sv })),
    tables: TABLE_ORDER.map((name) => ({
      name,
      sheet: tableSpec(name).sheet.sv,
      top: 0,
      left: 0,
      // As a plan written before issue 29: without LATER_COLUMNS.
      columns: fixtureHeaders(name, "sv"),
      rows: rows[name] as Rows as readonly (readonly ShapeCell[])[],
    })),
  };
}

/** The summary figures of the untouched plan for SHAPE_PERIOD (checked against the core by the runners). */
export const BASE_FIGURES: SummaryFigures = {
  activities: 5,
  budget: 1_475_000,
  outcome: 400_000,
  forecast: 1_478_000,
  withoutBudget: 0,
};

// ---------------------------------------------------------------- shaping helpers

const sheetOf = (name: TableName): string => tableSpec(name).sheet.sv;

function table(wb: ShapeWorkbook, name: TableName): ShapeTable {
  const t = wb.tables.find((x) => x.name === name);
  if (!t) throw new Error(`No table ${name}`);
  return t;
}

function withTable(wb: ShapeWorkbook, name: TableName, change: (t: ShapeTable) => ShapeTable): ShapeWorkbook {
  return { ...wb, tables: wb.tables.map((t) => (t.name === name ? change(t) : t)) };
}

function withSheet(wb: ShapeWorkbook, name: string, change: (s: ShapeSheet) => ShapeSheet): ShapeWorkbook {
  return { ...wb, sheets: wb.sheets.map((s) => (s.name === name ? change(s) : s)) };
}

/** The index of a column by its name. */
function col(t: ShapeTable, column: string): number {
  const i = t.columns.indexOf(column);
  if (i < 0) throw new Error(`${t.name} has no column ${column}`);
  return i;
}

/** A row of the table with one cell changed. */
function setCell(t: ShapeTable, row: number, column: string, value: ShapeCell): ShapeTable {
  const k = col(t, column);
  return { ...t, rows: t.rows.map((r, i) => (i === row ? r.map((v, j) => (j === k ? value : v)) : r)) };
}

/** The value a cell shows. */
export function shownValue(c: ShapeCell): ShapeValue {
  if (c !== null && typeof c === "object") return "error" in c ? c.error : c.value;
  return c;
}

/** Adds a column (named `name`, cells from `cell`) before column `before` (or at the end). */
function addColumn(
  t: ShapeTable,
  name: string,
  cell: (row: readonly ShapeCell[], i: number) => ShapeCell,
  before?: string,
): ShapeTable {
  const at = before === undefined ? t.columns.length : col(t, before);
  return {
    ...t,
    columns: [...t.columns.slice(0, at), name, ...t.columns.slice(at)],
    rows: t.rows.map((r, i) => [...r.slice(0, at), cell(r, i), ...r.slice(at)]),
    ...(t.totals ? { totals: [...t.totals.slice(0, at), null, ...t.totals.slice(at)] } : {}),
  };
}

/** A total row as Excel makes it: "Summa" in the first column, SUBTOTAL sums under number columns. */
export function withTotals(t: ShapeTable): ShapeTable {
  const totals = t.columns.map((name, k): ShapeCell => {
    if (k === 0) return "Summa";
    const numbers = t.rows
      .map((r) => shownValue(r[k] ?? null))
      .filter((v): v is number => typeof v === "number");
    // A date column's numbers are serials: Excel users sum amounts, count the rest.
    if (numbers.length === 0 || /start|slut|brytdatum/i.test(name)) return null;
    const sum = numbers.reduce((s, n) => s + n, 0);
    return { formula: `=SUBTOTAL(109,${t.name}[${name}])`, value: sum };
  });
  return { ...t, totals };
}

/** The body rows in a new order (a sort), by a key of each row. */
function sortRows(
  t: ShapeTable,
  key: (r: readonly ShapeCell[]) => string | number,
  descending = false,
): ShapeTable {
  const rows = [...t.rows].sort((a, b) => {
    const x = key(a);
    const y = key(b);
    const order = x < y ? -1 : x > y ? 1 : 0;
    return descending ? -order : order;
  });
  return { ...t, rows };
}

/** The columns in another order (their cells with them). */
function reorder(t: ShapeTable, order: readonly string[]): ShapeTable {
  const idx = order.map((name) => col(t, name));
  return { ...t, columns: order, rows: t.rows.map((r) => idx.map((k) => r[k] ?? null)) };
}

/** A table moved to another top-left cell (and sheet). */
function moveTo(t: ShapeTable, at: string, sheet = t.sheet): ShapeTable {
  const m = /^([A-Z]+)(\d+)$/.exec(at);
  if (!m) throw new Error(at);
  return { ...t, sheet, top: Number(m[2]) - 1, left: columnIndex(m[1] as string) };
}

/** The 0-based sheet row of a body row. */
const sheetRow = (t: ShapeTable, bodyRow: number): number => t.top + 1 + bodyRow;

// ---------------------------------------------------------------- the scenarios

const FOLLOW_UP_APPEND = {
  table: "FollowUp" as const,
  rows: [
    { Period: "Helår 2021", "Aktivitet-ID": "A3", Status: "Pågår", Utfall: 410_000, Prognos: 1_200_000 },
    { Period: "Helår 2021", "Aktivitet-ID": "A4", Status: "Genomförd", Utfall: 148_000, Prognos: 148_000 },
  ],
};

function totalRowScenario(name: TableName): ShapeScenario {
  const base = basePlan();
  return {
    id: `total-row-${name}`,
    title: `A total row is shown on ${name}`,
    workbook: withTable(base, name, withTotals),
    expect: "same",
    ...(name === "FollowUp" ? { append: FOLLOW_UP_APPEND } : {}),
    ...(name === "Activities"
      ? {
          append: {
            table: "Activities" as const,
            rows: [
              {
                "Aktivitet-ID": "A6",
                "Mål-ID": "M5",
                Aktivitet: "Belysning i gångtunnlar",
                Ansvarig: "Samhällsbyggnad",
                Budget: 90_000,
              },
            ],
          },
        }
      : {}),
  };
}

function scenarios(): ShapeScenario[] {
  const base = basePlan();
  const activities = table(base, "Activities");
  const out: ShapeScenario[] = TABLE_ORDER.map(totalRowScenario);

  out.push({
    id: "total-rows-everywhere",
    title: "Every plan table shows a total row",
    workbook: TABLE_ORDER.reduce((wb, name) => withTable(wb, name, withTotals), base),
    expect: "same",
    append: FOLLOW_UP_APPEND,
  });

  for (const name of ["Activities", "FollowUp"] as const) {
    out.push({
      id: `header-hidden-${name}`,
      title: `The header row of ${name} is hidden`,
      workbook: withTable(base, name, (t) => ({ ...t, headerHidden: true })),
      expect: "same",
      ...(name === "FollowUp" ? { append: FOLLOW_UP_APPEND } : {}),
    });
  }
  out.push({
    id: "header-hidden-with-total-row",
    title: "FollowUp hides its header row and shows a total row",
    workbook: withTable(base, "FollowUp", (t) => ({ ...withTotals(t), headerHidden: true })),
    expect: "same",
    append: FOLLOW_UP_APPEND,
  });

  out.push({
    id: "not-at-A1",
    title: "Activities starts at C4 under a title the user typed",
    workbook: withSheet(
      withTable(base, "Activities", (t) => moveTo(t, "C4")),
      sheetOf("Activities"),
      (s) => ({ ...s, cells: [{ at: "A1", rows: [["Aktiviteter 2021–2023, beslutade i KS 2021-02-22"]] }] }),
    ),
    expect: "same",
  });

  out.push({
    id: "several-tables-one-sheet",
    title: "Goals and Activities side by side on one sheet, Periods under FollowUp",
    workbook: {
      sheets: base.sheets.filter((s) => s.name !== sheetOf("Activities") && s.name !== sheetOf("Periods")),
      tables: base.tables.map((t) => {
        if (t.name === "Activities") return moveTo(t, "L1", sheetOf("Goals"));
        if (t.name === "Periods") return moveTo(t, "A12", sheetOf("FollowUp"));
        return t;
      }),
    },
    expect: "same",
  });

  out.push({
    id: "extra-user-columns",
    title: "The user's own columns between ours: a note in Activities, a check column in FollowUp",
    workbook: withTable(
      withTable(base, "Activities", (t) =>
        addColumn(
          t,
          "Egen anteckning",
          (_, i) => (i % 2 === 0 ? "Följs upp i ledningsgruppen" : null),
          "Ansvarig",
        ),
      ),
      "FollowUp",
      (t) => addColumn(t, "Kontrollerad", () => "Ja", "Status"),
    ),
    expect: "same",
  });

  out.push({
    id: "columns-reordered",
    title: "FollowUp's columns dragged into another order",
    workbook: withTable(base, "FollowUp", (t) =>
      reorder(t, ["Aktivitet-ID", "Period", "Utfall", "Status", "Kommentar", "Prognos"]),
    ),
    expect: "same",
  });

  out.push({
    id: "filtered-and-hidden-rows",
    title: "FollowUp filtered to done activities, an activity row hidden by hand: still counted",
    workbook: withSheet(
      withTable(base, "FollowUp", (t) => ({
        ...t,
        filtered: t.rows.flatMap((r, i) => (r[col(t, "Status")] === "Genomförd" ? [] : [i])),
      })),
      sheetOf("Activities"),
      (s) => ({ ...s, hiddenRows: [sheetRow(activities, 2)] }),
    ),
    expect: "same",
  });

  out.push({
    id: "sorted",
    title: "Activities sorted by budget, largest first; FollowUp sorted by activity",
    workbook: withTable(
      withTable(base, "Activities", (t) =>
        sortRows(t, (r) => Number(shownValue(r[col(t, "Budget")] ?? 0)), true),
      ),
      "FollowUp",
      (t) => sortRows(t, (r) => String(r[col(t, "Aktivitet-ID")])),
    ),
    expect: "same",
  });

  out.push({
    id: "calculated-columns",
    title:
      "Budget calculated from the user's hours column; forecast as a formula: cached values are the data",
    workbook: withTable(
      withTable(base, "Activities", (t) => {
        const withHours = addColumn(
          t,
          "Timmar",
          (r) => Number(shownValue(r[col(t, "Budget")] ?? 0)) / 500,
          "Budget",
        );
        const k = col(withHours, "Budget");
        return {
          ...withHours,
          rows: withHours.rows.map((r) =>
            r.map((v, j) => (j === k ? { formula: "=[@Timmar]*500", value: shownValue(v) } : v)),
          ),
        };
      }),
      "FollowUp",
      (t) => {
        const k = col(t, "Prognos");
        return {
          ...t,
          rows: t.rows.map((r) =>
            r.map((v, j) => (j === k ? { formula: "=[@Utfall]+0", value: shownValue(v) } : v)),
          ),
        };
      },
    ),
    expect: "same",
  });

  const followUp = table(base, "FollowUp");
  out.push({
    id: "error-values",
    title: "#N/A in a budget and #REF! in an outcome: findings at the cells, never counted",
    workbook: withTable(
      withTable(base, "Activities", (t) => setCell(t, 2, "Budget", { error: "#N/A" })),
      "FollowUp",
      (t) => setCell(t, 5, "Utfall", { error: "#REF!" }),
    ),
    expect: {
      added: [
        {
          code: "VALUE_INVALID_NUMBER",
          sheet: "Aktiviteter",
          cell: a1(sheetRow(activities, 2), col(activities, "Budget")),
        },
        {
          code: "VALUE_INVALID_NUMBER",
          sheet: "Uppföljning",
          cell: a1(sheetRow(followUp, 5), col(followUp, "Utfall")),
        },
      ],
      // A3's budget (1,200,000) is unreadable: not counted (its reported forecast still is);
      // A2's outcome at Helår 2021 (12,000) is unreadable: not counted, nor taken from Delår.
      summary: {
        ...BASE_FIGURES,
        budget: BASE_FIGURES.budget - 1_200_000,
        outcome: BASE_FIGURES.outcome - 12_000,
        withoutBudget: 1,
      },
    },
  });

  out.push({
    id: "blank-rows-inside",
    title: "Blank rows inside Activities and FollowUp",
    workbook: withTable(
      withTable(base, "Activities", (t) => ({
        ...t,
        rows: [...t.rows.slice(0, 2), t.columns.map(() => null), ...t.rows.slice(2)],
      })),
      "FollowUp",
      (t) => ({
        ...t,
        rows: [
          ...t.rows.slice(0, 4),
          t.columns.map(() => null),
          t.columns.map(() => null),
          ...t.rows.slice(4),
        ],
      }),
    ),
    expect: "same",
  });

  out.push({
    id: "merged-next-to-table",
    title: "A merged title across the columns above Activities, which starts at A3",
    workbook: withSheet(
      withTable(base, "Activities", (t) => moveTo(t, "A3")),
      sheetOf("Activities"),
      (s) => ({
        ...s,
        cells: [{ at: "A1", rows: [["Aktiviteter i Lindesbergs kommuns jämställdhetsplan"]] }],
        merges: ["A1:I1"],
      }),
    ),
    expect: "same",
  });

  // Excel allows no merged cells inside a table: a plan table of plain cells has them.
  out.push({
    id: "merged-in-plain-table",
    title:
      "Activities as plain cells, its goal merged over two activities: the blank merged cell is a finding",
    workbook: {
      sheets: base.sheets.map((s) =>
        s.name === sheetOf("Activities")
          ? {
              ...s,
              cells: [
                {
                  at: "A1",
                  rows: [
                    activities.columns,
                    ...activities.rows.map((r, i) => (i === 1 ? r.map((v, j) => (j === 1 ? null : v)) : r)),
                  ],
                },
              ],
              merges: ["B2:B3"],
            }
          : s,
      ),
      tables: base.tables.filter((t) => t.name !== "Activities"),
    },
    expect: {
      added: [
        { code: "VALUE_REQUIRED", sheet: "Aktiviteter", cell: "B3" },
        { code: "COVERAGE_GOAL_NO_ACTIVITY", sheet: "Mål", cell: "A3" },
      ],
      summary: BASE_FIGURES,
    },
  });

  out.push({
    id: "dates-as-text-sv",
    title: "Start and end dates typed as Swedish text",
    workbook: withTable(base, "Activities", (t) => {
      const sv = [
        ["1 februari 2021", "31 oktober 2021"],
        ["2021-03-01", "den 31 dec. 2021"],
        ["1 jan 2021", "30/6 2023"],
        ["1 april 2021", "31 december 2023"],
        ["2022-04-01", "30 sept. 2022"],
      ];
      return dates(t, sv);
    }),
    expect: "same",
  });

  out.push({
    id: "dates-as-text-en",
    title: "Start and end dates typed as English text",
    workbook: withTable(base, "Activities", (t) => {
      const en = [
        ["February 1, 2021", "31 October 2021"],
        ["1st March 2021", "Dec. 31, 2021"],
        ["January 1 2021", "30 June 2023"],
        ["April 1, 2021", "31st December 2023"],
        ["1 Apr 2022", "September 30, 2022"],
      ];
      return dates(t, en);
    }),
    expect: "same",
  });

  out.push({
    id: "dates-ambiguous-text",
    title: "A date typed the American way (3/1/2021) is a finding at its cell, never guessed",
    workbook: withTable(base, "Activities", (t) => setCell(t, 1, "Start", "3/1/2021")),
    expect: {
      added: [
        {
          code: "VALUE_INVALID_DATE",
          sheet: "Aktiviteter",
          cell: a1(sheetRow(activities, 1), col(activities, "Start")),
        },
      ],
      summary: BASE_FIGURES,
    },
  });
  return out;
}

/** Start and end as the given texts, row by row. */
function dates(t: ShapeTable, texts: readonly (readonly string[])[]): ShapeTable {
  const start = col(t, "Start");
  const end = col(t, "Slut");
  return {
    ...t,
    rows: t.rows.map((r, i) =>
      r.map((v, j) => (j === start ? (texts[i]?.[0] ?? v) : j === end ? (texts[i]?.[1] ?? v) : v)),
    ),
  };
}

/** Every scenario, built afresh. */
export const TABLE_SHAPES: readonly ShapeScenario[] = scenarios();

// ---------------------------------------------------------------- where the cells lie

/** One cell to put on a sheet: 0-based place and content. */
export type PlacedCell = {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly cell: ShapeCell;
};

/**
 * Every cell of the workbook as it lies on its sheet: plain cells, each table's
 * header row (unless hidden), body and total row. Runners that build a grid use this.
 */
export function placedCells(wb: ShapeWorkbook): PlacedCell[] {
  const out: PlacedCell[] = [];
  for (const s of wb.sheets) {
    for (const block of s.cells ?? []) {
      const m = /^([A-Z]+)(\d+)$/.exec(block.at);
      if (!m) throw new Error(block.at);
      const top = Number(m[2]) - 1;
      const left = columnIndex(m[1] as string);
      block.rows.forEach((r, i) =>
        r.forEach((cell, k) => out.push({ sheet: s.name, row: top + i, col: left + k, cell })),
      );
    }
  }
  for (const t of wb.tables) {
    const put = (row: number, cells: readonly ShapeCell[]): void =>
      cells.forEach((cell, k) => out.push({ sheet: t.sheet, row, col: t.left + k, cell }));
    if (!t.headerHidden) put(t.top, t.columns);
    t.rows.forEach((r, i) => put(t.top + 1 + i, r));
    if (t.totals) put(t.top + 1 + t.rows.length, t.totals);
  }
  return out;
}

/**
 * The table's place as A1 ranges: `range` is everything Excel counts as the table
 * (header row when shown, body, total row when shown).
 */
export function tableRange(t: ShapeTable): string {
  const first = t.headerHidden ? t.top + 1 : t.top;
  const last = t.top + t.rows.length + (t.totals ? 1 : 0);
  return `${a1(first, t.left)}:${a1(last, t.left + t.columns.length - 1)}`;
}

/** Rows to append, in the table's column order (columns not given are blank). */
export function appendRowsOf(
  wb: ShapeWorkbook,
  append: NonNullable<ShapeScenario["append"]>,
): (string | number | null)[][] {
  const t = table(wb, append.table);
  return append.rows.map((r) =>
    t.columns.map((c) => {
      const v = r[c];
      return v === undefined || typeof v === "boolean" ? null : v;
    }),
  );
}

// ---------------------------------------------------------------- what a runner compares

export type ShapeReading = {
  /** The plan's rows without their sheet rows, in a stable order. */
  readonly rows: unknown;
  readonly figures: SummaryFigures;
  /** The summary as JSON, without findings and with lists in a stable order. */
  readonly summary: unknown;
  readonly findings: readonly Finding[];
};

const byKey = <T>(items: readonly T[], key: (x: T) => string): T[] =>
  [...items].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));

const withoutRow = <T extends { row: number }>(rows: readonly T[]): Omit<T, "row">[] =>
  rows.map(({ row: _row, ...rest }) => rest);

/** What a port reads: the plan's rows, the summary of SHAPE_PERIOD and the findings as of SHAPE_DATE. */
export async function readingOf(port: WorkbookPort): Promise<ShapeReading> {
  const { plan, findings } = await checkWorkbook(port, SHAPE_DATE, "sv");
  const prepared = await prepareSummary(port, SHAPE_PERIOD, "sv", SHAPE_DATE);
  if (!prepared.ok) throw new Error(`No period ${SHAPE_PERIOD}`);
  const { findings: _f, ...json } = prepared.json;
  const key = (x: unknown): string => JSON.stringify(x);
  return {
    rows: {
      facts: { ...plan.facts, cells: undefined },
      articles: byKey(withoutRow(plan.articles.rows), key),
      goals: byKey(withoutRow(plan.goals.rows), key),
      activities: byKey(withoutRow(plan.activities.rows), key),
      periods: byKey(withoutRow(plan.periods.rows), key),
      followUp: byKey(withoutRow(plan.followUp.rows), key),
      indicatorValues: byKey(withoutRow(plan.indicatorValues.rows), key),
    },
    figures: {
      activities: json.activities.total,
      budget: json.budget.budget,
      outcome: json.budget.outcome,
      forecast: json.budget.forecast,
      withoutBudget: json.budget.withoutBudget,
    },
    summary: {
      ...json,
      activities: { ...json.activities, items: byKey(json.activities.items, (i) => i.id) },
      goals: byKey(json.goals, (g) => g.id),
      deviations: byKey(json.deviations, key),
    },
    findings,
  };
}

/** A finding as compared: its code and place. */
export const findingAt = (f: { code: string; sheet: string | null; cell: string | null }): string =>
  `${f.code} ${f.sheet ?? ""}!${f.cell ?? ""}`;

/** The codes of findings, counted, for comparing two readings whose cells differ. */
export function findingCodes(findings: readonly { code: string }[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of [...findings].sort((a, b) => (a.code < b.code ? -1 : 1)))
    out[f.code] = (out[f.code] ?? 0) + 1;
  return out;
}

/**
 * Checks a scenario's reading against the untouched plan's: throws with what
 * differs. Also checks that no finding points outside its table's cells (the hidden
 * header row, the total row) and that the figures are the expected ones.
 */
export function compareReading(scenario: ShapeScenario, reading: ShapeReading, base: ShapeReading): string[] {
  const problems: string[] = [];
  const expected = scenario.expect === "same" ? BASE_FIGURES : scenario.expect.summary;
  if (JSON.stringify(reading.figures) !== JSON.stringify(expected))
    problems.push(`figures ${JSON.stringify(reading.figures)}, expected ${JSON.stringify(expected)}`);
  if (scenario.expect === "same") {
    if (JSON.stringify(reading.rows) !== JSON.stringify(base.rows)) problems.push("the plan's rows differ");
    if (JSON.stringify(reading.summary) !== JSON.stringify(base.summary))
      problems.push("the summary differs");
    if (JSON.stringify(findingCodes(reading.findings)) !== JSON.stringify(findingCodes(base.findings)))
      problems.push(
        `findings ${JSON.stringify(findingCodes(reading.findings))}, expected ${JSON.stringify(findingCodes(base.findings))}`,
      );
  } else {
    const wanted = scenario.expect.added.map(findingAt);
    const got = reading.findings.map(findingAt);
    for (const w of wanted) if (!got.includes(w)) problems.push(`missing finding ${w}`);
    const extra = { ...findingCodes(reading.findings) };
    for (const f of [...base.findings, ...scenario.expect.added]) extra[f.code] = (extra[f.code] ?? 0) - 1;
    const unexpected = Object.entries(extra).filter(([, n]) => n !== 0);
    if (unexpected.length > 0)
      problems.push(`finding counts differ by ${JSON.stringify(Object.fromEntries(unexpected))}`);
  }
  // No finding on a total row or a hidden header row.
  for (const f of reading.findings) {
    if (f.cell === null) continue;
    const t = scenario.workbook.tables.find((x) => x.sheet === f.sheet && inColumns(x, f.cell as string));
    if (!t) continue;
    const row = Number(/\d+$/.exec(f.cell)?.[0]) - 1;
    if (t.headerHidden && row === t.top) problems.push(`${findingAt(f)} points at the hidden header row`);
    if (t.totals && row === t.top + 1 + t.rows.length)
      problems.push(`${findingAt(f)} points at the total row`);
  }
  return problems;
}

function inColumns(t: ShapeTable, cell: string): boolean {
  const letters = /^[A-Z]+/.exec(cell)?.[0] ?? "";
  const k = columnIndex(letters);
  return k >= t.left && k < t.left + t.columns.length;
}

/** A stable name for jest's test titles. */
export const scenarioTitle = (s: ShapeScenario): string => `${s.id}: ${s.title}`;

export { serial };

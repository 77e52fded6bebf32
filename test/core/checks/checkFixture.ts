/**
 * A seed-like Swedish plan for the checks' tests: Hallsbergs kommun, plan period
 * 2023–2026, articles 2, 5, 11, 14 and 22 prioritised, one goal each. As of
 * CLEAN_DATE it has no findings; each test changes the cells it is about.
 */
import type { CellValue } from "../../../src/core/cells/cells";
import { checkPlan } from "../../../src/core/checks/checkPlan";
import { findingMessage } from "../../../src/core/checks/findingMessage";
import type { Finding, FindingCode } from "../../../src/core/checks/findings.types";
import type { Lang } from "../../../src/core/language/language";
import type { Plan } from "../../../src/core/plan/plan.types";
import { readPlan } from "../../../src/core/read/readPlan";
import type { TableName } from "../../../src/core/schema";
import {
  articleRows,
  planFactRows,
  planWorkbook,
  serial,
  type PlanFixture,
  type Rows,
  type WorkbookOptions,
} from "../fixtures/planWorkbook";

export type Grid = CellValue[][];
/** Tables for a test workbook: rows, or rows with their own headers or layout. */
export type SeedRows = PlanFixture;

/** The day the seed plan is clean: after Delår 2023, before any activity ends. */
export const CLEAN_DATE = "2023-10-02";

export const SEED_PRIORITIES = [2, 5, 11, 14, 22];

const mutable = (rows: Rows): Grid => rows.map((r) => [...r]);

/** Fresh, mutable rows of the seed plan (data rows only; row i is sheet row i + 2). */
export function seedRows(): Record<TableName, Grid> {
  return {
    Plan: mutable(
      planFactRows({
        organisation: "Hallsbergs kommun",
        name: "Handlingsplan för jämställdhet 2023–2026",
        signed: "2021-05-10",
        adopted: "2022-11-28",
        from: "2023-01-01",
        to: "2026-12-31",
      }),
    ),
    Articles: mutable(articleRows(SEED_PRIORITIES, "Vald av kommunstyrelsen 2022")),
    Goals: [
      [
        "M1",
        "2",
        "Jämn könsfördelning bland nämndernas ordförande",
        "Andel kvinnor bland ordförande",
        "%",
        30,
        50,
        "Öka",
        "Kommunstyrelsen",
      ],
      [
        "M2",
        "Art. 5",
        "Jämställda villkor i föreningsstödet",
        "Andel föreningsbidrag till flickors verksamhet",
        "%",
        38,
        50,
        "Utjämna",
        "Kultur- och fritidsnämnden",
      ],
      [
        "M3",
        "11",
        "Heltid som norm",
        "Andel kvinnor med heltidsanställning",
        "%",
        64,
        85,
        "Öka",
        "HR-avdelningen",
      ],
      [
        "M4",
        "artikel 14",
        "Jämlik hälsa bland unga",
        "Skillnad i självskattad hälsa, flickor och pojkar",
        "procentenheter",
        9,
        3,
        "Minska",
        "Socialnämnden",
      ],
      [
        "M5",
        "22",
        "Fler medarbetare kan upptäcka våld i nära relationer",
        "Antal utbildade medarbetare",
        "st",
        40,
        300,
        "Öka",
        "Socialnämnden",
      ],
    ],
    Activities: [
      [
        "A1",
        "M1",
        "Kartlägg partiernas nomineringar",
        "Kommunsekreterare",
        serial("2023-02-01"),
        serial("2023-11-30"),
        30000,
        "Del av tjänst",
        "2023",
      ],
      [
        "A2",
        "M2",
        "Jämställdhetsanalys av föreningsbidragen",
        "Fritidschef",
        serial("2023-03-01"),
        serial("2024-06-30"),
        45000,
        "",
        "2023–2024",
      ],
      [
        "A3",
        "M3",
        "Heltid som norm i vård och omsorg",
        "Socialchef",
        serial("2023-01-01"),
        serial("2026-06-30"),
        2500000,
        "Omställningsmedel",
        "2023–2026",
      ],
      [
        "A4",
        "M4",
        "Hälsofrämjande samtal i årskurs 7",
        "Folkhälsostrateg",
        serial("2023-08-15"),
        serial("2025-12-31"),
        180000,
        "",
        "Läsåren 2023–2025",
      ],
      [
        "A5",
        "M5",
        "Utbildning om våld i nära relationer",
        "Våldssamordnare",
        serial("2023-09-01"),
        serial("2024-12-31"),
        250000,
        "Statsbidrag",
        "2023–2024",
      ],
    ],
    Periods: [
      ["Delår 2023", "Delår", serial("2023-08-31")],
      ["Helår 2023", "Helår", serial("2023-12-31")],
      ["Delår 2024", "Delår", serial("2024-08-31")],
      ["Helår 2024", "Helår", serial("2024-12-31")],
    ],
    FollowUp: [
      ["Delår 2023", "A1", "Pågår", 12000, 30000, "Intervjuer med partierna påbörjade"],
      ["Delår 2023", "A2", "Pågår", 10000, 45000, ""],
      ["Delår 2023", "A3", "Pågår", 400000, 2500000, "Tre enheter har infört heltid"],
      ["Delår 2023", "A4", "Ej påbörjad", 0, 180000, "Start efter sommarlovet"],
    ],
    IndicatorValues: [["Delår 2023", "M3", 66, 91, 70, "Delvis uppfyllt", "Ökning med två procentenheter"]],
  };
}

/** The plan read from (changed) seed rows, as readPlan gives it. */
export function planOf(rows: SeedRows, options: WorkbookOptions = {}): Plan {
  return readPlan(planWorkbook(rows, options));
}

/** The Plan table's rows with one key's value replaced. */
export function setFact(rows: Grid, key: string, value: CellValue): void {
  const row = rows.find((r) => r[0] === key);
  if (!row) throw new Error(`No plan key ${key}`);
  row[1] = value;
}

/** A finding without its message's arguments: what most assertions compare. */
export type Placed = Pick<Finding, "code" | "severity" | "sheet" | "cell" | "refs">;

/** The findings of a code as of a date, without their messages' arguments. */
export function placed(rows: SeedRows, date: string, code: FindingCode): Placed[] {
  return checkPlan(planOf(rows), date)
    .filter((f) => f.code === code)
    .map(({ args: _args, ...rest }) => rest);
}

/** The messages of a code's findings as of a date, in a language. */
export function messagesOf(rows: SeedRows, date: string, code: FindingCode, lang: Lang = "sv"): string[] {
  return checkPlan(planOf(rows), date)
    .filter((f) => f.code === code)
    .map((f) => findingMessage(f, lang));
}

/** The codes of every finding, in order. */
export function codesOf(rows: SeedRows, date: string): FindingCode[] {
  return checkPlan(planOf(rows), date).map((f) => f.code);
}

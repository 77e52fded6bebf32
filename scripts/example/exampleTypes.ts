/**
 * The shape of the example plan's data: every text in Swedish and English, so one
 * set of data gives both example workbooks. Periods and units are keys, turned into
 * the workbook's own words when it is built.
 */
import type { IsoDate } from "../../src/core/dates";
import type { Bilingual, Lang } from "../../src/core/language";
import { choiceLabel, type Direction, type Status } from "../../src/core/choices";

/** The region's organisational units that own goals and activities. */
export type UnitKey = "board" | "hr" | "health" | "culture" | "transport";

export const UNITS: Readonly<Record<UnitKey, Bilingual>> = {
  board: { sv: "Regionstyrelsen", en: "Regional Executive Board" },
  hr: { sv: "HR-avdelningen", en: "HR Department" },
  health: { sv: "Hälso- och sjukvårdsnämnden", en: "Health and Medical Care Committee" },
  culture: { sv: "Kulturnämnden", en: "Culture Committee" },
  transport: { sv: "Trafiknämnden", en: "Public Transport Committee" },
};

/** A reporting period of the plan: interim (D, 31 August) or annual (H, 31 December). */
export type PeriodKey = "D2018" | "H2018" | "D2019" | "H2019" | "D2020" | "H2020";

/** The periods in date order. */
export const PERIOD_KEYS: readonly PeriodKey[] = ["D2018", "H2018", "D2019", "H2019", "D2020", "H2020"];

/** The period's name as the template writes it ("Delår 2018", "Annual 2020"). */
export function periodName(key: PeriodKey, lang: Lang): string {
  const type = key.startsWith("D") ? "interim" : "annual";
  return `${choiceLabel("periodType", type, lang)} ${key.slice(1)}`;
}

export type ExampleFacts = {
  readonly organisation: Bilingual;
  readonly planName: Bilingual;
  readonly signed: IsoDate;
  readonly adopted: IsoDate;
  readonly periodStart: IsoDate;
  readonly periodEnd: IsoDate;
  readonly charterVersion: 2006;
};

/** A prioritised article and why the region chose it. */
export type ExamplePriority = { readonly article: number; readonly rationale: Bilingual };

export type ExampleGoal = {
  readonly id: string;
  /** The Artikel cell as the plan writes it ("11", "5, 22"). */
  readonly articles: string;
  readonly goal: Bilingual;
  readonly indicator: Bilingual;
  readonly unit: Bilingual;
  readonly baseline: number;
  readonly target: number;
  readonly direction: Direction;
  readonly responsible: UnitKey;
};

export type ExampleActivity = {
  readonly id: string;
  readonly goalId: string;
  readonly activity: Bilingual;
  readonly responsible: UnitKey;
  readonly start: IsoDate;
  readonly end: IsoDate;
  readonly budget: number | null;
  readonly resources: Bilingual | null;
  readonly timeframe: Bilingual;
};

/** One follow-up report: [period, status, outcome, forecast, comment?]. */
export type ReportEntry = readonly [PeriodKey, Status, number | null, number | null, Bilingual?];

/** The follow-up of one activity, period by period. */
export type ExampleFollowUp = { readonly activityId: string; readonly reports: readonly ReportEntry[] };

/** One measurement: [period, women, men, total, comment?]. */
export type MeasureEntry = readonly [PeriodKey, number | null, number | null, number | null, Bilingual?];

/** The indicator values of one goal, period by period. */
export type ExampleMeasures = { readonly goalId: string; readonly values: readonly MeasureEntry[] };

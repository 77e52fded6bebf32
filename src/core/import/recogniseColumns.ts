/**
 * Recognising the columns of a loose list (import.md "Input"): the first non-empty
 * row holds headers, matched case-insensitively in Swedish or English.
 */
import { a1, isBlank, type CellValue, type RawRange } from "../cells";
import { isoFromUtcDate } from "../dates";

/** What a column of a loose list can mean. */
export type ImportMeaning =
  | "article"
  | "goal"
  | "activity"
  | "responsible"
  | "timeframe"
  | "start"
  | "end"
  | "budget"
  | "resources"
  | "indicator"
  | "target";

/** The meanings in the order they are listed to the user. */
export const IMPORT_MEANINGS: readonly ImportMeaning[] = [
  "article",
  "goal",
  "activity",
  "responsible",
  "timeframe",
  "start",
  "end",
  "budget",
  "resources",
  "indicator",
  "target",
];

/**
 * Meaning → 0-based column index within the range (not the sheet column: a
 * selection may start in any column). A meaning without a column is absent.
 */
export type ColumnMapping = Partial<Record<ImportMeaning, number>>;

/** One header cell of the range, with what it was recognised as. */
export type HeaderColumn = {
  readonly index: number;
  readonly cell: string;
  readonly text: string;
  readonly meaning: ImportMeaning | null;
};

export type RecognisedColumns = {
  /** 0-based row within the range of the header row, or null for an empty range. */
  readonly headerRow: number | null;
  readonly mapping: ColumnMapping;
  readonly headers: readonly HeaderColumn[];
  /** Non-empty headers that got no meaning (unknown, or a second column of a meaning). */
  readonly unrecognised: readonly HeaderColumn[];
};

/** Normalised header texts (see normaliseHeader) per meaning. */
const SYNONYMS: Readonly<Record<ImportMeaning, readonly string[]>> = {
  article: [
    "artikel",
    "artiklar",
    "art",
    "art nr",
    "artikelnummer",
    "artikel nr",
    "cemr artikel",
    "article",
    "articles",
    "art no",
    "article no",
    "article number",
    "charter article",
  ],
  goal: [
    "mål",
    "målsättning",
    "målsättningar",
    "delmål",
    "mål målsättning",
    "övergripande mål",
    "goal",
    "goals",
    "objective",
    "objectives",
    "aim",
    "aims",
  ],
  activity: [
    "aktivitet",
    "aktiviteter",
    "åtgärd",
    "åtgärder",
    "aktiviteter åtgärder",
    "aktivitet åtgärd",
    "åtgärder aktiviteter",
    "insats",
    "insatser",
    "activity",
    "activities",
    "measure",
    "measures",
    "action",
    "actions",
  ],
  responsible: [
    "ansvarig",
    "ansvar",
    "ansvariga",
    "huvudansvarig",
    "ansvarig förvaltning",
    "ansvarig nämnd",
    "responsible",
    "responsibility",
    "owner",
    "lead",
    "responsible party",
  ],
  timeframe: [
    "tidplan",
    "tidsplan",
    "när",
    "tid",
    "tidpunkt",
    "tidsram",
    "tidsperiod",
    "genomförande",
    "timeframe",
    "time frame",
    "timescale",
    "timescales",
    "timing",
    "when",
    "timetable",
    "schedule",
  ],
  start: ["start", "startdatum", "påbörjas", "från", "start date", "begins", "from"],
  end: [
    "slut",
    "slutdatum",
    "klart",
    "klart senast",
    "klar",
    "senast",
    "färdigt",
    "end",
    "end date",
    "due",
    "due date",
    "deadline",
    "until",
    "to",
  ],
  budget: [
    "budget",
    "kostnad",
    "kostnader",
    "beräknad kostnad",
    "budget kr",
    "belopp",
    "cost",
    "costs",
    "estimated cost",
    "budget sek",
  ],
  resources: ["resurser", "resurs", "finansiering", "resources", "resource", "funding"],
  indicator: ["indikator", "indikatorer", "nyckeltal", "mått", "indicator", "indicators", "kpi"],
  target: ["målvärde", "målvärden", "målnivå", "target", "targets", "target value"],
};

/** Lower case, punctuation to spaces, single spaces: "Aktiviteter/åtgärder" → "aktiviteter åtgärder". */
export function normaliseHeader(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

const BY_TEXT = new Map<string, ImportMeaning>(
  IMPORT_MEANINGS.flatMap((m) => SYNONYMS[m].map((s) => [s, m] as const)),
);

/**
 * The meaning of one header: an exact synonym, else a synonym of its first word
 * ("Ansvarig enhet", "Budget (tkr)"), or null. Headers naming an ID or a number
 * of a row ("Mål-ID", "Nr") are never given a meaning, so they are not mistaken
 * for the goal itself.
 */
export function headerMeaning(text: string): ImportMeaning | null {
  const norm = normaliseHeader(text);
  if (norm === "") return null;
  const exact = BY_TEXT.get(norm);
  if (exact) return exact;
  const words = norm.split(" ");
  if (words.some((w) => w === "id" || w === "nr" || w === "no")) return null;
  const first = words[0] ?? "";
  if (VAGUE_FIRST_WORDS.has(first)) return null;
  return BY_TEXT.get(first) ?? null;
}

/** Words that name a meaning alone but are too vague to stand for a longer header ("Tid för uppföljning"). */
const VAGUE_FIRST_WORDS = new Set([
  "to",
  "tid",
  "när",
  "from",
  "från",
  "lead",
  "when",
  "due",
  "end",
  "aim",
  "art",
]);

function cellText(v: CellValue): string {
  // An adapter may hand over an invalid Date (a date cell holding a number no calendar has).
  if (v instanceof Date) return isoFromUtcDate(v) ?? "";
  return v === null || v === undefined ? "" : String(v).trim();
}

/** The first row of the range that holds anything, or null. */
export function firstNonEmptyRow(range: RawRange): number | null {
  const i = range.values.findIndex((row) => row.some((v) => !isBlank(v)));
  return i < 0 ? null : i;
}

/** Recognises the columns of a loose list by its header row; the first column of a meaning wins. */
export function recogniseColumns(range: RawRange): RecognisedColumns {
  const headerRow = firstNonEmptyRow(range);
  if (headerRow === null) return { headerRow: null, mapping: {}, headers: [], unrecognised: [] };
  const row = range.values[headerRow] ?? [];
  const mapping: ColumnMapping = {};
  const headers: HeaderColumn[] = [];
  const unrecognised: HeaderColumn[] = [];
  row.forEach((v, index) => {
    const text = cellText(v);
    if (text === "") return;
    const found = headerMeaning(text);
    const meaning = found !== null && mapping[found] === undefined ? found : null;
    if (meaning !== null) mapping[meaning] = index;
    const header: HeaderColumn = {
      index,
      cell: a1(range.top + headerRow, range.left + index),
      text,
      meaning,
    };
    headers.push(header);
    if (meaning === null) unrecognised.push(header);
  });
  return { headerRow, mapping, headers, unrecognised };
}

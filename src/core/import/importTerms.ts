/**
 * The one table of import words (docs/import.md "Input"): per meaning, the words that
 * name it as a column header of a list and as a label before a colon in a document
 * ("Ansvar: HR"). Most words do both; a few only one ("när" as a header, "time:" as a
 * label). "Åtgärd", "insats" and "action" are the activity unless the list has an
 * activity column of its own, then the action on a deviation (recogniseColumns.ts).
 */
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
  | "target"
  | "nationalGoals"
  | "regionalGoal"
  | "action";

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
  "nationalGoals",
  "regionalGoal",
  "action",
];

/** Words per meaning: `both` header and label, `header` only as a header, `label` only as a label. */
type Terms = {
  readonly both: readonly string[];
  readonly header?: readonly string[];
  readonly label?: readonly string[];
};

/** Normalised texts (see normaliseHeader). */
const TERMS: Readonly<Record<ImportMeaning, Terms>> = {
  article: {
    both: ["artikel", "artiklar", "article", "articles"],
    header: [
      "art",
      "art nr",
      "artikelnummer",
      "artikel nr",
      "cemr artikel",
      "art no",
      "article no",
      "article number",
      "charter article",
    ],
  },
  goal: {
    both: [],
    header: [
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
  },
  activity: {
    both: [],
    header: [
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
  },
  responsible: {
    both: [
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
    label: ["ansvarig enhet"],
  },
  timeframe: {
    both: [
      "tidplan",
      "tidsplan",
      "när",
      "tid",
      "tidpunkt",
      "tidsram",
      "timeframe",
      "time frame",
      "timescale",
      "timing",
      "when",
      "schedule",
    ],
    header: ["tidsperiod", "genomförande", "timescales", "timetable"],
    label: ["time"],
  },
  start: { both: ["start", "startdatum", "påbörjas", "start date"], header: ["från", "begins", "from"] },
  end: {
    both: ["slut", "slutdatum", "klart", "klart senast", "end date", "due", "due date", "deadline"],
    header: ["klar", "senast", "färdigt", "end", "until", "to"],
  },
  budget: {
    both: ["budget", "kostnad", "kostnader", "beräknad kostnad", "belopp", "cost", "costs", "estimated cost"],
    header: ["budget kr", "budget sek"],
  },
  resources: { both: ["resurser", "resurs", "finansiering", "resources", "resource", "funding"] },
  indicator: { both: ["indikator", "indikatorer", "nyckeltal", "mått", "indicator", "indicators", "kpi"] },
  target: { both: ["målvärde", "målvärden", "målnivå", "target", "targets", "target value"] },
  nationalGoals: {
    both: [
      "jämställdhetspolitiskt delmål",
      "jämställdhetspolitiska delmål",
      "nationellt delmål",
      "nationella delmål",
      "nationellt jämställdhetsmål",
      "nationella jämställdhetsmål",
      "national sub goal",
      "national sub goals",
      "national subgoal",
      "national gender equality sub goal",
      "national gender equality goal",
    ],
    label: ["national sub-goal", "national sub-goals"],
  },
  regionalGoal: {
    both: [
      "regionalt mål",
      "regionala mål",
      "regionalt jämställdhetsmål",
      "regional goal",
      "regional goals",
      "regional objective",
    ],
  },
  action: {
    both: [
      "åtgärd vid avvikelse",
      "åtgärder vid avvikelse",
      "action on deviation",
      "corrective action",
      "corrective actions",
    ],
  },
};

/** Header words that are the activity, or the action on a deviation when the list has an activity column. */
const ACTIVITY_OR_ACTION = new Set(["åtgärd", "åtgärder", "insats", "insatser", "action", "actions"]);

/** True for a header that is "Åtgärd", "Insats" or "Action": the activity unless another column is. */
export function isActivityOrAction(text: string): boolean {
  return ACTIVITY_OR_ACTION.has(normaliseHeader(text));
}

/** The words of a meaning as a header or as a label. */
export function termsOf(meaning: ImportMeaning, use: "header" | "label"): readonly string[] {
  const t = TERMS[meaning];
  return [...t.both, ...(t[use] ?? [])];
}

/** Lower case, punctuation to spaces, single spaces: "Aktiviteter/åtgärder" → "aktiviteter åtgärder". */
export function normaliseHeader(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

const BY_TEXT = new Map<string, ImportMeaning>(
  IMPORT_MEANINGS.flatMap((m) => termsOf(m, "header").map((s) => [s, m] as const)),
);

/** True for a header text that is exactly a known header word, after normalising. */
export function isKnownHeader(text: string): boolean {
  return BY_TEXT.has(normaliseHeader(text));
}

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

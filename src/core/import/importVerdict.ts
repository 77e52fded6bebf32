/**
 * What an import preview tells the user in words: why nothing can be imported (one
 * line, never an empty success), how a reading was made ("50 tkr → 50 000 kr"), and
 * where a line is (a cell, or a line of pasted text).
 */
import { formatMoney } from "../language";
import type { Lang } from "../language";
import { speaker, type Phrasebooks } from "../text";
import type { ImportReading, ImportResult, LineRole } from "./import.types";
import type { ImportMeaning } from "./recogniseColumns";

/** Why an import has nothing to write. */
export type ImportBlocker =
  | { readonly code: "EMPTY" }
  | { readonly code: "NO_HEADER_ROW" }
  /** A header row or headings were found, but no goal or activity could be made. */
  | {
      readonly code: "NOTHING_TAKEN";
      readonly missing: readonly ImportMeaning[];
      readonly notUnderstood: number;
    };

/**
 * Why nothing can be imported, or null when there is a goal (and perhaps activities) to
 * write. Every activity is made under a goal, so without goals there are no activities.
 */
export function importBlocker(result: ImportResult): ImportBlocker | null {
  if (result.goals.length > 0) return null;
  if (result.warnings.some((w) => w.code === "EMPTY")) return { code: "EMPTY" };
  if (result.shape === null) return { code: "NO_HEADER_ROW" };
  const missing = (["goal", "activity"] as const).filter((m) =>
    result.warnings.some((w) => w.code === "COLUMN_NOT_FOUND" && w.text === m),
  );
  return { code: "NOTHING_TAKEN", missing, notUnderstood: result.notUnderstood.length };
}

const MEANING_WORD: Readonly<Record<Lang, Partial<Record<ImportMeaning, string>>>> = {
  sv: { goal: "Mål", activity: "Aktivitet" },
  en: { goal: "Goal", activity: "Activity" },
};

type VerdictPhrase =
  | "empty"
  | "noHeaderRow"
  | "missingColumn"
  | "notUnderstood"
  | "line"
  | "resourcesAmount"
  | "toResources"
  | "timeframe";

/** What the preview says, a whole sentence per message in each language. */
const BOOKS: Phrasebooks<VerdictPhrase> = {
  sv: {
    empty: "Inget att importera: {where} innehåller ingenting.",
    noHeaderRow:
      "Ingen rubrikrad hittades i {where}: ingen rad har minst två kända rubriker (som Mål, Aktivitet, Ansvarig, Tidplan), och där finns inga mål- eller artikelrubriker med punkter under – inget importerades.",
    missingColumn: "Inga mål eller aktiviteter att importera från {where}: kolumn saknas för {names}.",
    notUnderstood:
      "Inga mål eller aktiviteter att importera från {where}: {n, plural, one {# rad förstods inte} other {# rader förstods inte}}.",
    line: "rad {row}",
    resourcesAmount: "Resurser: {written} → Budget {money}",
    toResources: "{text} → Resurser (inget belopp att läsa som budget)",
    timeframe:
      "{text} → {start} – {end} ({how, select, recurring {återkommande: hela planperioden} wholePeriod {hela planperioden} from {till planperiodens slut} other {från planperiodens start}})",
  },
  en: {
    empty: "Nothing to import: {where} holds nothing.",
    noHeaderRow:
      "No header row found in {where}: no row has at least two known headers (such as Goal, Activity, Responsible, Timeframe), and there are no goal or article headings with points under them – nothing was imported.",
    missingColumn: "No goals or activities to import from {where}: no column for {names}.",
    notUnderstood:
      "No goals or activities to import from {where}: {n, plural, one {# line was not understood} other {# lines were not understood}}.",
    line: "line {row}",
    resourcesAmount: "Resources: {written} → Budget {money}",
    toResources: "{text} → Resources (no amount to read as a budget)",
    timeframe:
      "{text} → {start} – {end} ({how, select, recurring {recurring: the whole plan period} wholePeriod {the whole plan period} from {to the end of the plan period} other {from the start of the plan period}})",
  },
};

const say = speaker(BOOKS);

/** The blocker as one line, for the command line and the view. `where` names the sheet or source. */
export function blockerText(blocker: ImportBlocker, where: string, lang: Lang): string {
  switch (blocker.code) {
    case "EMPTY":
      return say("empty", lang, { where });
    case "NO_HEADER_ROW":
      return say("noHeaderRow", lang, { where });
    case "NOTHING_TAKEN": {
      if (blocker.missing.length > 0) {
        const names = blocker.missing.map((m) => MEANING_WORD[lang][m] ?? m).join(", ");
        return say("missingColumn", lang, { where, names });
      }
      return say("notUnderstood", lang, { where, n: blocker.notUnderstood });
    }
  }
}

/** "A5", or "rad 5" / "line 5" for pasted text. */
export function placeText(result: Pick<ImportResult, "source" | "sheet">, cell: string, lang: Lang): string {
  if (result.source === "text") {
    // Stryker disable next-line Regex: an A1 reference has one run of digits, at its end
    const row = /\d+$/.exec(cell)?.[0] ?? cell;
    return say("line", lang, { row });
  }
  return `${result.sheet}!${cell}`;
}

/** A reading in words: "50 tkr → 50 000 kr", "årligen → 2018-01-01 – 2020-12-31 (återkommande: hela planperioden)". */
export function readingText(reading: ImportReading, lang: Lang): string {
  switch (reading.kind) {
    case "amount": {
      const written = reading.unitHeader ? `${reading.text} (${reading.unitHeader})` : reading.text;
      const money = formatMoney(reading.kronor, lang);
      if (reading.from === "resources") return say("resourcesAmount", lang, { written, money });
      return `${written} → ${money}`;
    }
    case "toResources":
      return say("toResources", lang, { text: reading.text });
    case "timeframe":
      return say("timeframe", lang, {
        text: reading.text,
        start: reading.start ?? "?",
        end: reading.end ?? "?",
        how: reading.how,
      });
  }
}

/** How many lines had each role, for the preview's one-line account of the whole input. */
export function lineCounts(result: Pick<ImportResult, "lines">): Record<LineRole, number> {
  const counts: Record<LineRole, number> = {
    aboveHeader: 0,
    header: 0,
    beforeList: 0,
    heading: 0,
    goal: 0,
    activity: 0,
    part: 0,
    notUnderstood: 0,
  };
  for (const l of result.lines) counts[l.role]++;
  return counts;
}

/**
 * The marks a document puts in front of its goals and activities: bullets ("•",
 * "–", "o"), numbers ("1.", "1.1", "a)", "(2)", "iii.") and words ("Mål 1:",
 * "Aktivitet 1.2 –", "Objective 3:"). They are taken off the text; a number is kept
 * so the preview can show it beside our IDs.
 */

/** What kind of mark a line starts with. */
export type MarkerKind =
  | "goalWord" // "Mål 1:", "Delmål:", "Goal 2 –", "Objective:"
  | "activityWord" // "Aktivitet 1.1:", "Åtgärd:", "Action 3 –"
  | "list" // a bullet or a number
  | "none";

export type LineMarker = {
  readonly kind: MarkerKind;
  /**
   * The list style, so levels can be told apart: "bullet:•", "bullet:-", "num1",
   * "num2", "num3", "alpha", "roman", "paren"; "" for words and unmarked lines.
   */
  readonly style: string;
  /** The number as the document writes it ("1.", "1.1", "a)", "Mål 1"), or null. */
  readonly numbering: string | null;
  /** The text after the mark. */
  readonly rest: string;
};

const GOAL_WORDS = "mål|delmål|målsättning|effektmål|övergripande mål|goal|sub-goal|objective|aim";
const ACTIVITY_WORDS = "aktivitet|åtgärd|insats|activity|action|measure";
/**
 * "Mål 1:", "Mål 1.2 –", "Goal:", "Objective 3." – the word, an optional number of up to
 * three digits (a year such as "Mål 2030:" is no number of a goal) and a separator (a dash
 * only after a space, so "Mål- och resultatstyrning" stays text).
 */
const WORD_MARK = (words: string) =>
  new RegExp(
    `^(${words})(?:\\s+(\\d{1,3}(?:\\.\\d{1,3}){0,2}|[a-z]))?(?:\\s*[:.)]|\\s+[–—-]|\\s*$)\\s*`,
    "iu",
  );
const GOAL_MARK = WORD_MARK(GOAL_WORDS);
const ACTIVITY_MARK = WORD_MARK(ACTIVITY_WORDS);

/** Bullet characters as Word, PDF readers and plain typists write them. */
const BULLETS: readonly (readonly [RegExp, string])[] = [
  [/^[•●◦▪■□◆◇‣⁃∙·]\s*/u, "bullet:•"],
  [/^[\uf0b7\uf0a7\uf076\uf0d8\uf0fc]\s*/u, "bullet:•"], // Symbol-font bullets pasted from Word
  [/^[-–—−]\s+/u, "bullet:-"],
  [/^\*\s+/u, "bullet:*"],
  [/^[>➢➤►▶]\s*/u, "bullet:>"],
  // Word's second-level bullet "o", as it arrives from a PDF: "o Text".
  [/^o[\t ]+(?=\p{Lu})/u, "bullet:o"],
];

const ROMAN = "(?:i{1,3}|iv|vi{0,3}|ix|x)";

/** Numbers in front of a line; the longest first. Each gives its style and the number as written. */
const NUMBERS: readonly (readonly [RegExp, string])[] = [
  [/^(\d{1,2}\.\d{1,2}\.\d{1,2}\.?)\s+/u, "num3"],
  [/^(\d{1,2}\.\d{1,2}\.?)\s+/u, "num2"],
  [/^(\d{1,2}[.)])\s+/u, "num1"],
  [/^(\(\d{1,2}\))\s+/u, "paren"],
  [new RegExp(`^(${ROMAN}[.)])\\s+`, "u"), "roman"],
  [/^([a-z][.)]|[A-Z]\))\s+/u, "alpha"],
  [/^(\([a-z]\))\s+/u, "alpha"],
];

/** A bullet and a number together ("• 1.1 Text") count as the number. */
function withoutBullet(text: string): { text: string; style: string | null } {
  for (const [re, style] of BULLETS) {
    const m = re.exec(text);
    if (m) return { text: text.slice(m[0].length), style };
  }
  return { text, style: null };
}

/**
 * The mark a line starts with and the text after it.
 * @example lineMarker("Mål 1: Jämn representation") → goalWord, numbering "Mål 1", rest "Jämn representation"
 * @example lineMarker("• Årlig lönekartläggning") → list "bullet:•", numbering null
 * @example lineMarker("1.2 Utbilda chefer") → list "num2", numbering "1.2"
 */
export function lineMarker(line: string): LineMarker {
  const trimmed = line.trim();
  const bullet = withoutBullet(trimmed);
  const text = bullet.text.trim();
  for (const [re, kind] of [
    [GOAL_MARK, "goalWord"],
    [ACTIVITY_MARK, "activityWord"],
  ] as const) {
    // "Målet är …" and "Mål och aktiviteter" are text: the word needs a separator or the line's end.
    const m = re.exec(text);
    if (m) {
      const numbering = m[2] !== undefined ? `${m[1] ?? ""} ${m[2]}` : null;
      return { kind, style: "", numbering, rest: text.slice(m[0].length).trim() };
    }
  }
  for (const [re, style] of NUMBERS) {
    const m = re.exec(text);
    if (m?.[1]) return { kind: "list", style, numbering: m[1], rest: text.slice(m[0].length).trim() };
  }
  if (bullet.style !== null) return { kind: "list", style: bullet.style, numbering: null, rest: text };
  return { kind: "none", style: "", numbering: null, rest: trimmed };
}

/**
 * A cell's text without the numbering a document gave it ("1. Jämn representation",
 * "• Lönekartläggning", "Mål 2: Heltid"), for the table form, where a cell is already
 * known to be a goal or an activity.
 */
export function stripNumbering(text: string): { text: string; numbering: string | null } {
  const m = lineMarker(text);
  if (m.kind === "none" || m.rest === "") return { text: text.trim(), numbering: null };
  return { text: m.rest, numbering: m.numbering };
}

/**
 * Reading a goal's national sub-goal cell ("Nationellt delmål"): one or more sub-goals
 * as people write them — "1, 5", "delmål 5", "nationellt delmål 5", "Jämställd hälsa",
 * "5. Jämställd hälsa", "5 – Equal health". A number whose name is the OLD (2006–2016)
 * sub-goal of that number ("4 Mäns våld mot kvinnor ska upphöra") is read by its name
 * and reported, never renumbered silently; a number with another sub-goal's name is not
 * understood.
 */
import type { CellValue } from "../cells";
import { isNationalGoalNumber, oldNationalGoal, type NationalGoalNumber } from "./nationalGoals";

export type NationalGoalRefs = {
  /** The sub-goals read, sorted and once each. */
  goals: NationalGoalNumber[];
  /** The parts of the cell that name no sub-goal, as written. */
  notUnderstood: string[];
  /** Numbers written in the old four-goal numbering, and the sub-goal they were read as. */
  oldNumbering: { written: number; read: NationalGoalNumber }[];
};

/** The names people write for each sub-goal (Swedish and English, long and short), lower case. */
const NAMES: readonly (readonly [NationalGoalNumber, string])[] = [
  [1, "en jämn fördelning av makt och inflytande"],
  [1, "jämn fördelning av makt och inflytande"],
  [1, "makt och inflytande"],
  [1, "equal division of power and influence"],
  [1, "equal distribution of power and influence"],
  [1, "power and influence"],
  [2, "ekonomisk jämställdhet"],
  [2, "economic equality"],
  [2, "economic gender equality"],
  [3, "jämställd utbildning"],
  [3, "equal education"],
  [3, "gender-equal education"],
  [4, "en jämn fördelning av det obetalda hem- och omsorgsarbetet"],
  [4, "jämn fördelning av det obetalda hem- och omsorgsarbetet"],
  [4, "det obetalda hem- och omsorgsarbetet"],
  [4, "obetalt hem- och omsorgsarbete"],
  [4, "equal distribution of unpaid housework and provision of care"],
  [4, "unpaid housework and provision of care"],
  [4, "unpaid housework and care"],
  [5, "jämställd hälsa"],
  [5, "equal health"],
  [5, "gender-equal health"],
  [6, "mäns våld mot kvinnor ska upphöra"],
  [6, "mäns våld mot kvinnor"],
  [6, "men's violence against women must stop"],
  [6, "men's violence against women shall stop"],
  [6, "men's violence against women"],
];

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** One alias as a pattern: any run of spaces, either apostrophe, "hem- och" also without the hyphen. */
const aliasPattern = (name: string): string =>
  escape(name).replace(/ /g, "\\s+").replace(/'/g, "['’]").replace(/\\-|-/g, "-?");

/** Every alias, longest first so that "mäns våld mot kvinnor ska upphöra" wins over its start. */
const NAME_PATTERN = new RegExp(
  `(?<!\\p{L})(?:${[...NAMES]
    .sort((a, b) => b[1].length - a[1].length)
    .map(([, n]) => `(${aliasPattern(n)})`)
    .join("|")})(?!\\p{L})`,
  "giu",
);
const SORTED_NAMES = [...NAMES].sort((a, b) => b[1].length - a[1].length);

/** A name found is replaced by \u0001k\u0001, k its index in the list of names found. */
const MARK = "\u0001";
const BRACKETED_MARK = /\(\s*(\u0001\d+\u0001)\s*\)/gu;
const SEPARATORS = /\s*(?:[,;&+/\n]|\b(?:och|samt|and)\b)\s*/iu;
/** The words that may stand before a number (or a name). */
const PREFIX =
  /^(?:jämställdhetspolitisk[at]?|nationell[at]?|national|gender[- ]equality|delmål(?:et)?|sub-?goals?|mål|nr|no)\.?\s*/iu;
const NUMBER = /^(\d{1,3})\.?$/u;
const NUMBER_NAME = /^(\d{1,3})\s*[.:–—-]?\s*\u0001(\d+)\u0001$/u;
const NAME = /^\u0001(\d+)\u0001$/u;

type Found = { readonly goal: NationalGoalNumber; readonly text: string };

/** The text with every sub-goal name replaced by a mark, and the names found. */
function markNames(text: string): { marked: string; found: Found[] } {
  const found: Found[] = [];
  const marked = text.replace(NAME_PATTERN, (match: string, ...groups: unknown[]) => {
    const i = groups.findIndex((g) => typeof g === "string");
    const goal = SORTED_NAMES[i]?.[0];
    if (goal === undefined) return match;
    found.push({ goal, text: match });
    return `${MARK}${String(found.length - 1)}${MARK}`;
  });
  return { marked: marked.replace(BRACKETED_MARK, " $1"), found };
}

/** Reads one part (between separators) into `out`; false when it names no sub-goal. */
function readPart(part: string, found: readonly Found[], out: NationalGoalRefs): boolean {
  let rest = part;
  for (let strip = PREFIX.exec(rest); strip && strip[0] !== ""; strip = PREFIX.exec(rest))
    rest = rest.slice(strip[0].length);
  const number = NUMBER.exec(rest);
  if (number) {
    const n = Number(number[1]);
    if (!isNationalGoalNumber(n)) return false;
    out.goals.push(n);
    return true;
  }
  const name = NAME.exec(rest);
  const named = name ? found[Number(name[1])] : undefined;
  if (named) {
    out.goals.push(named.goal);
    return true;
  }
  const both = NUMBER_NAME.exec(rest);
  const goal = both ? found[Number(both[2])]?.goal : undefined;
  if (!both || goal === undefined) return false;
  const written = Number(both[1]);
  if (written === goal) out.goals.push(goal);
  else if (oldNationalGoal(written) === goal) {
    out.goals.push(goal);
    out.oldNumbering.push({ written, read: goal });
  } else return false;
  return true;
}

/**
 * The national sub-goals of a cell, the parts that name none, and the numbers read
 * by their old (2006–2016) name.
 * @example readNationalGoalRefs("1, 5") → { goals: [1, 5], notUnderstood: [], oldNumbering: [] }
 */
export function readNationalGoalRefs(cell: CellValue): NationalGoalRefs {
  const out: NationalGoalRefs = { goals: [], notUnderstood: [], oldNumbering: [] };
  if (cell === null || cell === undefined) return out;
  if (typeof cell === "number") {
    if (isNationalGoalNumber(cell)) out.goals.push(cell);
    else out.notUnderstood.push(String(cell));
    return out;
  }
  if (typeof cell !== "string") {
    out.notUnderstood.push(cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell));
    return out;
  }
  const text = cell
    .normalize("NFC")
    .replace(/[\u00a0\u202f\u2007]/g, " ")
    .trim();
  if (text === "") return out;
  if (text.length > 1000 || text.startsWith("#")) {
    out.notUnderstood.push(text.length > 500 ? `${text.slice(0, 500)}…` : text);
    return out;
  }
  const { marked, found } = markNames(text);
  for (const raw of marked.split(SEPARATORS)) {
    const part = raw.trim();
    if (part === "" || readPart(part, found, out)) continue;
    out.notUnderstood.push(
      part.replace(/\u0001(\d+)\u0001/gu, (m: string, k: string) => found[Number(k)]?.text ?? m),
    );
  }
  out.goals = [...new Set(out.goals)].sort((a, b) => a - b);
  return out;
}

/**
 * The document shape: a plan copied from Word or PDF into one column (or pasted as
 * text), with goal or article headings and bulleted or numbered activities whose
 * parts are labelled ("Ansvar: HR. Tid: löpande. Kostnad: 50 tkr."). Each goal and
 * activity, with the lines that continue it, becomes one record.
 */
import { isBlank, type RawRange } from "../cells";
import { cellText } from "../read";
import { splitParts, isPartsOnly } from "./labelledParts";
import { lineMarker, type LineMarker } from "./lineMarkers";
import type { ImportMeaning } from "./recogniseColumns";
import {
  leadsWithArticle,
  type LineDraft,
  type ShapeReading,
  type SourceField,
  type SourceRecord,
  type Unplaced,
} from "./sourceRecords";
import { firstCell } from "./tableRecords";

type Kind = "goal" | "activity" | "article";

/** A goal, activity or article heading being gathered from its lines. */
type Item = {
  kind: Kind;
  numbering: string | null;
  /** The text after the mark, with continuation lines appended. */
  text: string;
  /** Where each line's text starts in `text`, to give every part its own cell. */
  segments: { offset: number; line: number }[];
};

/** Lines one goal or activity may take; a longer run is prose, and reading it stays linear. */
const MAX_ITEM_LINES = 12;

type Classified = { line: number; text: string; marker: LineMarker };

/** "Aktiviteter:", "Åtgärder 2019:", "Activities" – a label over a list, not a line of it. */
const SECTION_LABEL =
  /^(?:aktiviteter|åtgärder|insatser|activities|actions|measures|mål och aktiviteter|mål och åtgärder|goals and activities)(?:\s+\S+){0,2}\s*:?$/iu;

/** Words a wrapped line can end on: the sentence goes on in the next line. */
const OPEN_END =
  /(?:[-–,:(/&]|(?<![\p{L}])(?:och|samt|eller|i|av|för|med|till|på|om|att|som|inom|vid|hos|en|ett|de|det|den|and|or|of|for|in|to|with|the|a|an|by|on|at))$/iu;

/** The lines of a range: each non-empty row, its cells joined by a space (a tab pasted into Excel splits a line). */
function documentLines(range: RawRange): LineDraft[] {
  const lines: LineDraft[] = [];
  range.values.forEach((row, r) => {
    if (row.every((v) => isBlank(v))) return;
    const text = row
      .filter((v) => !isBlank(v))
      .map((v) => cellText(v))
      .join(" ");
    lines.push({ cell: firstCell(range, r), text, role: "notUnderstood", ids: [] });
  });
  return lines;
}

function startsStructure(c: Classified): boolean {
  return c.marker.kind === "goalWord" || c.marker.kind === "activityWord" || isArticleLine(c);
}

function isArticleLine(c: Classified): boolean {
  return c.marker.kind === "none" && leadsWithArticle(c.marker.rest);
}

/** The list styles of goals and activities, from the styles the document uses. */
function listLevels(lines: readonly Classified[]): { goal: string | null; activity: string | null } {
  const styles: string[] = [];
  for (const c of lines) {
    if (c.marker.kind === "list" && !isPartsOnly(c.marker.rest) && !styles.includes(c.marker.style))
      styles.push(c.marker.style);
  }
  // Goals given by words ("Mål 1:") have their activities at the first list level.
  if (lines.some((c) => c.marker.kind === "goalWord")) return { goal: null, activity: styles[0] ?? null };
  if (styles.length >= 2) return { goal: styles[0] ?? null, activity: styles[1] ?? null };
  return { goal: null, activity: styles[0] ?? null };
}

/** Joins a wrapped line to the text before it, mending a word hyphenated across the break. */
function joinWrapped(before: string, line: string): string {
  if (before === "") return line;
  const hyphen =
    /\p{L}-$/u.test(before) && /^\p{Ll}/u.test(line) && !/^(?:och|eller|samt|and|or)\b/u.test(line);
  return hyphen ? `${before.slice(0, -1)}${line}` : `${before} ${line}`;
}

/** True when an item can take one more line. */
function roomIn(item: Item | null): item is Item {
  return item !== null && item.segments.length < MAX_ITEM_LINES;
}

/** True when a plain line goes on with the item above rather than starting something new. */
function continues(item: Item, text: string, previous: string): boolean {
  if (item.text === "") return true; // "Mål 1:" with its text on the next line
  return /^[\p{Ll}\d(]/u.test(text) || OPEN_END.test(previous.trim());
}

/** One record per item: the text before the first label, then each labelled part with its own cell. */
function itemRecord(item: Item, lines: readonly LineDraft[]): SourceRecord {
  const [first, ...more] = item.segments;
  const cellAt = (offset: number): string => {
    let cell = lines[first?.line ?? 0]?.cell ?? "A1";
    for (const s of item.segments) if (s.offset <= offset) cell = lines[s.line]?.cell ?? cell;
    return cell;
  };
  const { lead, parts } = splitParts(item.text);
  const fields: Partial<Record<ImportMeaning, SourceField>> = {};
  const main: ImportMeaning = item.kind === "activity" ? "activity" : "goal";
  if (lead !== "") fields[main] = { value: lead, cell: cellAt(0) };
  for (const p of parts) {
    const had = fields[p.meaning];
    // The same label twice is kept in full, so a clash is seen rather than lost.
    const value = had && typeof had.value === "string" ? `${had.value}; ${p.value}` : p.value;
    fields[p.meaning] = { value, cell: had?.cell ?? cellAt(p.index) };
  }
  return {
    line: first?.line ?? 0,
    moreLines: more.map((s) => s.line),
    fields,
    goalNumbering: item.kind === "activity" ? null : item.numbering,
    activityNumbering: item.kind === "activity" ? item.numbering : null,
  };
}

/**
 * Reads a document-shaped list. Lines before the first goal, article or list line
 * are ignored (a title, the background); after it, every line is a goal, an
 * activity, a part of the one above, a heading, or listed as not understood.
 */
export function documentRecords(range: RawRange): ShapeReading {
  const lines = documentLines(range);
  const classified: Classified[] = lines.map((l, line) => ({
    line,
    text: l.text,
    marker: lineMarker(l.text),
  }));
  let start = classified.findIndex(startsStructure);
  if (start < 0) start = classified.findIndex((c) => c.marker.kind === "list" && !isPartsOnly(c.marker.rest));
  if (start < 0) start = classified.length;
  const body = classified.slice(start);
  const levels = listLevels(body);
  const unplaced: Unplaced[] = [];
  const items: Item[] = [];
  let item = null as Item | null;
  let previous = "";

  const open = (kind: Kind, c: Classified): void => {
    item = {
      kind,
      numbering: c.marker.numbering,
      text: c.marker.rest,
      segments: [{ offset: 0, line: c.line }],
    };
    items.push(item);
    lines[c.line]!.role = kind === "article" ? "heading" : kind;
  };
  const append = (current: Item, c: Classified, text: string): void => {
    const joined = joinWrapped(current.text, text);
    current.segments.push({ offset: joined.length - text.length, line: c.line });
    current.text = joined;
    lines[c.line]!.role = "part";
  };

  for (const [i, c] of classified.entries()) {
    if (i < start) {
      lines[c.line]!.role = "beforeList";
      continue;
    }
    const { kind, style, rest } = c.marker;
    const current: Item | null = item;
    if (kind === "goalWord") open("goal", c);
    else if (kind === "activityWord") open("activity", c);
    else if (isArticleLine(c)) open("article", c);
    else if ((kind === "list" || kind === "none") && isPartsOnly(rest) && roomIn(current))
      append(current, c, rest);
    else if (kind === "list" && style === levels.goal) open("goal", c);
    else if (kind === "list" && style === levels.activity) open("activity", c);
    else if (kind === "list") {
      unplaced.push({ line: c.line, reason: "subPoint" });
      item = null; // what follows an unplaced line is not pinned on the item above it
    } else if (SECTION_LABEL.test(rest)) {
      lines[c.line]!.role = "heading";
      item = null;
    } else if (roomIn(current) && continues(current, rest, previous)) append(current, c, rest);
    else {
      unplaced.push({ line: c.line, reason: "text" });
      item = null;
    }
    previous = rest;
  }

  const records = items.map((it) => itemRecord(it, lines));
  for (const u of unplaced) lines[u.line]!.role = "notUnderstood";
  const articleSource = items.some((it) => it.kind === "article");
  return { lines, records, unplaced, articleSource };
}

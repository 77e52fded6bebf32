/**
 * Reading a choice cell (status, period type, direction, assessment, yes/no):
 * case-insensitive, trimmed, in either language (CHOICES, src/core/choices).
 */
import type { CellValue } from "../cells";
import { normaliseText, unreadable, type ReadResult } from "./readText";
import { type ChoiceListName, CHOICES } from "../choices";

/** Letters without their accents, so "Pagar" typed on a foreign keyboard still means "Pågår". */
function plainLetters(text: string): string {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
}

/**
 * What people write in a yes/no column besides Ja/Nej and Yes/No: Excel's own
 * TRUE/FALSE in either language, the initials, and a cross for "marked".
 */
const YES_NO_EXTRA: Readonly<Record<string, string>> = {
  j: "yes",
  y: "yes",
  x: "yes",
  sant: "yes",
  true: "yes",
  n: "no",
  falskt: "no",
  false: "no",
};

type Lookup = ReadonlyMap<string, string>;

function buildLookup(list: ChoiceListName): Lookup {
  const map = new Map<string, string>();
  for (const item of CHOICES[list]) {
    for (const label of [item.sv, item.en]) {
      map.set(normaliseText(label), item.value);
      const plain = plainLetters(normaliseText(label));
      if (!map.has(plain)) map.set(plain, item.value);
    }
  }
  if (list === "yesNo") for (const [k, value] of Object.entries(YES_NO_EXTRA)) map.set(k, value);
  return map;
}

/** Built once: reading 20 000 status cells must not rebuild the lists. */
const LOOKUPS = new Map<ChoiceListName, Lookup>();

function lookupOf(list: ChoiceListName): Lookup {
  let lookup = LOOKUPS.get(list);
  if (!lookup) {
    lookup = buildLookup(list);
    LOOKUPS.set(list, lookup);
  }
  return lookup;
}

/**
 * A choice cell as its value in CHOICES ("done" for "genomförd"): value null when
 * empty, ok false for anything not in the list.
 * @example readChoice("status", " pågår ") → { ok: true, value: "inProgress" }
 */
export function readChoice(list: ChoiceListName, v: CellValue): ReadResult<string> {
  if (v === null || v === undefined) return { ok: true, value: null };
  if (typeof v === "boolean" && list === "yesNo") return { ok: true, value: v ? "yes" : "no" };
  if (typeof v !== "string") return unreadable(v);
  if (v.trim() === "") return { ok: true, value: null };
  if (v.length > 100) return unreadable(v);
  const key = normaliseText(v);
  const lookup = lookupOf(list);
  const value = lookup.get(key) ?? lookup.get(plainLetters(key));
  return value === undefined ? unreadable(v) : { ok: true, value };
}

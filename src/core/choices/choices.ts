/**
 * The choice lists of the plan workbook (docs/workbook.md): the values a choice
 * column may hold, their labels in both languages, and the hidden sheet that lists
 * them for Excel's validation. The schema (../schema) names a column's list.
 */
import type { Lang } from "../language";

/** One choice of a list: its value in the code and its labels. */
export type ChoiceItem = { readonly value: string; readonly sv: string; readonly en: string };

/**
 * The choice lists; the first label of each language is the one written. The lists'
 * names and values are types too (ChoiceListName, ChoiceValue), so that a choice
 * added here is a value the code must handle.
 */
const CHOICE_LISTS = {
  status: [
    { value: "notStarted", sv: "Ej påbörjad", en: "Not started" },
    { value: "inProgress", sv: "Pågår", en: "In progress" },
    { value: "done", sv: "Genomförd", en: "Done" },
    { value: "delayed", sv: "Försenad", en: "Delayed" },
    { value: "cancelled", sv: "Avbruten", en: "Cancelled" },
  ],
  periodType: [
    { value: "interim", sv: "Delår", en: "Interim" },
    { value: "annual", sv: "Helår", en: "Annual" },
  ],
  direction: [
    { value: "increase", sv: "Öka", en: "Increase" },
    { value: "decrease", sv: "Minska", en: "Decrease" },
    { value: "closeGap", sv: "Utjämna", en: "Close gap" },
  ],
  assessment: [
    { value: "met", sv: "Uppfyllt", en: "Met" },
    { value: "partlyMet", sv: "Delvis uppfyllt", en: "Partly met" },
    { value: "notMet", sv: "Ej uppfyllt", en: "Not met" },
  ],
  yesNo: [
    { value: "yes", sv: "Ja", en: "Yes" },
    { value: "no", sv: "Nej", en: "No" },
  ],
} as const satisfies Readonly<Record<string, readonly ChoiceItem[]>>;

export type ChoiceListName = keyof typeof CHOICE_LISTS;

/** The values of a choice list: `ChoiceValue<"periodType">` is "interim" | "annual". */
export type ChoiceValue<L extends ChoiceListName> = (typeof CHOICE_LISTS)[L][number]["value"];

/** The choice lists, by name. */
export const CHOICES: Readonly<Record<ChoiceListName, readonly ChoiceItem[]>> = CHOICE_LISTS;

export type Status = ChoiceValue<"status">;
export type PeriodType = ChoiceValue<"periodType">;
export type Direction = ChoiceValue<"direction">;
export type Assessment = ChoiceValue<"assessment">;

/** The label of a choice value in a language. @example choiceLabel("status", "done", "sv") === "Genomförd" */
export function choiceLabel(list: ChoiceListName, value: string, lang: Lang): string {
  const item = CHOICES[list].find((c) => c.value === value);
  return item ? item[lang] : value;
}

/** The name of the hidden sheet holding validation lists. */
export const LISTS_SHEET: Readonly<Record<Lang, string>> = { sv: "Listor", en: "Lists" };

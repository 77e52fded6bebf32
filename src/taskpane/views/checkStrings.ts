/** The Check view's words. */
import type { Lang } from "../../core/language";
import { formatMessage, type MessageArgs } from "../../core/text";

const sv = {
  title: "Granska planen",
  refDate: "Granska per",
  today: "Idag ({date})",
  customDate: "Annat datum",
  date: "Datum",
  check: "Granska",
  checkAgain: "Granska igen",
  checking: "Granskar …",
  errors: "Fel",
  warnings: "Varningar",
  infos: "Att titta på",
  noFindings: "Inga anmärkningar per detta datum.",
  filterSeverity: "Visa",
  filterSheet: "Blad",
  all: "Alla",
  workbook: "Arbetsboken",
  finding: "{severity}: {message}",
  findingAtCell: "{severity}: {message} ({sheet}!{cell}, Visa cellen)",
  findingsTitle: "Anmärkningar: {counts}",
  countOf: "{count} {what}",
  counted: "{label} ({count})",
  shownOf: "{shown} visas av {total}",
  coverageTitle: "Artikeltäckning",
  coverageCaption:
    "Alla artiklar i deklarationens version: om de är prioriterade, vilka mål och aktiviteter som hör till dem och hur väl de täcks.",
  colArticle: "Art.",
  colPrioritised: "Prioriterad",
  colGoals: "Mål",
  colActivities: "Aktiviteter",
  colState: "Täckning",
  yes: "Ja",
  no: "Nej",
  covered: "Täckt",
  noGoal: "Mål saknas",
  goalWithoutActivity: "Mål utan aktivitet",
  notPrioritisedWithGoals: "Har mål men är inte prioriterad",
  notPrioritised: "Inte prioriterad",
  coverageCounts: "{prioritised} prioriterade artiklar, varav täckta: {covered}",
  glance: "Artiklarnas täckning i korthet: {counts}.",
  glanceKey: "Teckenförklaring",
};

export type CheckStrings = { readonly [K in keyof typeof sv]: string };

const en: CheckStrings = {
  title: "Check the plan",
  refDate: "Check as of",
  today: "Today ({date})",
  customDate: "Another date",
  date: "Date",
  check: "Check",
  checkAgain: "Check again",
  checking: "Checking …",
  errors: "Errors",
  warnings: "Warnings",
  infos: "Worth a look",
  noFindings: "No findings as of this date.",
  filterSeverity: "Show",
  filterSheet: "Sheet",
  all: "All",
  workbook: "The workbook",
  finding: "{severity}: {message}",
  findingAtCell: "{severity}: {message} ({sheet}!{cell}, Show the cell)",
  findingsTitle: "Findings: {counts}",
  countOf: "{count} {what}",
  counted: "{label} ({count})",
  shownOf: "{shown} shown of {total}",
  coverageTitle: "Article coverage",
  coverageCaption:
    "Every article of the Charter version: whether it is prioritised, which goals and activities serve it, and how well it is covered.",
  colArticle: "Art.",
  colPrioritised: "Prioritised",
  colGoals: "Goals",
  colActivities: "Activities",
  colState: "Coverage",
  yes: "Yes",
  no: "No",
  covered: "Covered",
  noGoal: "No goal",
  goalWithoutActivity: "Goal without activity",
  notPrioritisedWithGoals: "Has goals but not prioritised",
  notPrioritised: "Not prioritised",
  coverageCounts: "{prioritised} prioritised articles, of which covered: {covered}",
  glance: "The articles' coverage at a glance: {counts}.",
  glanceKey: "Key",
};

export const CHECK_STRINGS: Readonly<Record<Lang, CheckStrings>> = { sv, en };

/** A Check view message with its named arguments put in (the one message mechanism, core/text). */
export function checkText(key: keyof CheckStrings, lang: Lang, args: MessageArgs): string {
  return formatMessage(CHECK_STRINGS[lang][key], args, lang);
}

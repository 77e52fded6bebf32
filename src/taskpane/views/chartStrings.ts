/** The charts' words (Follow-up and Check views). */
import type { Lang } from "../../core/language";
import { speakerIn, type Phrasebooks, type Say } from "../../core/text";

const sv = {
  charts: "Diagram",
  loading: "Laddar diagrammen …",
  stackedKind: "Staplat stapeldiagram",
  groupedKind: "Grupperat stapeldiagram",
  legend: "Förklaring",
  showTable: "Visa siffrorna",
  hideTable: "Dölj siffrorna",
  figures: "Siffrorna",
  scrollHint: "{title}. Diagrammet är bredare än fönstret; bläddra i sidled.",
  described: "{kind}: {title}. {alt} {figures}",
  groupFigures: "{name}: {figures}.",
  figure: "{legend} {value}",
  bar: "{name}, {legend}: {value}",
  statusPerArticle: "Aktiviteternas status per artikel",
  statusPerArticleAlt:
    "Hur många aktiviteter som har varje status i varje artikel med aktiviteter. En aktivitet räknas under varje artikel dess mål hör till.",
  statusTotal: "Aktiviteternas status",
  statusTotalAlt: "Hur många av planens aktiviteter som har varje status, varje aktivitet räknad en gång.",
  allActivities: "Alla aktiviteter",
  moneyPerArticle: "Budget, utfall och prognos per artikel ({unit})",
  moneyPerArticleAlt:
    "Summan av aktiviteternas budget, utfall och prognos i varje artikel med aktiviteter. Saknad prognos räknas som budgeten.",
  moneyTotal: "Budget, utfall och prognos ({unit})",
  moneyTotalAlt:
    "Planens budget, utfall och prognos, summerade över alla aktiviteter. Saknad prognos räknas som budgeten.",
  wholePlan: "Hela planen",
  moneyUnit: "{size, select, millions {miljoner} other {tusen}} {currency}",
  inCurrency: "{legend} ({currency})",
  gender: "Kvinnor och män per mål ({unit})",
  genderAlt:
    "Senaste värdet för kvinnor och för män i varje mål med mätvärden, och målvärdet när målet är en nivå att nå.",
  gapTargetNote:
    "Mål som ska utjämna skillnaden har ett målvärde för skillnaden mellan kvinnor och män; det står i tabellen.",
  noUnit: "utan enhet",
  article: "Artikel",
  articleShort: "Art. {article}",
  goal: "Mål",
  women: "Kvinnor",
  men: "Män",
  target: "Målvärde",
  gapTarget: "skillnad högst {value}",
  budget: "Budget",
  outcome: "Utfall",
  forecast: "Prognos",
  subGoals: "Mål per nationellt delmål",
  subGoalsAlt:
    "Hur många mål under varje nationellt jämställdhetspolitiskt delmål som planen berör som är uppfyllda, delvis uppfyllda, ej uppfyllda eller inte bedömda. Ett mål räknas under varje delmål det hör till.",
  subGoal: "Delmål",
  subGoalShort: "Delmål {number}",
  subGoalName: "{number}. {name}",
  noSubGoal: "Utan delmål",
  findingsPerSheet: "Anmärkningar per blad",
  findingsAlt: "Hur många fel, varningar och saker att titta på som finns i varje blad med anmärkningar.",
  sheet: "Blad",
  workbook: "Arbetsboken",
  total: "Totalt",
  errors: "Fel",
  warnings: "Varningar",
  infos: "Att titta på",
};

export type ChartPhrase = keyof typeof sv;

const en: Readonly<Record<ChartPhrase, string>> = {
  charts: "Charts",
  loading: "Loading the charts …",
  stackedKind: "Stacked bar chart",
  groupedKind: "Grouped bar chart",
  legend: "Legend",
  showTable: "Show the figures",
  hideTable: "Hide the figures",
  figures: "The figures",
  scrollHint: "{title}. The chart is wider than the pane; scroll sideways.",
  described: "{kind}: {title}. {alt} {figures}",
  groupFigures: "{name}: {figures}.",
  figure: "{legend} {value}",
  bar: "{name}, {legend}: {value}",
  statusPerArticle: "Activity status per article",
  statusPerArticleAlt:
    "How many activities have each status in each article with activities. An activity counts under each article of its goal.",
  statusTotal: "Activity status",
  statusTotalAlt: "How many of the plan's activities have each status, each activity counted once.",
  allActivities: "All activities",
  moneyPerArticle: "Budget, outcome and forecast per article ({unit})",
  moneyPerArticleAlt:
    "The sum of the activities' budget, outcome and forecast in each article with activities. A missing forecast counts as the budget.",
  moneyTotal: "Budget, outcome and forecast ({unit})",
  moneyTotalAlt:
    "The plan's budget, outcome and forecast, summed over all activities. A missing forecast counts as the budget.",
  wholePlan: "The whole plan",
  moneyUnit: "{currency} {size, select, millions {million} other {thousand}}",
  inCurrency: "{legend} ({currency})",
  gender: "Women and men per goal ({unit})",
  genderAlt:
    "The latest value for women and for men in each goal with measurements, and the target when the goal is a level to reach.",
  gapTargetNote:
    "Goals that close a gap have a target for the gap between women and men; it is given in the table.",
  noUnit: "no unit",
  article: "Article",
  articleShort: "Art. {article}",
  goal: "Goal",
  women: "Women",
  men: "Men",
  target: "Target",
  gapTarget: "gap at most {value}",
  budget: "Budget",
  outcome: "Outcome",
  forecast: "Forecast",
  subGoals: "Goals per national sub-goal",
  subGoalsAlt:
    "How many goals under each national gender-equality sub-goal the plan addresses are met, partly met, not met or not assessed. A goal counts under each sub-goal it serves.",
  subGoal: "Sub-goal",
  subGoalShort: "Sub-goal {number}",
  subGoalName: "{number}. {name}",
  noSubGoal: "No sub-goal",
  findingsPerSheet: "Findings per sheet",
  findingsAlt: "How many errors, warnings and things worth a look each sheet with findings has.",
  sheet: "Sheet",
  workbook: "The workbook",
  total: "Total",
  errors: "Errors",
  warnings: "Warnings",
  infos: "Worth a look",
};

/** The view's two books (for the tests that say every message). */
export const CHART_BOOKS: Phrasebooks<ChartPhrase> = { sv, en };

/** The words in a language, said through the one message mechanism (core/text). */
export const chartWords = (lang: Lang): Say<ChartPhrase> => speakerIn(CHART_BOOKS, lang);

/**
 * The words of the summary sheet in both languages: headings, labels, and the
 * statuses, assessments and deviation kinds in words (shown beside their colour).
 */
import type { Bilingual, Lang } from "../../language";
import { speaker, type Phrasebooks } from "../../text";
import { choiceLabel } from "../../choices";
import type { LayoutStyle } from "../../sheetLayout";
import type { ActivityState, ChainDeviationKind, DeviationKind, GoalAssessment } from "../summary.types";

export const L = {
  notAssessed: { sv: "Ej bedömt", en: "Not assessed" },
  titleAnnual: { sv: "Årsbokslut", en: "Annual report" },
  titleInterim: { sv: "Delårsrapport", en: "Interim report" },
  subtitle: {
    sv: "Uppföljning av handlingsplan för jämställdhet enligt CEMR-deklarationen",
    en: "Follow-up of the equality action plan under the CEMR Charter",
  },
  organisation: { sv: "Organisation", en: "Organisation" },
  plan: { sv: "Plan", en: "Plan" },
  period: { sv: "Period", en: "Period" },
  planPeriod: { sv: "Planperiod", en: "Plan period" },
  cutoff: { sv: "Brytdatum", en: "Cut-off" },
  madeOn: { sv: "Framtagen", en: "Made on" },
  keyFigures: { sv: "Nyckeltal", en: "Key figures" },
  status: { sv: "Status", en: "Status" },
  count: { sv: "Antal", en: "Number" },
  share: { sv: "Andel", en: "Share" },
  total: { sv: "Totalt", en: "Total" },
  assessment: { sv: "Bedömning", en: "Assessment" },
  goals: { sv: "Mål", en: "Goals" },
  money: { sv: "Ekonomi", en: "Money" },
  amount: { sv: "Belopp", en: "Amount" },
  budget: { sv: "Budget", en: "Budget" },
  outcome: { sv: "Utfall", en: "Outcome" },
  forecast: { sv: "Prognos", en: "Forecast" },
  deviation: { sv: "Avvikelse", en: "Deviation" },
  deviationNote: {
    sv: "Avvikelse = budget − prognos. Positiv avvikelse: under budget; negativ avvikelse: över budget. Saknad prognos räknas som budgeten.",
    en: "Deviation = budget − forecast. Positive deviation: under budget; negative deviation: over budget. A missing forecast counts as the budget.",
  },
  withoutBudget: {
    sv: "Aktiviteter utan budget (räknas som 0)",
    en: "Activities without a budget (counted as 0)",
  },
  changeSince: { sv: "Förändring sedan", en: "Change since" },
  measure: { sv: "Mått", en: "Measure" },
  change: { sv: "Förändring", en: "Change" },
  doneActivities: { sv: "Genomförda aktiviteter", en: "Activities done" },
  metGoals: { sv: "Uppfyllda mål", en: "Goals met" },
  goalValue: { sv: "Värde för mål", en: "Value of goal" },
  wholePlan: { sv: "Hela planperioden", en: "The whole plan period" },
  activities: { sv: "Aktiviteter", en: "Activities" },
  shareDone: { sv: "Andel genomförda", en: "Share done" },
  goalsImproved: { sv: "Mål som utvecklats i avsedd riktning", en: "Goals moved in the intended direction" },
  goalsComparable: { sv: "Mål med utgångsvärde och värde", en: "Goals with a baseline and a value" },
  articles: { sv: "Artiklar", en: "Articles" },
  notPrioritised: { sv: "ej prioriterad", en: "not prioritised" },
  noArticle: { sv: "Aktiviteter utan artikel", en: "Activities without an article" },
  goalId: { sv: "Mål-ID", en: "Goal ID" },
  goal: { sv: "Mål", en: "Goal" },
  women: { sv: "Kvinnor", en: "Women" },
  men: { sv: "Män", en: "Men" },
  gap: { sv: "Skillnad", en: "Gap" },
  target: { sv: "Målvärde", en: "Target" },
  activityId: { sv: "Aktivitet-ID", en: "Activity ID" },
  activity: { sv: "Aktivitet", en: "Activity" },
  responsible: { sv: "Ansvarig", en: "Responsible" },
  comment: { sv: "Kommentar", en: "Comment" },
  end: { sv: "Slut", en: "End" },
  manual: { sv: "manuell", en: "manual" },
  deviations: { sv: "Avvikelser", en: "Deviations" },
  kind: { sv: "Typ", en: "Kind" },
  noDeviations: { sv: "Inga avvikelser.", en: "No deviations." },
  text: { sv: "Text till rapporten", en: "Text for the report" },
  charts: { sv: "Diagram", en: "Charts" },
  article: { sv: "Artikel", en: "Article" },
  articleShort: { sv: "Art.", en: "Art." },
  chartStatus: { sv: "Aktiviteternas status per artikel", en: "Activity status per article" },
  chartBudget: { sv: "Budget och utfall per artikel", en: "Budget and outcome per article" },
  chartGender: { sv: "Kvinnor och män per mål", en: "Women and men per goal" },
  chartSubGoals: { sv: "Mål per nationellt delmål", en: "Goals per national sub-goal" },
  nationalGoals: { sv: "Nationella jämställdhetspolitiska delmål", en: "National gender-equality sub-goals" },
  nationalGoal: { sv: "Nationellt delmål", en: "National sub-goal" },
  subGoal: { sv: "Delmål", en: "Sub-goal" },
  untouched: { sv: "Planen berör inte detta delmål.", en: "The plan does not address this sub-goal." },
  withoutSubGoal: { sv: "Utan nationellt delmål", en: "Without a national sub-goal" },
  regionalGoal: { sv: "Regionalt mål", en: "Regional goal" },
  deviationsActions: { sv: "Avvikelser och åtgärder", en: "Deviations and actions" },
  goalOrActivity: { sv: "Mål eller aktivitet", en: "Goal or activity" },
  action: { sv: "Åtgärd", en: "Action" },
  noAction: { sv: "Åtgärd saknas", en: "No action given" },
  fromComment: { sv: "ur kommentaren", en: "from the comment" },
} satisfies Record<string, Bilingual>;

type SummaryLabelPhrase =
  | "titleAnnual"
  | "titleInterim"
  | "titleWithCutoff"
  | "tableCaption"
  | "figureCaption"
  | "keyFiguresActivities"
  | "keyFiguresGoals"
  | "notPrioritised"
  | "manual"
  | "fromComment"
  | "article"
  | "articleShort"
  | "articleTitled"
  | "changeSince"
  | "goalValue"
  | "subGoal"
  | "subGoalTitled"
  | "chartAlt"
  | "chartGroup"
  | "chartFigure"
  | "sheetAnnual"
  | "sheetInterim";

/** The summary's labels that hold a value: whole phrases per language, with named arguments. */
const PHRASES: Phrasebooks<SummaryLabelPhrase> = {
  sv: {
    titleAnnual: "Årsbokslut: {period}",
    titleInterim: "Delårsrapport: {period}",
    titleWithCutoff: "{title}, brytdatum {cutoff}",
    tableCaption: "Tabell {n}. {title}",
    figureCaption: "Figur {n}. {title}",
    keyFiguresActivities: "Nyckeltal: aktiviteter",
    keyFiguresGoals: "Nyckeltal: mål",
    notPrioritised: "{heading} (ej prioriterad)",
    manual: "{assessment} (manuell)",
    fromComment: "{action} (ur kommentaren)",
    article: "Artikel {n}",
    articleShort: "Art. {n}",
    articleTitled: "{article}: {title}",
    changeSince: "Förändring sedan {period}",
    goalValue: "Värde för mål {id}",
    subGoal: "Delmål {n}",
    subGoalTitled: "Delmål {n}: {name}",
    chartAlt: "Diagram: {title}. {groups}.",
    chartGroup: "{category}: {figures}",
    chartFigure: "{series} {value}",
    sheetAnnual: "Årsbokslut {year}",
    sheetInterim: "Delår {year}",
  },
  en: {
    titleAnnual: "Annual report: {period}",
    titleInterim: "Interim report: {period}",
    titleWithCutoff: "{title}, cut-off {cutoff}",
    tableCaption: "Table {n}. {title}",
    figureCaption: "Figure {n}. {title}",
    keyFiguresActivities: "Key figures: activities",
    keyFiguresGoals: "Key figures: goals",
    notPrioritised: "{heading} (not prioritised)",
    manual: "{assessment} (manual)",
    fromComment: "{action} (from the comment)",
    article: "Article {n}",
    articleShort: "Art. {n}",
    articleTitled: "{article}: {title}",
    changeSince: "Change since {period}",
    goalValue: "Value of goal {id}",
    subGoal: "Sub-goal {n}",
    subGoalTitled: "Sub-goal {n}: {name}",
    chartAlt: "Chart: {title}. {groups}.",
    chartGroup: "{category}: {figures}",
    chartFigure: "{series} {value}",
    sheetAnnual: "Annual report {year}",
    sheetInterim: "Interim report {year}",
  },
};

/** A summary label with its values put in: `phrase("articleShort", "sv", { n: 11 })` is "Art. 11". */
export const phrase = speaker(PHRASES);

const STATE_WORDS: Record<ActivityState, Bilingual> = {
  notStarted: {
    sv: choiceLabel("status", "notStarted", "sv"),
    en: choiceLabel("status", "notStarted", "en"),
  },
  inProgress: {
    sv: choiceLabel("status", "inProgress", "sv"),
    en: choiceLabel("status", "inProgress", "en"),
  },
  done: { sv: choiceLabel("status", "done", "sv"), en: choiceLabel("status", "done", "en") },
  delayed: { sv: choiceLabel("status", "delayed", "sv"), en: choiceLabel("status", "delayed", "en") },
  cancelled: { sv: choiceLabel("status", "cancelled", "sv"), en: choiceLabel("status", "cancelled", "en") },
  unreported: { sv: "Ej rapporterad", en: "Not reported" },
};

/** A state in words: the status labels of the Status list, plus "Ej rapporterad". */
export function stateWord(state: ActivityState, lang: Lang): string {
  return STATE_WORDS[state][lang];
}

/** An assessment in words: the Bedömning labels, plus "Ej bedömt". */
export function assessmentWord(a: GoalAssessment, lang: Lang): string {
  return a === "notAssessed" ? L.notAssessed[lang] : choiceLabel("assessment", a, lang);
}

const DEVIATION_WORDS: Record<DeviationKind, Bilingual> = {
  delayed: { sv: "Försenad", en: "Delayed" },
  overdue: { sv: "Passerat slutdatum", en: "Past its end date" },
  followUpMissing: { sv: "Uppföljning saknas", en: "Follow-up missing" },
  overBudget: { sv: "Över budget", en: "Over budget" },
};

/** A deviation kind in words. */
export function deviationWord(kind: DeviationKind, lang: Lang): string {
  return DEVIATION_WORDS[kind][lang];
}

const CHAIN_WORDS: Record<"notMet" | "worseThanBaseline", Bilingual> = {
  notMet: { sv: "Ej uppfyllt", en: "Not met" },
  worseThanBaseline: { sv: "Sämre än utgångsvärdet", en: "Worse than the baseline" },
};

/** A chain deviation's kinds in words: "Försenad, Passerat slutdatum". */
export function chainKindsWord(kinds: readonly ChainDeviationKind[], lang: Lang): string {
  return kinds
    .map((k) => (k === "notMet" || k === "worseThanBaseline" ? CHAIN_WORDS[k][lang] : deviationWord(k, lang)))
    .join(", ");
}

/** The colour style of an activity state. */
export function stateStyle(state: ActivityState): LayoutStyle {
  if (state === "done") return "good";
  if (state === "delayed") return "bad";
  if (state === "unreported") return "warn";
  return "neutral";
}

/** The colour style of an assessment. */
export function assessmentStyle(a: GoalAssessment): LayoutStyle {
  return a === "met" ? "good" : a === "partlyMet" ? "warn" : a === "notMet" ? "bad" : "neutral";
}

/** The colour style of a deviation kind. */
export function deviationStyle(kind: DeviationKind): LayoutStyle {
  return kind === "followUpMissing" ? "warn" : "bad";
}

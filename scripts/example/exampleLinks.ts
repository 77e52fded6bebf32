/**
 * The example plan in the chain of governance (issue 29): each goal's national
 * gender-equality sub-goals and, where the county's strategy has one, its regional
 * goal; and the action (åtgärd) of every deviation, by activity or goal and period.
 */
import type { Bilingual } from "../../src/core/language";
import type { PeriodKey } from "./exampleTypes";

export type GoalLinks = { readonly nationalGoals: string; readonly regionalGoal: Bilingual | null };

/** By goal ID: the Nationellt delmål cell as the plan writes it, and the regional goal. */
export const GOAL_LINKS: Readonly<Record<string, GoalLinks>> = {
  M1: {
    nationalGoals: "1",
    regionalGoal: {
      sv: "Jämn fördelning av makt och inflytande i länets beslutande organ",
      en: "Equal power and influence in the county's decision-making bodies",
    },
  },
  M2: { nationalGoals: "1, 4", regionalGoal: null },
  M3: { nationalGoals: "3", regionalGoal: null },
  M4: {
    nationalGoals: "6",
    regionalGoal: {
      sv: "Trygga offentliga miljöer för alla i länet",
      en: "Safe public spaces for everyone in the county",
    },
  },
  M5: {
    nationalGoals: "2",
    regionalGoal: { sv: "Jämställd arbetsmarknad i länet", en: "A gender-equal labour market in the county" },
  },
  M6: { nationalGoals: "2, 5", regionalGoal: null },
  M7: {
    nationalGoals: "2",
    regionalGoal: { sv: "Jämställd arbetsmarknad i länet", en: "A gender-equal labour market in the county" },
  },
  M8: { nationalGoals: "5", regionalGoal: null },
  M9: {
    nationalGoals: "5",
    regionalGoal: {
      sv: "Jämlik och jämställd vård i länet",
      en: "Equal and gender-equal care in the county",
    },
  },
  M10: {
    nationalGoals: "6",
    regionalGoal: {
      sv: "Länets strategi mot mäns våld mot kvinnor",
      en: "The county's strategy against men's violence against women",
    },
  },
};

/** The action of a deviation, by `${activity or goal ID}|${period}`. */
export const ACTIONS: Readonly<Record<string, Bilingual>> = {
  "A2.1|D2019": {
    sv: "Ny upphandling klar i oktober; mötena hålls i hybridform från november",
    en: "New procurement done in October; meetings are held in hybrid form from November",
  },
  "A8.2|D2019": {
    sv: "Beställning hos journalsystemets leverantör; analysen görs i stället under hösten",
    en: "Order placed with the records system's supplier; the analysis is done in the autumn instead",
  },
  "A4.3|H2019": {
    sv: "Trafiknämnden omfördelar inom sin ram; offerter begärs för resterande hållplatser",
    en: "The Public Transport Committee reallocates within its budget; quotes requested for the remaining stops",
  },
  "A3.2|D2020": {
    sv: "Bidragsvillkoren tillåter digitala aktiviteter under pandemin",
    en: "The grant conditions allow digital activities during the pandemic",
  },
  "A4.3|D2020": {
    sv: "Ny leverantör av armaturer; överskridandet rapporteras till trafiknämnden",
    en: "A new supplier of light fittings; the overrun is reported to the Public Transport Committee",
  },
  "A7.2|D2020": {
    sv: "Införandet återupptas på två enheter i taget när bemanningen tillåter",
    en: "Roll-out resumes two units at a time when staffing allows",
  },
  "A3.2|H2020": {
    sv: "Kulturnämnden beslutar om förlängning till juni 2021",
    en: "The Culture Committee decides on an extension to June 2021",
  },
  "A4.3|H2020": {
    sv: "Överskridandet täcks inom trafiknämndens ram; ingen ytterligare åtgärd",
    en: "The overrun is covered within the committee's budget; no further action",
  },
  "A7.2|H2020": {
    sv: "Slutförs under våren 2021; följs upp i nästa plan",
    en: "Completed in spring 2021; followed up in the next plan",
  },
  "M1|H2018": {
    sv: "Valberedningarna får könsuppdelad statistik inför varje fyllnadsval",
    en: "The nomination committees get sex-disaggregated statistics before every by-election",
  },
  "M6|D2020": {
    sv: "Tidiga rehabiliteringssamtal vid upprepad korttidsfrånvaro på de mest drabbade enheterna",
    en: "Early rehabilitation talks on repeated short-term absence at the units most affected",
  },
  "M6|H2020": {
    sv: "Arbetsmiljöinsatser för vårdpersonal efter pandemin; uppföljning varje kvartal",
    en: "Work environment measures for care staff after the pandemic; followed up every quarter",
  },
};

/** The action of a row, or null. */
export function actionOf(id: string, period: PeriodKey): Bilingual | null {
  return ACTIONS[`${id}|${period}`] ?? null;
}

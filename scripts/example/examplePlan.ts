/**
 * The example plan's facts, prioritised articles and goals: a fictional region,
 * "Region Vättersund", whose 2018–2020 plan follows the shape of a real regional
 * plan (five prioritised articles: 2, 5, 11, 14 and 22).
 */
import type { ExampleFacts, ExampleGoal, ExamplePriority } from "./exampleTypes";

export const FACTS: ExampleFacts = {
  organisation: { sv: "Region Vättersund", en: "Region Vättersund" },
  planName: {
    sv: "Handlingsplan för jämställdhet 2018–2020",
    en: "Gender Equality Action Plan 2018–2020",
  },
  signed: "2016-03-15",
  // Within the Charter's two years of the signing (deadline 2018-03-15).
  adopted: "2017-11-20",
  periodStart: "2018-01-01",
  periodEnd: "2020-12-31",
  charterVersion: 2006,
};

export const PRIORITIES: readonly ExamplePriority[] = [
  {
    article: 2,
    rationale: {
      sv: "Kvinnor är underrepresenterade bland ordförande i regionens nämnder och styrelser, och förtroendevalda med små barn lämnar sina uppdrag oftare.",
      en: "Women are under-represented among the chairs of the region's committees and boards, and elected members with young children leave office more often.",
    },
  },
  {
    article: 5,
    rationale: {
      sv: "Regionen når många invånare genom föreningar och trafikföretag; bidrag och avtal ska bidra till jämställdhet.",
      en: "The region reaches many residents through associations and transport operators; grants and contracts should further equality.",
    },
  },
  {
    article: 11,
    rationale: {
      sv: "Regionen är länets största arbetsgivare; kvinnor har lägre löner, oftare deltid och högre sjukfrånvaro än män.",
      en: "The region is the county's largest employer; women earn less, work part time more often and have higher sick leave than men.",
    },
  },
  {
    article: 14,
    rationale: {
      sv: "Könsuppdelad statistik visar skillnader i väntetider och behandling mellan kvinnor och män som inte kan förklaras medicinskt.",
      en: "Sex-disaggregated statistics show differences in waiting times and treatment between women and men that medical reasons do not explain.",
    },
  },
  {
    article: 22,
    rationale: {
      sv: "Hälso- och sjukvården möter många våldsutsatta men frågar sällan om våld; personalen efterfrågar kunskap och rutiner.",
      en: "Health care meets many victims of violence but seldom asks about it; staff ask for knowledge and routines.",
    },
  },
];

export const GOALS: readonly ExampleGoal[] = [
  {
    id: "M1",
    articles: "2",
    goal: {
      sv: "Jämn könsfördelning bland ordförande och vice ordförande i regionens nämnder och styrelser",
      en: "A balance of women and men among the chairs and vice-chairs of the region's committees and boards",
    },
    indicator: {
      sv: "Andel kvinnor respektive män bland ordförande och vice ordförande",
      en: "Share of women and of men among chairs and vice-chairs",
    },
    unit: { sv: "%", en: "%" },
    baseline: 28,
    target: 10,
    direction: "closeGap",
    responsible: "board",
  },
  {
    id: "M2",
    articles: "2",
    goal: {
      sv: "Förtroendeuppdrag ska gå att förena med arbete och familjeliv",
      en: "Holding elected office should be compatible with work and family life",
    },
    indicator: {
      sv: "Andel förtroendevalda som anser att uppdraget går att förena med arbete och familjeliv",
      en: "Share of elected members who find their office compatible with work and family life",
    },
    unit: { sv: "%", en: "%" },
    baseline: 58,
    target: 75,
    direction: "increase",
    responsible: "board",
  },
  {
    id: "M3",
    articles: "5",
    goal: {
      sv: "Kulturverksamhet som regionen ger bidrag till ska nå flickor och pojkar på lika villkor",
      en: "Cultural activities funded by the region should reach girls and boys on equal terms",
    },
    indicator: {
      sv: "Andel flickor respektive pojkar bland deltagarna i bidragsfinansierad kulturverksamhet för unga",
      en: "Share of girls and of boys among participants in grant-funded cultural activities for young people",
    },
    unit: { sv: "%", en: "%" },
    baseline: 24,
    target: 10,
    direction: "closeGap",
    responsible: "culture",
  },
  {
    id: "M4",
    articles: "5",
    goal: {
      sv: "Kvinnor och män ska känna sig lika trygga i kollektivtrafiken",
      en: "Women and men should feel equally safe on public transport",
    },
    indicator: {
      sv: "Andel resenärer som känner sig trygga i kollektivtrafiken kvällstid",
      en: "Share of passengers who feel safe on public transport in the evening",
    },
    unit: { sv: "%", en: "%" },
    baseline: 22,
    target: 10,
    direction: "closeGap",
    responsible: "transport",
  },
  {
    id: "M5",
    articles: "11",
    goal: {
      sv: "Inga osakliga löneskillnader mellan kvinnor och män",
      en: "No unjustified pay differences between women and men",
    },
    indicator: { sv: "Medianlön per månad", en: "Median monthly pay" },
    unit: { sv: "kr", en: "SEK" },
    baseline: 3500,
    target: 2000,
    direction: "closeGap",
    responsible: "hr",
  },
  {
    id: "M6",
    articles: "11",
    goal: {
      sv: "Minskad sjukfrånvaro, särskilt bland kvinnor",
      en: "Lower sick leave, especially among women",
    },
    indicator: {
      sv: "Sjukfrånvaro i procent av ordinarie arbetstid",
      en: "Sick leave as a share of contracted working time",
    },
    unit: { sv: "%", en: "%" },
    baseline: 6.9,
    target: 5.5,
    direction: "decrease",
    responsible: "hr",
  },
  {
    id: "M7",
    articles: "11",
    goal: {
      sv: "Heltid ska vara norm för alla anställda",
      en: "Full time should be the norm for all employees",
    },
    indicator: {
      sv: "Andel tillsvidareanställda som arbetar heltid",
      en: "Share of permanent employees working full time",
    },
    unit: { sv: "%", en: "%" },
    baseline: 71,
    target: 85,
    direction: "increase",
    responsible: "hr",
  },
  {
    id: "M8",
    articles: "14",
    goal: {
      sv: "Kvinnor och män ska vänta lika länge på första besök i specialiserad vård",
      en: "Women and men should wait equally long for a first visit to specialist care",
    },
    indicator: {
      sv: "Mediantid från remiss till första besök",
      en: "Median time from referral to first visit",
    },
    unit: { sv: "dagar", en: "days" },
    baseline: 7,
    target: 2,
    direction: "closeGap",
    responsible: "health",
  },
  {
    id: "M9",
    articles: "14",
    goal: {
      sv: "Kvinnor och män med hjärtinfarkt ska få likvärdig behandling",
      en: "Women and men with a heart attack should receive equal treatment",
    },
    indicator: {
      sv: "Andel patienter med hjärtinfarkt som får kranskärlsröntgen inom tre dagar",
      en: "Share of heart attack patients who receive a coronary angiography within three days",
    },
    unit: { sv: "%", en: "%" },
    baseline: 11,
    target: 3,
    direction: "closeGap",
    responsible: "health",
  },
  {
    id: "M10",
    articles: "22",
    goal: {
      sv: "Personalen i hälso- och sjukvården ska ha kunskap om våld i nära relationer",
      en: "Health care staff should know about violence in close relationships",
    },
    indicator: {
      sv: "Andel medarbetare i hälso- och sjukvården som genomgått utbildning om våld i nära relationer",
      en: "Share of health care staff who have completed training on violence in close relationships",
    },
    unit: { sv: "%", en: "%" },
    baseline: 12,
    target: 80,
    direction: "increase",
    responsible: "health",
  },
];

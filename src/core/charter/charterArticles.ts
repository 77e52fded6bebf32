/**
 * The Charter's articles and areas of competence as data (docs/domain.md "The Charter").
 * Titles that no published source confirmed are kept with `verified` false, so
 * that the product shows a neutral label instead of a guess.
 */
import type { Bilingual } from "../language";
import type { CharterVersion } from "../plan";

export type AreaId =
  | "democratic"
  | "political"
  | "framework"
  | "employer"
  | "procurement"
  | "service"
  | "planning"
  | "regulator"
  | "twinning"
  | "update2022";

/** An area of competence (Part III) and the articles it spans, both ends included. */
export type Area = {
  readonly id: AreaId;
  readonly sv: string;
  readonly en: string;
  readonly first: number;
  readonly last: number;
};

export type Article = {
  readonly number: number;
  readonly area: AreaId;
  /** The title; where `verified` is false for a language, a working translation or neutral label. */
  readonly title: Bilingual;
  /** Whether the title in each language was seen in a published source (or the Charter text). */
  readonly verified: { readonly sv: boolean; readonly en: boolean };
  /** The Charter text the article first appears in. */
  readonly since: CharterVersion;
};

/**
 * The areas in article order. The 2022 articles form an extra section after
 * Article 30; no Swedish text exists, so both names are neutral labels.
 */
export const AREAS: readonly Area[] = [
  { id: "democratic", sv: "Demokratiskt ansvar", en: "Democratic accountability", first: 1, last: 1 },
  { id: "political", sv: "Den politiska rollen", en: "The political role", first: 2, last: 7 },
  {
    id: "framework",
    sv: "Allmän ram för jämställdhet",
    en: "General framework for equality",
    first: 8,
    last: 10,
  },
  { id: "employer", sv: "Arbetsgivarrollen", en: "The employer role", first: 11, last: 11 },
  {
    id: "procurement",
    sv: "Upphandling av varor och tjänster",
    en: "Public procurement and contracts",
    first: 12,
    last: 12,
  },
  { id: "service", sv: "Rollen som tjänsteleverantör", en: "The service delivery role", first: 13, last: 23 },
  {
    id: "planning",
    sv: "Planering och hållbar utveckling",
    en: "Planning and sustainable development",
    first: 24,
    last: 28,
  },
  { id: "regulator", sv: "Rollen som reglerande instans", en: "The regulator role", first: 29, last: 29 },
  {
    id: "twinning",
    sv: "Vänortssamarbete och internationellt samarbete",
    en: "Twinning and international co-operation",
    first: 30,
    last: 30,
  },
  { id: "update2022", sv: "Artikel 31–39 (2022)", en: "Articles 31–39 (2022)", first: 31, last: 39 },
];

/** [number, English title, Swedish title, Swedish title verified] for the 2006 text. */
const ARTICLES_2006: readonly (readonly [number, string, string, boolean])[] = [
  [1, "Democratic accountability", "Rätten till jämställdhet", true],
  [2, "Political representation", "Politisk representation", true],
  [3, "Participation in political and civic life", "Deltagande i politik och samhälle", true],
  [4, "Public commitment for equality", "Offentligt ställningstagande för jämställdhet", true],
  [5, "Working with partners to promote equality", "Arbeta med samarbetspartners", true],
  [6, "Countering stereotypes", "Bekämpa stereotyper", true],
  [7, "Good administration and consultation", "God förvaltning och samråd", true],
  [8, "General commitment", "Allmänt åtagande", true],
  [9, "Gender assessment", "Jämställdhetsanalyser", true],
  [10, "Multiple discrimination or disadvantage", "Flerfaldig diskriminering eller missgynnanden", true],
  [11, "The employer role", "Alla aspekter av anställning", true],
  [12, "Public procurement and contracts", "Ansvar i alla led", true],
  [13, "Education and lifelong learning", "Utbildning och livslångt lärande", true],
  [14, "Health", "Hälsa", true],
  [15, "Social care and services", "Social omsorg och sociala tjänster", true],
  [16, "Childcare", "Barnomsorg", true],
  [17, "Care of other dependants", "Vård av andra anhöriga", true],
  [18, "Social inclusion", "Social integration", true],
  [19, "Housing", "Bostäder", true],
  [20, "Culture, sport and recreation", "Kultur, idrott och fritid", true],
  [21, "Safety and security", "Säkerhet och trygghet", true],
  [22, "Gender-based violence", "Könsrelaterat våld", true],
  // From here on no published Swedish title was found: working translations only.
  [23, "Human trafficking", "Människohandel", false],
  [24, "Sustainable development", "Hållbar utveckling", false],
  [25, "Urban and local planning", "Stads- och samhällsplanering", false],
  [26, "Mobility and transport", "Rörlighet och transporter", false],
  [27, "Economic development", "Ekonomisk utveckling", false],
  [28, "Environment", "Miljö", false],
  [29, "Local government as regulator", "Rollen som reglerande instans", false],
  [30, "Twinning and international co-operation", "Vänortssamarbete och internationellt samarbete", false],
];

/** The neutral label of an article number: "Artikel 31" / "Article 31". */
export function neutralArticleLabel(n: number): Bilingual {
  return { sv: `Artikel ${n}`, en: `Article ${n}` };
}

function areaIdOf(n: number): AreaId {
  const area = AREAS.find((a) => n >= a.first && n <= a.last);
  if (!area) throw new Error(`No area for article ${n}`);
  return area.id;
}

const OLD: readonly Article[] = ARTICLES_2006.map(([number, en, sv, svVerified]) => ({
  number,
  area: areaIdOf(number),
  title: { sv, en },
  verified: { sv: svVerified, en: true },
  since: 2006,
}));

// Which of the nine 2022 topics is which article number is unconfirmed, so the
// titles are the neutral labels themselves (see UPDATE_2022_TOPICS).
const NEW: readonly Article[] = Array.from({ length: 9 }, (_, i) => {
  const number = 31 + i;
  return {
    number,
    area: "update2022" as const,
    title: neutralArticleLabel(number),
    verified: { sv: false, en: false },
    since: 2022 as const,
  };
});

/** All 39 articles in number order. */
export const ARTICLES: readonly Article[] = [...OLD, ...NEW];

/**
 * The nine topics of the December 2022 update in CEMR's news order, which is not
 * known to be article order; English only, as no Swedish text exists.
 */
export const UPDATE_2022_TOPICS: readonly string[] = [
  "Sustainable development",
  "Cyber violence",
  "Violence against elected representatives",
  "Intersectionality",
  "Flexible working",
  "Digital inclusion",
  "Sexual and reproductive health and rights",
  "Climate change",
  "Gender-responsive civil preparedness and emergency response",
];

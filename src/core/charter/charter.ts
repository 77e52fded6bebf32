/**
 * The CEMR Charter (European Charter for Equality of Women and Men in Local Life)
 * as data: the six principles of Part I and the articles of Part III by area of
 * competence, in the 2006 text (30 articles) and the December 2022 update (39).
 */
import { AREAS, ARTICLES, neutralArticleLabel, type Area, type Article } from "./charterArticles";
import type { Lang } from "../language";
import type { CharterVersion } from "../plan";

export { AREAS, ARTICLES, UPDATE_2022_TOPICS } from "./charterArticles";
export type { Area, AreaId, Article } from "./charterArticles";

/** A principle of Part I in the 2006 and 2022 English wording and the Swedish short form. */
export type Principle = {
  readonly number: number;
  readonly en2006: string;
  readonly en2022: string;
  readonly sv: string;
};

/** The six principles (docs/domain.md "The Charter"). */
export const PRINCIPLES: readonly Principle[] = [
  {
    number: 1,
    en2006: "Equality of women and men is a fundamental right",
    en2022: "Equality of women and men constitutes a fundamental right",
    sv: "Jämställdhet är en grundläggande rättighet",
  },
  {
    number: 2,
    en2006: "Multiple discrimination and disadvantage must be addressed",
    en2022: "Multiple and intersecting forms of discrimination and disadvantage must be addressed",
    sv: "Bekämpa flerfaldig diskriminering och missgynnanden",
  },
  {
    number: 3,
    en2006: "Balanced participation of women and men in decision-making is a prerequisite of democracy",
    en2022: "Balanced participation and representation in decision-making is a precondition of democracy",
    sv: "Representativ fördelning i beslutsfattande",
  },
  {
    number: 4,
    en2006: "Eliminating gender stereotypes is fundamental",
    en2022: "Eliminating gender stereotypes is fundamental",
    sv: "Avskaffa stereotypa uppfattningar om kön",
  },
  {
    number: 5,
    en2006: "Integrating the gender perspective into all activities is necessary",
    en2022:
      "Integrating the gender perspective into all local and regional government activity is indispensable",
    sv: "Jämställdhetsintegrering av alla verksamheter",
  },
  {
    number: 6,
    en2006: "Properly resourced action plans and programmes are necessary tools",
    en2022: "Properly conceived and funded action plans and programmes are essential",
    sv: "Tillräcklig finansiering av handlingsplaner och program",
  },
];

/** How many articles a Charter version has: 30 in the 2006 text, 39 since December 2022. */
export function articleCount(version: CharterVersion): number {
  return version === 2022 ? 39 : 30;
}

/** The articles of a Charter version, in number order. */
export function articlesOf(version: CharterVersion): readonly Article[] {
  return ARTICLES.slice(0, articleCount(version));
}

/** True when `n` is an article number of the given Charter version. */
export function isArticleOf(n: number, version: CharterVersion): boolean {
  return Number.isInteger(n) && n >= 1 && n <= articleCount(version);
}

/** The article of a number, or null when the Charter has no such article. */
export function articleOf(n: number): Article | null {
  return ARTICLES.find((a) => a.number === n) ?? null;
}

/**
 * An article's title in a language; the neutral label ("Artikel 23", "Article 31")
 * where that title is unverified or the number is no article, rather than a guess.
 */
export function articleTitle(n: number, lang: Lang): string {
  const article = articleOf(n);
  if (article && article.verified[lang]) return article.title[lang];
  return neutralArticleLabel(n)[lang];
}

/** The area of competence an article belongs to, or null when there is no such article. */
export function areaOf(n: number): Area | null {
  if (!articleOf(n)) return null;
  return AREAS.find((a) => n >= a.first && n <= a.last) ?? null;
}

/** The CEMR Charter as data: its areas and articles in the 2006 and 2022 texts, and their titles. */
export {
  AREAS,
  areaOf,
  articleCount,
  articlesOf,
  articleTitle,
  isArticleOf,
  type Area,
  type AreaId,
  type Article,
} from "./charter";

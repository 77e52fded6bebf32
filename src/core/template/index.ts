/**
 * What setting up a plan workbook writes, renderer-neutral: the tables' templates, their look,
 * the hidden lists, the columns added to a user's tables, and the protection of a hand-out.
 */
export { type ColumnsNotAdded, type LaterColumns, laterColumns } from "./laterColumns";
export {
  listNameOf,
  listsTemplate,
  listsTemplateFor,
  planTemplate,
  planTemplates,
  type TemplateOptions,
} from "./planTemplate";
export type { SheetProtection } from "./protection.types";
export {
  type ColourRule,
  type ColumnAddition,
  type ListColumn,
  type ListsTemplate,
  type TableTemplate,
  type ValidationSource,
} from "./template.types";

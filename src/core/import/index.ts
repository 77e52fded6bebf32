/** Import of a loose list (docs/import.md): the module's public names in one place. */
export { importList, importText, PASTED_TEXT_SHEET } from "./importList";
export { importJson } from "./importOutput";
export {
  blockerText,
  importBlocker,
  lineCounts,
  placeText,
  readingText,
  type ImportBlocker,
} from "./importVerdict";
export {
  parseTimeframe,
  readTimeframe,
  type PlanPeriod,
  type TimeframeDates,
  type TimeframeKind,
} from "./parseTimeframe";
export {
  recogniseColumns,
  headerMeaning,
  IMPORT_MEANINGS,
  type ColumnMapping,
  type HeaderColumn,
  type ImportMeaning,
  type RecognisedColumns,
} from "./recogniseColumns";
export type * from "./import.types";
export { importableSheets, isPlanSheet, sourceRange } from "./sourceSheets";

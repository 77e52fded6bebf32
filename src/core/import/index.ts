/** Import of a loose list (docs/import.md): the module's public names in one place. */
export { importList, importText } from "./importList";
export { importJson } from "./importOutput";
export { blockerText, importBlocker, lineCounts, placeText, readingText } from "./importVerdict";
export {
  IMPORT_MEANINGS,
  type ColumnMapping,
  type HeaderColumn,
  type ImportMeaning,
} from "./recogniseColumns";
export type { ImportOptions, NotUnderstoodReason, ImportResult } from "./import.types";
export { importableSheets, sourceRange } from "./sourceSheets";

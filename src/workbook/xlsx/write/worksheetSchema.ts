/**
 * What the writer needs of the worksheet part's schema (CT_Worksheet): its
 * namespace, the order its children must come in (Excel repairs a part whose
 * elements are out of order) and the empty part a new sheet starts from.
 */
import { NS } from "./partTypes";
import { XML_DECLARATION } from "./xmlText";

export const SML = NS.sml;

/** The expanded name (`{uri}local`) of a SpreadsheetML element. */
export const sml = (local: string): string => `{${SML}}${local}`;

/** CT_Worksheet's children in schema order. */
const ORDER = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

const RANK = new Map(ORDER.map((n, i) => [n, i]));

/** A child's place in CT_Worksheet's order (-1 for an element the schema does not list there). */
export function rankOf(local: string): number {
  return RANK.get(local) ?? -1;
}

/** An empty worksheet part. */
export function emptySheetXml(): string {
  return `${XML_DECLARATION}<worksheet xmlns="${SML}" xmlns:r="${NS.r}"><sheetData/></worksheet>`;
}

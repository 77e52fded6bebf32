/**
 * What the writer needs of the worksheet part's schema (CT_Worksheet): the place of
 * each child in its order (src/workbook/ooxml/elementOrder.ts; Excel repairs a part
 * whose elements are out of order) and the empty part a new sheet starts from.
 */
import { NS_R, NS_SML, WORKSHEET_ORDER } from "../../ooxml";
import { XML_DECLARATION } from "./xmlText";

const RANK = new Map(WORKSHEET_ORDER.map((n, i) => [n, i]));

/** A child's place in CT_Worksheet's order (-1 for an element the schema does not list there). */
export function rankOf(local: string): number {
  return RANK.get(local) ?? -1;
}

/** An empty worksheet part. */
export function emptySheetXml(): string {
  return `${XML_DECLARATION}<worksheet xmlns="${NS_SML}" xmlns:r="${NS_R}"><sheetData/></worksheet>`;
}

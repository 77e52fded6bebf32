/** Feature detection: the add-in requires ExcelApi 1.9; newer calls only where the host has them. */

/** The requirement set the manifest declares. */
export const REQUIRED_EXCEL_API = "1.9";

/** True when the host supports ExcelApi `version` (false outside Office, e.g. in tests without it). */
export function supportsExcelApi(version: string): boolean {
  if (typeof Office === "undefined") return false;
  return Office.context?.requirements?.isSetSupported("ExcelApi", version) === true;
}

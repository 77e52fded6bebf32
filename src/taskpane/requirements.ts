/**
 * The Excel API requirement set the add-in needs; manifest.xml declares the same
 * (a test checks). Newer APIs are used only behind isSetSupported.
 */
export const REQUIRED_EXCEL_API = { set: "ExcelApi", version: "1.9" } as const;

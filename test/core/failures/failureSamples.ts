/** One failure of every code (and of every reason a file cannot be used), for the tests that walk them all. */
import { EXCEL_REFUSAL_CODES } from "../../../src/core/failures/excelRefusals";
import type { FailureCode, FailureOf, FileReason } from "../../../src/core/failures/failures";

const FILE_REASONS: readonly FileReason[] = [
  "empty",
  "notXlsx",
  "xls",
  "ods",
  "xlsb",
  "encrypted",
  "truncated",
  "corrupt",
  "encoding",
  "tooLarge",
];

/** Every code with the cases its text distinguishes; the type makes sure no code is left out. */
export const FAILURE_SAMPLES: { readonly [C in FailureCode]: readonly FailureOf<C>[] } = {
  sheetHasData: [{ code: "sheetHasData", target: "Mål" }],
  tableExists: [{ code: "tableExists", target: "Goals" }],
  nameTaken: [{ code: "nameTaken", target: "Goals" }],
  tableNameTaken: [{ code: "tableNameTaken", target: "CEMR_Status" }],
  tableMissing: [{ code: "tableMissing", target: "FollowUp" }],
  cellsNotEmpty: [{ code: "cellsNotEmpty", target: "Activities" }],
  sheetExists: [{ code: "sheetExists", target: "Årsbokslut 2024" }],
  sheetProtected: [{ code: "sheetProtected", target: "Uppföljning" }],
  workbookProtected: [
    { code: "workbookProtected", target: "Plan" },
    { code: "workbookProtected", target: "" },
  ],
  sheetNameInvalid: [{ code: "sheetNameInvalid", target: "Delår: 2024" }],
  cellHasFormula: [{ code: "cellHasFormula", target: "Uppföljning!D7" }],
  tooManyCells: [{ code: "tooManyCells", target: "Blad1" }],
  date1904: [{ code: "date1904", target: "" }],
  payloadTooLarge: [{ code: "payloadTooLarge", target: "Årsbokslut 2024" }],
  fileUnreadable: [
    ...FILE_REASONS.map((reason) => ({ code: "fileUnreadable" as const, reason, part: null })),
    { code: "fileUnreadable", reason: "corrupt", part: "xl/worksheets/sheet2.xml" },
    { code: "fileUnreadable", reason: "encoding", part: "xl/sharedStrings.xml" },
    { code: "fileUnreadable", reason: "truncated", part: null, file: "Kulturnämnden.xlsx" },
  ],
  unknownPeriod: [
    { code: "unknownPeriod", period: "Tertial 2", periods: ["Delår 2024", "Helår 2024"] },
    { code: "unknownPeriod", period: "Tertial 2", periods: [] },
  ],
  sheetNotFound: [
    { code: "sheetNotFound", sheet: "Blad9" },
    { code: "sheetNotFound", sheet: "Blad9", file: "plan.xlsx" },
  ],
  noSource: [{ code: "noSource" }, { code: "noSource", file: "plan.xlsx" }],
  noSelection: [{ code: "noSelection" }],
  notATable: [{ code: "notATable", table: "Goals", sheet: "Mål" }],
  idsTaken: [{ code: "idsTaken", ids: ["M1", "A1.1"] }],
  masterChanged: [{ code: "masterChanged", ids: ["A2"] }],
  excelRefused: [
    ...EXCEL_REFUSAL_CODES.map((reason) => ({ code: "excelRefused" as const, reason, excelCode: reason })),
    { code: "excelRefused", reason: "other", excelCode: "SomethingNew" },
    {
      code: "excelRefused",
      reason: "InsertDeleteConflict",
      excelCode: "InsertDeleteConflict",
      table: "FollowUp",
      target: "Mine",
    },
  ],
};

/** English words that must never reach a Swedish surface. */
export const ENGLISH =
  /\b(the|is|are|and|not|no|has|have|holds|cannot|was|were|written|sheet|table|file|workbook|try|again|period|rows?)\b/i;

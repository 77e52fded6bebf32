/**
 * The floor under both adapters (office/ and xlsx/), which never import each other:
 * what they decide alike and is no part of the domain. Pure rules both adapters
 * render live in the core (sheet-name equality in src/core/cells/sheetNames.ts, the
 * product's marker and the print policy in src/core/style); the OOXML vocabulary
 * the file writers share is src/workbook/ooxml/.
 */
export { WorkbookWriteError, type WorkbookWriteReason } from "./writeError";

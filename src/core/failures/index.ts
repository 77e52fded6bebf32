/**
 * Why an action could not be done, as data (codes and what they name), with one text per code
 * in both languages, and Excel's own refusals.
 */
export { type ExcelRefusal, excelRefusalOf } from "./excelRefusals";
export { asSentence, capitalised, failureText } from "./failureTexts";
export {
  type ExcelLimit,
  type Failure,
  type FailureCode,
  FailureError,
  type FailureOf,
  failureOf,
  type FileReason,
  notATable,
  type UnknownPeriod,
  unknownPeriod,
  type WriteRefusal,
} from "./failures";

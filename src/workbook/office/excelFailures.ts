/**
 * Excel's refusals as the product's failures: an error Excel (or Office.js) throws
 * with a code becomes a FailureError whose text says what to do in the user's
 * language (src/core/failures/excelRefusals.ts). Failures the adapter raised itself pass
 * through, and so does anything without a code (a bug, shown as it is).
 */
import { excelRefusalOf } from "../../core/failures";
import { FailureError, failureOf } from "../../core/failures";

/** The code of an OfficeExtension.Error (or anything shaped like one), else null. */
function excelCodeOf(error: unknown): string | null {
  if (typeof error !== "object" || error === null) return null;
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" && code !== "" ? code : null;
}

/** The error as the pane must see it: a failure when Excel gave a code. */
export function asExcelFailure(error: unknown): unknown {
  if (failureOf(error) !== null) return error;
  const code = excelCodeOf(error);
  if (code === null) return error;
  const message = error instanceof Error ? error.message : code;
  return new FailureError({ code: "excelRefused", reason: excelRefusalOf(code), excelCode: code }, message);
}

/** The work's result, or its error as a failure (asExcelFailure). */
export async function withExcelFailures<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    throw asExcelFailure(error);
  }
}

/** Why the adapter refused to write: it never overwrites a user's cells or sheets. */
import { FailureError, type WriteRefusal } from "../../core/failures";

export type WorkbookWriteReason = WriteRefusal;

/** A refused write; `reason` says why and `target` names the sheet or table (core/failures/failures.ts). */
export class WorkbookWriteError extends FailureError {
  readonly reason: WorkbookWriteReason;
  readonly target: string;

  constructor(reason: WorkbookWriteReason, target: string) {
    super({ code: reason, target }, `${reason}: ${target}`);
    this.name = "WorkbookWriteError";
    this.reason = reason;
    this.target = target;
  }
}

/** A reporting round: hand-outs per responsible, and collecting their answers into the master. */
export type {
  AnswerTable,
  AnswerValues,
  Handout,
  AnswerRow,
  FileStatus,
  UnitPreview,
  Conflict,
  CollectPreview,
  CollectDecisions,
  NotApplied,
  CollectRows,
} from "./collect.types";
export { handoutPlans } from "./handoutPlans";
export { handoutTemplates, handoutProtection } from "./handoutTemplates";
export { readIdentity } from "./identity";
export { collectPreview, type ReturnedFile } from "./collectPreview";
export { collectRows } from "./collectRows";
export { collectJson } from "./collectJson";
export { collectText, rowName } from "./collectText";
export { answerWords } from "./answers";
export { answerCells, answerTableInfo, staleRows } from "./masterRows";

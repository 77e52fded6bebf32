/** A reporting round: hand-outs per responsible, and collecting their answers into the master. */
export type * from "./collect.types";
export { handoutPlans } from "./handoutPlans";
export { handoutTemplates, handoutProtection } from "./handoutTemplates";
export { handoutFileName, safeNamePart } from "./fileNames";
export { readIdentity, identityRows, IDENTITY_KEYS, NO_RESPONSIBLE } from "./identity";
export { collectPreview, type ReturnedFile } from "./collectPreview";
export { collectRows } from "./collectRows";
export { collectJson, type CollectJson } from "./collectJson";
export { collectText } from "./collectText";
export { protectedChanges } from "./protectedChanges";
export { answerKey, answerWords, followUpValues, ID_FIELD, indicatorValues, sameValues } from "./answers";
export { answerCells, answerTableInfo, masterRows, staleRows } from "./masterRows";

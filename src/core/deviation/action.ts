/**
 * Whether a deviation has an action (åtgärd): its Åtgärd cell is filled in, or its
 * comment already states one (docs/findings.md "Dates, order and the choices we made"). A comment
 * states an action when it holds one of a few words, kept short on purpose:
 * "åtgärd…" (åtgärd, åtgärder, åtgärdas), "kommer att", "planerar att", "planeras",
 * "ska", "skall", and in English "action", "will", "plan to", "planned".
 */
const ACTION_WORDS =
  /(?<!\p{L})(?:åtgärd\p{L}*|kommer att|planerar att|planeras|ska|skall|actions?|will|plan to|planned)(?!\p{L})/iu;

/** True when a comment states what will be done. @example statesAnAction("Vi kommer att anställa") === true */
export function statesAnAction(comment: string | null): boolean {
  return comment !== null && ACTION_WORDS.test(comment.normalize("NFC"));
}

/** True when a row's Åtgärd is filled in or its comment states an action. */
export function hasAction(row: { readonly action: string | null; readonly comment: string | null }): boolean {
  return (row.action !== null && row.action.trim() !== "") || statesAnAction(row.comment);
}

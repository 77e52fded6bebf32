/**
 * The asynchronous steps of a view's state machine (views/*Machine.ts). A step gets a
 * number when it starts, and its end comes back as an event carrying that number and
 * its outcome, so a machine drops the end of a step the user has since replaced:
 * nothing stale is shown. Pure: the machines are tested without React or a DOM.
 */

import { failureOf, type Failure } from "../core/failures";

/** What an error bar says: a failure (told in its words in the user's language) or a text as it is. */
export type UserMessage = Failure | string;

/** How a step ended: its value, or the message of what went wrong. */
export type Outcome<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: UserMessage };

/** An error's message as the views show it: its failure when it carries one, else its own text. */
export function messageOf(error: unknown): UserMessage {
  return failureOf(error) ?? (error instanceof Error ? error.message : String(error));
}

/** How a promise ended, as an outcome; never rejects. */
export async function outcomeOf<T>(work: Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await work };
  } catch (error) {
    return { ok: false, message: messageOf(error) };
  }
}

/**
 * A failed action's message, in words, with the way out. A failure (core/failures/failures.ts)
 * is told in its text, whose words load only when one is shown (most people never
 * see one, and the task pane's first load stays small); any other message as it is.
 */
import { lazy, Suspense } from "react";
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { Lang } from "../../core/language";
import { uiWords } from "../strings";
import type { UserMessage } from "../steps";

const FailureText = lazy(() => import(/* webpackChunkName: "failure-texts" */ "./FailureText"));

export function ErrorBar({ lang, message }: { readonly lang: Lang; readonly message: UserMessage }) {
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{uiWords(lang)("errorTitle")}</MessageBarTitle>
        {typeof message === "string" ? (
          message
        ) : (
          <Suspense fallback={null}>
            <FailureText lang={lang} failure={message} />
          </Suspense>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}

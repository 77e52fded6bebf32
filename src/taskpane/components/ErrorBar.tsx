/** A failed action's message, in words, with the way out. */
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { Lang } from "../../core/language";
import { errorText } from "../errorText";
import { STRINGS } from "../strings";

export function ErrorBar({ lang, message }: { readonly lang: Lang; readonly message: string }) {
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{STRINGS[lang].errorTitle}</MessageBarTitle>
        {errorText(message, lang)}
      </MessageBarBody>
    </MessageBar>
  );
}

/** The state shown when the pane is opened outside Excel and no file is open. */
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { Lang } from "../../core/language";
import { STRINGS } from "../strings";

export function NotInExcel({ lang }: { readonly lang: Lang }) {
  const s = STRINGS[lang];
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{s.notInExcelTitle}</MessageBarTitle>
        {s.notInExcelBody}
      </MessageBarBody>
    </MessageBar>
  );
}

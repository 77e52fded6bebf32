/** The state shown when there is no workbook to work on: outside Excel, or an Excel too old for the add-in. */
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { Lang } from "../../core/language";
import { STRINGS } from "../strings";

export function NotInExcel({
  lang,
  reason = "outside",
}: {
  readonly lang: Lang;
  readonly reason?: "outside" | "unsupported";
}) {
  const s = STRINGS[lang];
  const outside = reason === "outside";
  return (
    <MessageBar intent={outside ? "info" : "warning"} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{outside ? s.notInExcelTitle : s.unsupportedTitle}</MessageBarTitle>
        {outside ? s.notInExcelBody : s.unsupportedBody}
      </MessageBarBody>
    </MessageBar>
  );
}

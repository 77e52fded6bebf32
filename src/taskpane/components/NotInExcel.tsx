/** The state shown when there is no workbook to work on: outside Excel, or an Excel too old for the add-in. */
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { Lang } from "../../core/language";
import { uiWords } from "../strings";

export function NotInExcel({
  lang,
  reason = "outside",
}: {
  readonly lang: Lang;
  readonly reason?: "outside" | "unsupported";
}) {
  const say = uiWords(lang);
  const outside = reason === "outside";
  return (
    <MessageBar intent={outside ? "info" : "warning"} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{outside ? say("notInExcelTitle") : say("unsupportedTitle")}</MessageBarTitle>
        {outside ? say("notInExcelBody") : say("unsupportedBody")}
      </MessageBarBody>
    </MessageBar>
  );
}

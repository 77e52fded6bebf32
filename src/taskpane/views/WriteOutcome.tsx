/**
 * How writing the follow-up sheet went (SummaryView): under way, written (with a way to
 * go to the sheet), a question before the product's own sheet is replaced, the user's
 * own sheet of that name (never written over), or an error.
 */
import {
  Button,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  ProgressBar,
} from "@fluentui/react-components";
import type { Lang } from "../../core/language";
import { ErrorBar } from "../components/ErrorBar";
import type { Workspace } from "../workspace";
import type { WriteState } from "./summaryMachine";
import { summaryWords } from "./summaryStrings";

export function WriteOutcome({
  lang,
  workspace,
  written,
  onReplace,
}: {
  readonly lang: Lang;
  readonly workspace: Workspace;
  readonly written: WriteState | undefined;
  readonly onReplace: () => void;
}) {
  const say = summaryWords(lang);
  return (
    <>
      {written?.status === "writing" && (
        <Field validationMessage={say("writing")} validationState="none">
          <ProgressBar />
        </Field>
      )}
      {written?.status === "error" && <ErrorBar lang={lang} message={written.message} />}
      {written?.status === "written" && (
        <MessageBar intent="success" role="status" layout="multiline">
          <MessageBarBody>{say("written", { sheet: written.sheet })}</MessageBarBody>
          {workspace.selectCell && (
            <MessageBarActions>
              <Button onClick={() => void workspace.selectCell?.(written.sheet, "A1")}>{say("goTo")}</Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}
      {written?.status === "confirmReplace" && (
        <MessageBar intent="warning" role="alert" layout="multiline">
          <MessageBarBody>{say("confirmReplace")}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={onReplace}>{say("replace")}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {written?.status === "sheetExists" && (
        <ErrorBar lang={lang} message={{ code: "sheetExists", target: written.sheet }} />
      )}
    </>
  );
}

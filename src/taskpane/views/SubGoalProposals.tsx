/**
 * Set-up's proposal of national sub-goals (docs/workbook.md "Writing rules"): on the
 * user's request, the goals without a sub-goal and OUR proposal from their articles;
 * written only when the user confirms, and only into cells still empty
 * (src/app/subGoalProposals.ts). The render of useSubGoalProposals' state.
 */
import {
  Button,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { SetUpResult } from "../../app/setUpPlan";
import type { Lang } from "../../core/language";
import { nationalGoalName } from "../../core/nationalGoals";
import { ErrorBar } from "../components/ErrorBar";
import type { Workspace } from "../workspace";
import { subGoalWords } from "./subGoalStrings";
import { useSubGoalProposals } from "./useSubGoalProposals";

const useStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
});

export type SubGoalProposalsProps = {
  readonly lang: Lang;
  readonly workspace: Workspace;
  /** After the proposals were written: the plan is read again. */
  readonly onWritten: () => void;
};

export function SubGoalProposals({ lang, workspace, onWritten }: SubGoalProposalsProps) {
  const say = subGoalWords(lang);
  const styles = useStyles();
  const {
    state: shown,
    canStart,
    propose,
    confirm,
    addColumns,
  } = useSubGoalProposals(lang, workspace, onWritten);
  return (
    <div className={styles.card} role="group" aria-labelledby="subgoals-title">
      <Subtitle2 as="h3" id="subgoals-title">
        {say("title")}
      </Subtitle2>
      <Text>{say("intro")}</Text>
      {canStart && (
        <div>
          <Button onClick={propose}>{say("propose")}</Button>{" "}
          <Button onClick={addColumns}>{say("addColumns")}</Button>
        </div>
      )}
      {shown.kind === "columns" &&
        columnLines(shown.result, lang).map((line) => <Text key={line}>{line}</Text>)}
      {shown.kind === "busy" && <Text>{say("working")}</Text>}
      {shown.kind === "error" && <ErrorBar lang={lang} message={shown.message} />}
      {shown.kind === "written" && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{say("written", { n: shown.n })}</MessageBarBody>
        </MessageBar>
      )}
      {shown.kind === "proposals" && shown.proposals.length === 0 && <Text>{say("none")}</Text>}
      {shown.kind === "proposals" && shown.proposals.length > 0 && (
        <>
          <ul aria-label={say("title")}>
            {shown.proposals.map((p) => (
              <li key={p.row}>
                {p.goalId}: {p.goals.map((g) => `${g} ${nationalGoalName(g, lang)}`).join("; ")}
              </li>
            ))}
          </ul>
          <Button appearance="primary" onClick={() => confirm(shown.proposals)}>
            {say("confirm")}
          </Button>
        </>
      )}
    </div>
  );
}

/** What adding the new columns did, one line per outcome. */
function columnLines(r: SetUpResult, lang: Lang): string[] {
  const say = subGoalWords(lang);
  const names = (headers: readonly string[]) => headers.map((h) => `«${h}»`).join(", ");
  const added = r.columnsAdded.flatMap((c) => c.headers);
  const lines = added.length > 0 ? [say("columnsAdded", { names: names(added) })] : [];
  for (const n of r.columnsNotAdded)
    lines.push(say("columnsNotAdded", { names: names(n.headers), sheet: n.sheet }));
  return lines.length > 0 ? lines : [say("columnsThere")];
}

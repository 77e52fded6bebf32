/**
 * The Plan view: sets up the plan workbook (only the missing tables) and shows the
 * plan's overview: who signed, the adoption deadline and whether it is met, the plan
 * period and what the plan holds. State and actions: usePlanView.
 */
import {
  Button,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Lang } from "../../core/language";
import { tableSpec } from "../../core/schema";
import { ErrorBar } from "../components/ErrorBar";
import type { Workspace } from "../workspace";
import { planWords } from "./planStrings";
import { PlanFacts } from "./PlanFacts";
import { SetUpForm } from "./SetUpForm";
import { SubGoalProposals } from "./SubGoalProposals";
import { usePlanView } from "./usePlanView";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  row: { display: "flex", justifyContent: "space-between", alignItems: "center" },
});

export type PlanViewProps = { readonly lang: Lang; readonly workspace: Workspace };

export default function PlanView({ lang, workspace }: PlanViewProps) {
  const say = planWords(lang);
  const styles = useStyles();
  const { state, reload, setUpDone } = usePlanView(workspace);
  const { overview, created } = state;

  return (
    <section className={styles.root} aria-labelledby="plan-title">
      <div className={styles.row}>
        <Subtitle2 as="h2" id="plan-title">
          {say("overviewTitle")}
        </Subtitle2>
        <Button appearance="subtle" onClick={reload} disabled={overview.status === "loading"}>
          {say("refresh")}
        </Button>
      </div>
      {overview.status === "loading" && <Spinner size="tiny" label={say("refresh")} />}
      {overview.status === "error" && <ErrorBar lang={lang} message={overview.message} />}
      {overview.status === "ready" && overview.overview.tablesMissing.length > 0 && (
        <SetUpForm
          lang={lang}
          workspace={workspace}
          missing={overview.overview.tablesMissing}
          onDone={setUpDone}
        />
      )}
      {created && (
        <MessageBar intent="success" role="status" layout="multiline">
          <MessageBarBody>
            {created.length > 0
              ? say("created", {
                  n: created.length,
                  tables: created.map((name) => tableSpec(name).sheet[lang]).join(", "),
                })
              : say("nothingToDo")}
          </MessageBarBody>
        </MessageBar>
      )}
      {overview.status === "ready" && <PlanFacts lang={lang} overview={overview.overview} />}
      {overview.status === "ready" && overview.overview.tablesMissing.length === 0 && (
        <SubGoalProposals lang={lang} workspace={workspace} onWritten={reload} />
      )}
    </section>
  );
}

/**
 * The Plan view: sets up the plan workbook (only the missing tables) and shows the
 * plan's overview: who signed, the adoption deadline and whether it is met, the plan
 * period and what the plan holds.
 */
import { useEffect, useState } from "react";
import {
  Button,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { loadPlanOverview } from "../../app/planOverview";
import type { Lang } from "../../core/language";
import type { PlanOverview } from "../../core/planOverview";
import { tableSpec, type TableName } from "../../core/schema";
import { ErrorBar } from "../components/ErrorBar";
import { todayIso } from "../today";
import { useAction } from "../useAction";
import type { Workspace } from "../workspace";
import { PLAN_STRINGS } from "./planStrings";
import { PlanFacts } from "./PlanFacts";
import { SetUpForm } from "./SetUpForm";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  row: { display: "flex", justifyContent: "space-between", alignItems: "center" },
});

export type PlanViewProps = { readonly lang: Lang; readonly workspace: Workspace };

export default function PlanView({ lang, workspace }: PlanViewProps) {
  const s = PLAN_STRINGS[lang];
  const styles = useStyles();
  const [overview, load] = useAction<PlanOverview>();
  const [created, setCreated] = useState<readonly TableName[] | null>(null);
  const reload = () => load(() => workspace.run((port) => loadPlanOverview(port, todayIso())));
  useEffect(() => {
    void reload();
    // Read once when the view opens; the user reloads after editing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [workspace]);

  return (
    <section className={styles.root} aria-labelledby="plan-title">
      <div className={styles.row}>
        <Subtitle2 as="h2" id="plan-title">
          {s.overviewTitle}
        </Subtitle2>
        <Button appearance="subtle" onClick={() => void reload()} disabled={overview.status === "busy"}>
          {s.refresh}
        </Button>
      </div>
      {overview.status === "busy" && <Spinner size="tiny" label={s.refresh} />}
      {overview.status === "error" && <ErrorBar lang={lang} message={overview.message} />}
      {overview.status === "done" && overview.value.tablesMissing.length > 0 && (
        <SetUpForm
          lang={lang}
          workspace={workspace}
          missing={overview.value.tablesMissing}
          onDone={(tables) => {
            setCreated(tables);
            void reload();
          }}
        />
      )}
      {created && (
        <MessageBar intent="success" role="status" layout="multiline">
          <MessageBarBody>
            {created.length > 0
              ? `${s.created} ${created.map((name) => tableSpec(name).sheet[lang]).join(", ")}`
              : s.nothingToDo}
          </MessageBarBody>
        </MessageBar>
      )}
      {overview.status === "done" && <PlanFacts lang={lang} overview={overview.value} />}
    </section>
  );
}

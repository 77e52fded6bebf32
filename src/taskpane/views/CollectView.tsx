/**
 * The Hand-out and collect view: choose a period (the latest passed cut-off first),
 * make one workbook per responsible to download, and collect the returned ones
 * into the open workbook after a preview and the coordinator's confirmation.
 */
import { Spinner, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../../core/language";
import { ErrorBar } from "../components/ErrorBar";
import { PeriodSelect } from "../components/PeriodSelect";
import type { Workspace } from "../workspace";
import { CollectSection } from "./CollectSection";
import { collectWords } from "./collectStrings";
import { HandoutSection } from "./HandoutSection";
import { useCollectView } from "./useCollectView";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

export default function CollectView({
  lang,
  workspace,
}: {
  readonly lang: Lang;
  readonly workspace: Workspace;
}) {
  const say = collectWords(lang);
  const styles = useStyles();
  const { state, choose } = useCollectView(workspace);
  const files = workspace.files;
  return (
    <section className={styles.root} aria-labelledby="collect-view-title">
      <Subtitle2 as="h2" id="collect-view-title">
        {say("title")}
      </Subtitle2>
      <Text>{say("intro")}</Text>
      {!files && <Text role="status">{say("noFiles")}</Text>}
      {state.status === "loading" && <Spinner size="tiny" />}
      {state.status === "error" && <ErrorBar lang={lang} message={state.message} />}
      {state.status === "noPeriods" && <Text>{say("noPeriods")}</Text>}
      {files && state.status === "ready" && (
        <>
          <PeriodSelect lang={lang} periods={state.periods} value={state.period} onChange={choose} />
          {/* Keyed by period: a new period starts afresh, so no list or preview of another period stays on screen. */}
          <HandoutSection
            key={`handout-${state.period}`}
            lang={lang}
            workspace={workspace}
            files={files}
            period={state.period}
          />
          <CollectSection
            key={`collect-${state.period}`}
            lang={lang}
            workspace={workspace}
            files={files}
            period={state.period}
          />
        </>
      )}
    </section>
  );
}

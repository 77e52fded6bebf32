/**
 * Collecting returned hand-outs: the coordinator picks the files, each is opened
 * (a bad file gets its own message and the rest go on), and the preview of the
 * period is shown before anything is written. Each new choice of files starts a
 * new preview and a new confirm step. State and actions: useCollectSection.
 */
import { Spinner, Text, makeStyles, tokens, useId } from "@fluentui/react-components";
import type { Lang } from "../../core/language";
import { ErrorBar } from "../components/ErrorBar";
import type { WorkbookFiles, Workspace } from "../workspace";
import type { BadFile, CollectState } from "./collectMachine";
import { collectWords } from "./collectStrings";
import { CollectConfirm } from "./CollectConfirm";
import { CollectUnits } from "./CollectUnits";
import { useCollectSection } from "./useCollectSection";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/** A file that could not be used, with its reason. */
function BadFileBar({ lang, bad }: { readonly lang: Lang; readonly bad: BadFile }) {
  const message =
    "failure" in bad ? bad.failure : collectWords(lang)("badFile", { file: bad.file, reason: bad.reason });
  return <ErrorBar lang={lang} message={message} />;
}

/** What the chosen files gave: the files that could not be used, then the preview and its confirm step. */
function CollectRead({
  lang,
  workspace,
  read,
}: {
  readonly lang: Lang;
  readonly workspace: Workspace;
  readonly read: Extract<CollectState, { status: "read" }>;
}) {
  const { previewed } = read;
  return (
    <>
      {read.bad.map((b, i) => (
        <BadFileBar key={`${b.file}-${i}`} lang={lang} bad={b} />
      ))}
      {previewed.kind === "nothing" && <Text role="status">{collectWords(lang)("noneRead")}</Text>}
      {previewed.kind === "unknownPeriod" && <ErrorBar lang={lang} message={previewed.unknown} />}
      {previewed.kind === "preview" && (
        <>
          <CollectUnits lang={lang} preview={previewed.preview} />
          {/* Keyed by the choice of files: each choice has a confirm step of its own. */}
          <CollectConfirm key={read.step} lang={lang} workspace={workspace} preview={previewed.preview} />
        </>
      )}
    </>
  );
}

export function CollectSection({
  lang,
  workspace,
  files,
  period,
}: {
  readonly lang: Lang;
  readonly workspace: Workspace;
  readonly files: WorkbookFiles;
  readonly period: string;
}) {
  const say = collectWords(lang);
  const styles = useStyles();
  const { state, canChoose, collect } = useCollectSection(workspace, files, period);
  const inputId = useId("collect-files");
  return (
    <section className={styles.root} aria-labelledby="collect-title">
      <Text as="h3" weight="semibold" id="collect-title">
        {say("collectTitle")}
      </Text>
      <label htmlFor={inputId}>
        <Text weight="semibold">{say("chooseReturned")}</Text>
      </label>
      <input
        id={inputId}
        type="file"
        multiple
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        disabled={!canChoose}
        onChange={(e) => {
          const chosen = [...(e.target.files ?? [])];
          e.target.value = "";
          if (chosen.length > 0) collect(chosen);
        }}
      />
      {state.status === "reading" && <Spinner size="tiny" label={say("reading")} />}
      {state.status === "error" && <ErrorBar lang={lang} message={state.message} />}
      {state.status === "read" && <CollectRead lang={lang} workspace={workspace} read={state} />}
    </section>
  );
}

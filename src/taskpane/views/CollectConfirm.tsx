/**
 * The confirm step of a collect: settle conflicts, decide whether rows the workbook
 * already holds may be replaced, then write. Nothing is written before the button;
 * afterwards the result says what was written and what was not, and why. State and
 * actions: useCollectConfirm.
 */
import {
  Button,
  Checkbox,
  Field,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { type CollectPreview, type CollectRows, collectText, type NotApplied } from "../../core/collect";
import type { Lang } from "../../core/language";
import { ErrorBar } from "../components/ErrorBar";
import type { Workspace } from "../workspace";
import { tableName } from "./answerText";
import { writtenRows } from "./collectConfirmMachine";
import { collectWords, type CollectPhrase } from "./collectStrings";
import { ConflictChoices } from "./ConflictChoices";
import { useCollectConfirm } from "./useCollectConfirm";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  text: { minHeight: "10em" },
});

const REASON: Readonly<Record<NotApplied["reason"], CollectPhrase>> = {
  conflict: "reasonConflict",
  notConfirmed: "reasonNotConfirmed",
  cannotUpdate: "reasonCannotUpdate",
};

/** What the write did: the rows written, then those not written with their reasons. */
function Written({ lang, done }: { readonly lang: Lang; readonly done: CollectRows }) {
  const say = collectWords(lang);
  const written = say("written", { added: done.append.length, replaced: done.update.length });
  const list = done.notApplied
    .map((n) =>
      say("notAppliedRow", { table: tableName(n.table, lang), id: n.id, reason: say(REASON[n.reason]) }),
    )
    .join(", ");
  const notApplied = say("notApplied", { rows: done.notApplied.length, list });
  const cannotUpdate = done.notApplied.filter((n) => n.reason === "cannotUpdate").length;
  return (
    <>
      <MessageBar
        intent={done.notApplied.length > 0 ? "warning" : "success"}
        layout="multiline"
        role="status"
      >
        <MessageBarBody>{done.notApplied.length > 0 ? `${written} ${notApplied}` : written}</MessageBarBody>
      </MessageBar>
      {cannotUpdate > 0 && <ErrorBar lang={lang} message={say("cannotUpdate", { rows: cannotUpdate })} />}
    </>
  );
}

export function CollectConfirm({
  lang,
  workspace,
  preview,
}: {
  readonly lang: Lang;
  readonly workspace: Workspace;
  readonly preview: CollectPreview;
}) {
  const say = collectWords(lang);
  const styles = useStyles();
  const { state, planned, replaceable, canWrite, choose, setReplace, write } = useCollectConfirm(
    workspace,
    preview,
  );
  const done = writtenRows(state);
  return (
    <section className={styles.root} aria-labelledby="collect-confirm">
      <ConflictChoices lang={lang} conflicts={preview.conflicts} chosen={state.chosen} onChoose={choose} />
      <Text as="h4" weight="semibold" id="collect-confirm">
        {say("confirmTitle")}
      </Text>
      {replaceable > 0 && (
        <Checkbox
          checked={state.replace}
          onChange={(_, d) => setReplace(d.checked === true)}
          label={say("replace", { rows: replaceable })}
          disabled={done !== null}
        />
      )}
      <Text>
        {say("planned", {
          added: planned.append.length,
          replaced: planned.update.length,
          waiting: planned.notApplied.length,
        })}
      </Text>
      <div>
        <Button appearance="primary" onClick={write} disabled={!canWrite}>
          {say("write")}
        </Button>
      </div>
      {state.write.status === "writing" && (
        <Field validationMessage={say("writing")} validationState="none">
          <ProgressBar />
        </Field>
      )}
      {state.write.status === "error" && <ErrorBar lang={lang} message={state.write.message} />}
      {done && <Written lang={lang} done={done} />}
      <Field label={say("previewText")}>
        <Textarea
          className={styles.text}
          value={collectText(preview, lang, done ?? undefined)}
          readOnly
          resize="vertical"
        />
      </Field>
    </section>
  );
}

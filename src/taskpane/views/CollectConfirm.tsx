/**
 * The confirm step of a collect: settle conflicts, decide whether rows the workbook
 * already holds may be replaced, then write. Nothing is written before the button;
 * afterwards the result says what was written and what was not, and why.
 */
import { useState } from "react";
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
import { writeCollect } from "../../app/collect";
import {
  type CollectDecisions,
  type CollectPreview,
  collectRows,
  type CollectRows,
  collectText,
  type NotApplied,
} from "../../core/collect";
import type { Lang } from "../../core/language";
import { ErrorBar } from "../components/ErrorBar";
import { useAction } from "../useAction";
import type { Workspace } from "../workspace";
import { tableName } from "./answerText";
import { COLLECT_STRINGS, fillIn, type CollectStrings } from "./collectStrings";
import { ConflictChoices } from "./ConflictChoices";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  text: { minHeight: "10em" },
});

const REASON: Readonly<Record<NotApplied["reason"], keyof CollectStrings>> = {
  conflict: "reasonConflict",
  notConfirmed: "reasonNotConfirmed",
  cannotUpdate: "reasonCannotUpdate",
};

export function CollectConfirm({
  lang,
  workspace,
  preview,
}: {
  readonly lang: Lang;
  readonly workspace: Workspace;
  readonly preview: CollectPreview;
}) {
  const s = COLLECT_STRINGS[lang];
  const styles = useStyles();
  const [chosen, setChosen] = useState<Readonly<Record<string, string>>>({});
  const [replace, setReplace] = useState(false);
  const [written, write] = useAction<CollectRows>();

  const decisions: CollectDecisions = { replace: replace ? "all" : [], choose: chosen };
  const planned = collectRows(preview, decisions);
  // The rows the checkbox would replace: changes not confirmed by a conflict choice.
  const replaceable = collectRows(preview, { choose: chosen }).notApplied.filter(
    (n) => n.reason === "notConfirmed",
  ).length;

  const choose = (key: string, file: string | null) =>
    setChosen((now) => {
      const { [key]: _dropped, ...rest } = now;
      return file === null ? rest : { ...rest, [key]: file };
    });

  const confirm = () => write(() => workspace.run((port) => writeCollect(port, preview, decisions)));

  const done = written.status === "done" ? written.value : null;
  const cannotUpdate = done?.notApplied.filter((n) => n.reason === "cannotUpdate").length ?? 0;
  return (
    <section className={styles.root} aria-labelledby="collect-confirm">
      <ConflictChoices lang={lang} conflicts={preview.conflicts} chosen={chosen} onChoose={choose} />
      <Text as="h4" weight="semibold" id="collect-confirm">
        {s.confirmTitle}
      </Text>
      {replaceable > 0 && (
        <Checkbox
          checked={replace}
          onChange={(_, d) => setReplace(d.checked === true)}
          label={fillIn(s.replace, { rows: replaceable }, lang)}
          disabled={done !== null}
        />
      )}
      <Text>
        {fillIn(
          s.planned,
          {
            added: planned.append.length,
            replaced: planned.update.length,
            waiting: planned.notApplied.length,
          },
          lang,
        )}
      </Text>
      <div>
        <Button
          appearance="primary"
          onClick={() => void confirm()}
          disabled={
            written.status === "busy" || done !== null || planned.append.length + planned.update.length === 0
          }
        >
          {s.write}
        </Button>
      </div>
      {written.status === "busy" && (
        <Field validationMessage={s.writing} validationState="none">
          <ProgressBar />
        </Field>
      )}
      {written.status === "error" && <ErrorBar lang={lang} message={written.message} />}
      {done && (
        <MessageBar
          intent={done.notApplied.length > 0 ? "warning" : "success"}
          layout="multiline"
          role="status"
        >
          <MessageBarBody>
            {fillIn(s.written, { added: done.append.length, replaced: done.update.length }, lang)}
            {done.notApplied.length > 0 && (
              <>
                {" "}
                {fillIn(s.notApplied, { rows: done.notApplied.length }, lang)}{" "}
                {done.notApplied
                  .map((n) => `${tableName(n.table, lang)} ${n.id} (${s[REASON[n.reason]]})`)
                  .join(", ")}
              </>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      {cannotUpdate > 0 && (
        <ErrorBar lang={lang} message={fillIn(s.cannotUpdate, { rows: cannotUpdate }, lang)} />
      )}
      <Field label={s.previewText}>
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

/**
 * Hand-outs of a period: one workbook per responsible, made in one action and kept
 * in the pane as files to hand over one by one or all together: inside Excel each
 * opens as a new workbook for the user to save (files.openInExcel), on the web page
 * each is downloaded. The open workbook is only read. State and actions:
 * useHandoutSection.
 */
import { Button, Field, ProgressBar, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { HandoutFile } from "../../app/handout";
import type { Lang } from "../../core/language";
import { ErrorBar } from "../components/ErrorBar";
import type { WorkbookFiles, Workspace } from "../workspace";
import { collectWords } from "./collectStrings";
import type { HandState } from "./handoutMachine";
import { RowsTable } from "./RowsTable";
import { useHandoutSection, type HandoutSectionState } from "./useHandoutSection";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" },
});

/** How the last files reached the user, or why they did not. */
function Handed({ lang, hand }: { readonly lang: Lang; readonly hand: HandState }) {
  const say = collectWords(lang);
  if (hand.status === "error") return <ErrorBar lang={lang} message={hand.message} />;
  if (hand.status !== "handed") return null;
  const files = hand.names.join(", ");
  return <Text role="status">{say(hand.how === "opened" ? "openedInExcel" : "downloaded", { files })}</Text>;
}

/** The hand-outs made: one row per file with its own button, and one button for them all. */
function HandoutFiles({
  lang,
  list,
  section,
}: {
  readonly lang: Lang;
  readonly list: readonly HandoutFile[];
  readonly section: HandoutSectionState;
}) {
  const say = collectWords(lang);
  const styles = useStyles();
  const { inExcel, canHand, save, saveAll } = section;
  const one = inExcel ? say("openInExcel") : say("download");
  return (
    <>
      <RowsTable
        caption={say("handoutFiles")}
        head={[
          say("colFile"),
          say("colResponsible"),
          say("colActivities"),
          say("colGoals"),
          inExcel ? say("colOpen") : say("colDownload"),
        ]}
        rows={list.map((f) => [
          f.fileName,
          f.label,
          f.activities,
          f.goals,
          <Button
            key="download"
            size="small"
            onClick={() => save(f)}
            disabled={!canHand}
            aria-label={say(inExcel ? "openFileInExcel" : "downloadFile", { file: f.fileName })}
          >
            {one}
          </Button>,
        ])}
      />
      {inExcel && <Text>{say("openHint")}</Text>}
      <div className={styles.row}>
        <Button onClick={() => saveAll(list)} disabled={!canHand}>
          {inExcel ? say("openAllInExcel") : say("downloadAll")}
        </Button>
      </div>
      <Handed lang={lang} hand={section.state.hand} />
    </>
  );
}

export function HandoutSection({
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
  const section = useHandoutSection(workspace, files, period);
  const { made } = section.state;
  return (
    <section className={styles.root} aria-labelledby="handout-title">
      <Text as="h3" weight="semibold" id="handout-title">
        {say("handoutTitle")}
      </Text>
      <div className={styles.row}>
        <Button appearance="primary" onClick={section.make} disabled={!section.canMake}>
          {say("makeHandouts")}
        </Button>
      </div>
      {made.status === "making" && (
        <Field validationMessage={say("making")} validationState="none">
          <ProgressBar {...(made.progress === null ? {} : { value: made.progress })} />
        </Field>
      )}
      {made.status === "error" && <ErrorBar lang={lang} message={made.message} />}
      {made.status === "made" && made.files.length === 0 && <Text>{say("noHandouts")}</Text>}
      {made.status === "made" && made.files.length > 0 && (
        <HandoutFiles lang={lang} list={made.files} section={section} />
      )}
    </section>
  );
}

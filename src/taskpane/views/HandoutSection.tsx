/**
 * Hand-outs of a period: one workbook per responsible, made in one action and kept
 * in the pane as files to hand over one by one or all together: inside Excel each
 * opens as a new workbook for the user to save (files.openInExcel), on the web page
 * each is downloaded. The open workbook is only read.
 */
import { useState } from "react";
import { Button, Field, ProgressBar, Text, makeStyles, tokens } from "@fluentui/react-components";
import { makeHandouts, type HandoutFile } from "../../app/handout";
import type { UnknownPeriod } from "../../core/failures";
import type { Lang } from "../../core/language";
import { ErrorBar } from "../components/ErrorBar";
import { useAction } from "../useAction";
import type { WorkbookFiles, Workspace } from "../workspace";
import { COLLECT_STRINGS } from "./collectStrings";
import { RowsTable } from "./RowsTable";

type Made = { readonly period: string; readonly files: readonly HandoutFile[] } | UnknownPeriod;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" },
});

// Browsers may drop downloads started in the same instant; a short pause keeps each one.
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 200));

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
  const s = COLLECT_STRINGS[lang];
  const styles = useStyles();
  const [made, make] = useAction<Made>();
  const [downloaded, setDownloaded] = useState<string | null>(null);
  const [opened, open] = useAction<{ readonly name: string; readonly how: "opened" | "downloaded" }>();
  const inExcel = files.openInExcel !== undefined;

  const makeAll = () =>
    make(async (progress) => {
      const newWorkbook = await files.newWorkbooks();
      return workspace.run(async (port) => {
        const r = await makeHandouts(port, period, newWorkbook, { progress });
        return r.ok ? { period: r.period, files: r.files } : r;
      });
    });

  const download = (f: HandoutFile) => {
    files.download(f.bytes, f.fileName);
    setDownloaded(f.fileName);
  };
  /** Inside Excel: one new workbook per hand-out, one after the other; a refusal stops the rest. */
  const openAll = (list: readonly HandoutFile[]) =>
    open(async () => {
      let how: "opened" | "downloaded" = "opened";
      for (const f of list) if (files.openInExcel) how = await files.openInExcel(f.bytes, f.fileName);
      return { name: list.map((f) => f.fileName).join(", "), how };
    });
  const save = (f: HandoutFile) => (inExcel ? void openAll([f]) : download(f));
  const saveAll = async (list: readonly HandoutFile[]) => {
    if (inExcel) {
      await openAll(list);
      return;
    }
    for (const [i, f] of list.entries()) {
      if (i > 0) await pause();
      download(f);
    }
  };
  const one = inExcel ? s.openInExcel : s.download;

  const list = made.status === "done" && "files" in made.value ? made.value.files : null;
  return (
    <section className={styles.root} aria-labelledby="handout-title">
      <Text as="h3" weight="semibold" id="handout-title">
        {s.handoutTitle}
      </Text>
      <div className={styles.row}>
        <Button
          appearance="primary"
          onClick={() => void makeAll()}
          disabled={made.status === "busy" || period === ""}
        >
          {s.makeHandouts}
        </Button>
      </div>
      {made.status === "busy" && (
        <Field validationMessage={s.making} validationState="none">
          <ProgressBar {...(made.progress === null ? {} : { value: made.progress })} />
        </Field>
      )}
      {made.status === "error" && <ErrorBar lang={lang} message={made.message} />}
      {made.status === "done" && "code" in made.value && <ErrorBar lang={lang} message={made.value} />}
      {list !== null && list.length === 0 && <Text>{s.noHandouts}</Text>}
      {list !== null && list.length > 0 && (
        <>
          <RowsTable
            caption={s.handoutFiles}
            head={[
              s.colFile,
              s.colResponsible,
              s.colActivities,
              s.colGoals,
              inExcel ? s.colOpen : s.colDownload,
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
                disabled={opened.status === "busy"}
                aria-label={`${one} ${f.fileName}`}
              >
                {one}
              </Button>,
            ])}
          />
          {inExcel && <Text>{s.openHint}</Text>}
          <div className={styles.row}>
            <Button onClick={() => void saveAll(list)} disabled={opened.status === "busy"}>
              {inExcel ? s.openAllInExcel : s.downloadAll}
            </Button>
          </div>
          {downloaded !== null && (
            <Text role="status">
              {s.downloaded} {downloaded}
            </Text>
          )}
          {opened.status === "error" && <ErrorBar lang={lang} message={opened.message} />}
          {opened.status === "done" && (
            <Text role="status">
              {opened.value.how === "opened" ? s.openedInExcel : s.downloaded} {opened.value.name}
            </Text>
          )}
        </>
      )}
    </section>
  );
}

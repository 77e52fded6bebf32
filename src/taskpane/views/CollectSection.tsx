/**
 * Collecting returned hand-outs: the coordinator picks the files, each is opened
 * (a bad file gets its own message and the rest go on), and the preview of the
 * period is shown before anything is written. Each new choice of files starts a
 * new preview and a new confirm step.
 */
import { useState } from "react";
import { Spinner, Text, makeStyles, tokens, useId } from "@fluentui/react-components";
import { previewCollect, type ReturnedWorkbook } from "../../app/collect";
import type { UnknownPeriod } from "../../core/failures";
import type { CollectPreview } from "../../core/collect";
import type { Lang } from "../../core/language";
import { ErrorBar } from "../components/ErrorBar";
import { failureOf } from "../../core/failures";
import { readBytes } from "../readBytes";
import type { UserMessage } from "../steps";
import { useAction } from "../useAction";
import type { WorkbookFiles, Workspace } from "../workspace";
import { COLLECT_STRINGS } from "./collectStrings";
import { CollectConfirm } from "./CollectConfirm";
import { CollectUnits } from "./CollectUnits";

type BadFile = { readonly file: string; readonly message: UserMessage };
type Previewed = { readonly bad: readonly BadFile[] } & (
  { readonly preview: CollectPreview } | { readonly unknown: UnknownPeriod } | { readonly nothing: true }
);

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/** The chosen files opened as workbooks; the ones that cannot be used, each with its reason in words. */
async function openAll(
  lang: Lang,
  files: WorkbookFiles,
  chosen: readonly File[],
): Promise<{ ok: ReturnedWorkbook[]; bad: BadFile[] }> {
  const ok: ReturnedWorkbook[] = [];
  const bad: BadFile[] = [];
  for (const f of chosen) {
    try {
      ok.push({ file: f.name, port: await files.open(await readBytes(f), f.name) });
    } catch (e) {
      const failure = failureOf(e);
      bad.push({
        file: f.name,
        message:
          failure?.code === "fileUnreadable"
            ? { ...failure, file: f.name }
            : `${COLLECT_STRINGS[lang].badFile} ${f.name}: ${e instanceof Error ? e.message : String(e)}`,
      });
    }
  }
  return { ok, bad };
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
  const s = COLLECT_STRINGS[lang];
  const styles = useStyles();
  const [previewed, load] = useAction<Previewed>();
  const [round, setRound] = useState(0);
  const inputId = useId("collect-files");

  const collect = (chosen: readonly File[]) => {
    setRound((n) => n + 1);
    void load(async () => {
      const { ok, bad } = await openAll(lang, files, chosen);
      if (ok.length === 0) return { bad, nothing: true };
      return workspace.run(async (port) => {
        const r = await previewCollect(port, period, ok);
        return r.ok ? { bad, preview: r.preview } : { bad, unknown: r };
      });
    });
  };

  const value = previewed.status === "done" ? previewed.value : null;
  return (
    <section className={styles.root} aria-labelledby="collect-title">
      <Text as="h3" weight="semibold" id="collect-title">
        {s.collectTitle}
      </Text>
      <label htmlFor={inputId}>
        <Text weight="semibold">{s.chooseReturned}</Text>
      </label>
      <input
        id={inputId}
        type="file"
        multiple
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        disabled={period === "" || previewed.status === "busy"}
        onChange={(e) => {
          const chosen = [...(e.target.files ?? [])];
          e.target.value = "";
          if (chosen.length > 0) collect(chosen);
        }}
      />
      {previewed.status === "busy" && <Spinner size="tiny" label={s.reading} />}
      {previewed.status === "error" && <ErrorBar lang={lang} message={previewed.message} />}
      {value?.bad.map((b, i) => (
        <ErrorBar key={`${b.file}-${i}`} lang={lang} message={b.message} />
      ))}
      {value && "nothing" in value && <Text role="status">{s.noneRead}</Text>}
      {value && "unknown" in value && <ErrorBar lang={lang} message={value.unknown} />}
      {value && "preview" in value && (
        <>
          <CollectUnits lang={lang} preview={value.preview} />
          <CollectConfirm key={round} lang={lang} workspace={workspace} preview={value.preview} />
        </>
      )}
    </section>
  );
}

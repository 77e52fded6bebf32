/**
 * The Summary view: choose a period (the latest passed cut-off first), see the key
 * figures and the text (with a copy button), then write the follow-up sheet and go to
 * it. Writing never overwrites a user's sheet; the product's own is replaced only
 * after the user confirms. State and actions: useSummaryView.
 */
import { Suspense, lazy, useState } from "react";
import {
  Button,
  Field,
  Spinner,
  Subtitle2,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Lang } from "../../core/language";
import { sectionHtml, sectionPlainText, type ReportSection } from "../../core/summary";
import { chartImages } from "../chartImage";
import { copyRich } from "../copyText";
import { ErrorBar } from "../components/ErrorBar";
import { PeriodSelect } from "../components/PeriodSelect";
import type { Workspace } from "../workspace";
import { chartWords } from "./chartStrings";
import { KeyFigures } from "./KeyFigures";
import { NationalGoalResults } from "./NationalGoalResults";
import { hasFigures } from "./summaryMachine";
import { summaryWords } from "./summaryStrings";
import { useSummaryView } from "./useSummaryView";
import { WriteOutcome } from "./WriteOutcome";

/** The charts and the chart package load only when a period with figures is shown. */
const FollowUpCharts = lazy(() => import(/* webpackChunkName: "followup-charts" */ "./FollowUpCharts"));

const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  text: { minHeight: "12em" },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

export default function SummaryView({
  lang,
  workspace,
}: {
  readonly lang: Lang;
  readonly workspace: Workspace;
}) {
  const say = summaryWords(lang);
  const styles = useStyles();
  const { state, choose, write, copy } = useSummaryView(lang, workspace);
  const ready = state.status === "ready" ? state : null;
  const preview = ready?.preview;
  const written = ready?.write;
  const [word, setWord] = useState<"making" | "failed" | "copied" | "copyFailed" | null>(null);
  const copyForWord = (section: ReportSection) => {
    void copyRich(sectionHtml(section, chartImages(section)), sectionPlainText(section)).then((ok) =>
      setWord(ok ? "copied" : "copyFailed"),
    );
  };
  const files = workspace.files;
  const downloadWord = (section: ReportSection, sheetName: string) => {
    if (!files?.wordSection) return;
    setWord("making");
    files
      .wordSection(section)
      .then((bytes) => {
        files.download(bytes, `${sheetName}.docx`, DOCX_TYPE);
        setWord(null);
      })
      .catch(() => setWord("failed"));
  };

  return (
    <section className={styles.root} aria-labelledby="summary-title">
      <Subtitle2 as="h2" id="summary-title">
        {say("title")}
      </Subtitle2>
      {state.status === "loading" && <Spinner size="tiny" />}
      {state.status === "error" && <ErrorBar lang={lang} message={state.message} />}
      {state.status === "noPeriods" && <Text>{say("noPeriods")}</Text>}
      {ready && <PeriodSelect lang={lang} periods={ready.periods} value={ready.period} onChange={choose} />}
      {preview?.status === "loading" && <Spinner size="tiny" />}
      {preview?.status === "error" && <ErrorBar lang={lang} message={preview.message} />}
      {preview?.status === "unknownPeriod" && (
        <ErrorBar
          lang={lang}
          message={{ code: "unknownPeriod", period: ready?.period ?? "", periods: preview.periods }}
        />
      )}
      {preview?.status === "ready" && (
        <>
          <Text as="h3" weight="semibold">
            {say("keyFigures")}
          </Text>
          <KeyFigures lang={lang} json={preview.preview.json} />
          <NationalGoalResults lang={lang} json={preview.preview.json} />
          {hasFigures(preview.preview.charts) && (
            <Suspense fallback={<Spinner size="tiny" label={chartWords(lang)("loading")} />}>
              <FollowUpCharts
                lang={lang}
                data={preview.preview.charts}
                currency={preview.preview.json.currency}
              />
            </Suspense>
          )}
          <Field label={say("text")}>
            <Textarea className={styles.text} value={preview.preview.text} readOnly resize="vertical" />
          </Field>
          <div className={styles.row}>
            <Button onClick={copy}>{say("copy")}</Button>
            <Button onClick={() => copyForWord(preview.preview.section)}>{say("wordCopy")}</Button>
            {files?.wordSection && (
              <Button
                disabled={word === "making"}
                onClick={() => downloadWord(preview.preview.section, preview.preview.sheetName)}
              >
                {say("wordDownload")}
              </Button>
            )}
            <Button
              appearance="primary"
              onClick={() => write(false)}
              disabled={written?.status === "writing"}
            >
              {say("write")}
            </Button>
          </div>
          {word === "failed" && <Text role="alert">{say("wordFailed")}</Text>}
          {word === "copied" && <Text role="status">{say("wordCopied")}</Text>}
          {word === "copyFailed" && <Text role="alert">{say("copyFailed")}</Text>}
          {ready && ready.copied !== null && (
            <Text role="status">{ready.copied ? say("copied") : say("copyFailed")}</Text>
          )}
        </>
      )}
      <WriteOutcome lang={lang} workspace={workspace} written={written} onReplace={() => write(true)} />
    </section>
  );
}

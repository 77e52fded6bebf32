/**
 * The Summary view: choose a period (the latest passed cut-off first), see the key
 * figures and the text (with a copy button), then write the follow-up sheet and go to
 * it. Writing never overwrites a user's sheet; the product's own is replaced only
 * after the user confirms.
 */
import { Suspense, lazy, useEffect, useState } from "react";
import {
  Button,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  ProgressBar,
  Select,
  Spinner,
  Subtitle2,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { listSummaryPeriods, type PeriodChoice } from "../../app/summaryPeriods";
import {
  prepareSummary,
  writeSummary,
  type UnknownPeriod,
  type WriteResult,
} from "../../app/summariseWorkbook";
import { FailureError } from "../../core/failures";
import type { Lang } from "../../core/language";
import { summaryChartData, type SummaryChartData } from "../../core/summary/chartData";
import type { SummaryJson } from "../../core/summary/summaryJson";
import { ErrorBar } from "../components/ErrorBar";
import { copyText } from "../copyText";
import { todayIso } from "../today";
import { useAction } from "../useAction";
import type { Workspace } from "../workspace";
import { CHART_STRINGS } from "./chartStrings";
import { KeyFigures } from "./KeyFigures";
import { SUMMARY_STRINGS } from "./summaryStrings";

type Preview =
  | {
      readonly json: SummaryJson;
      readonly text: string;
      readonly sheetName: string;
      /** The figures of the charts, the same as the sheet's chart tables. */
      readonly charts: SummaryChartData;
    }
  | { readonly unknown: UnknownPeriod };

/** The charts and the chart package load only when a period with figures is shown. */
const FollowUpCharts = lazy(() => import(/* webpackChunkName: "followup-charts" */ "./FollowUpCharts"));

const hasFigures = (d: SummaryChartData): boolean =>
  Object.values(d.statusTotal).some((n) => n > 0) || d.gender.length > 0;

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
  const s = SUMMARY_STRINGS[lang];
  const styles = useStyles();
  const today = todayIso();
  const [periods, loadPeriods] = useAction<{ periods: PeriodChoice[]; preselected: string | null }>();
  const [period, setPeriod] = useState<string>("");
  const [preview, loadPreview] = useAction<Preview>();
  const [written, write] = useAction<WriteResult>();
  const [copied, setCopied] = useState<boolean | null>(null);

  const showPreview = (name: string) =>
    loadPreview(() =>
      workspace.run(async (port) => {
        const p = await prepareSummary(port, name, lang, today);
        return p.ok
          ? { json: p.json, text: p.text, sheetName: p.sheetName, charts: summaryChartData(p.summary) }
          : { unknown: p };
      }),
    );

  useEffect(() => {
    void loadPeriods(() => workspace.run((port) => listSummaryPeriods(port, today))).then((r) => {
      if (r?.preselected) {
        setPeriod(r.preselected);
        void showPreview(r.preselected);
      }
    });
    // Load once when the view opens on a workbook; later runs are the user's own actions.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [workspace]);

  const writeSheet = (replace: boolean) =>
    write(() =>
      workspace.run(async (port) => {
        const p = await prepareSummary(port, period, lang, today);
        if (!p.ok) throw new FailureError(p);
        return writeSummary(port, p, { replace });
      }),
    );

  const choose = (name: string) => {
    setPeriod(name);
    setCopied(null);
    void showPreview(name);
  };

  return (
    <section className={styles.root} aria-labelledby="summary-title">
      <Subtitle2 as="h2" id="summary-title">
        {s.title}
      </Subtitle2>
      {periods.status === "busy" && <Spinner size="tiny" />}
      {periods.status === "error" && <ErrorBar lang={lang} message={periods.message} />}
      {periods.status === "done" && periods.value.periods.length === 0 && <Text>{s.noPeriods}</Text>}
      {periods.status === "done" && periods.value.periods.length > 0 && (
        <Field label={s.period}>
          <Select value={period} onChange={(_, d) => choose(d.value)}>
            {periods.value.periods.map((p) => (
              <option key={p.name} value={p.name}>
                {p.name} ({s[p.type]}, {p.cutoff})
              </option>
            ))}
          </Select>
        </Field>
      )}
      {preview.status === "busy" && <Spinner size="tiny" />}
      {preview.status === "error" && <ErrorBar lang={lang} message={preview.message} />}
      {preview.status === "done" && "unknown" in preview.value && (
        <ErrorBar lang={lang} message={preview.value.unknown} />
      )}
      {preview.status === "done" && "json" in preview.value && (
        <>
          <Text as="h3" weight="semibold">
            {s.keyFigures}
          </Text>
          <KeyFigures lang={lang} json={preview.value.json} />
          {hasFigures(preview.value.charts) && (
            <Suspense fallback={<Spinner size="tiny" label={CHART_STRINGS[lang].loading} />}>
              <FollowUpCharts
                lang={lang}
                data={preview.value.charts}
                currency={preview.value.json.currency}
              />
            </Suspense>
          )}
          <Field label={s.text}>
            <Textarea className={styles.text} value={preview.value.text} readOnly resize="vertical" />
          </Field>
          <div className={styles.row}>
            <Button
              onClick={() => {
                if (preview.status === "done" && "text" in preview.value)
                  void copyText(preview.value.text).then(setCopied);
              }}
            >
              {s.copy}
            </Button>
            <Button
              appearance="primary"
              onClick={() => void writeSheet(false)}
              disabled={written.status === "busy"}
            >
              {s.write}
            </Button>
          </div>
          {copied !== null && <Text role="status">{copied ? s.copied : s.copyFailed}</Text>}
        </>
      )}
      {written.status === "busy" && (
        <Field validationMessage={s.writing} validationState="none">
          <ProgressBar />
        </Field>
      )}
      {written.status === "error" && <ErrorBar lang={lang} message={written.message} />}
      {written.status === "done" && written.value.ok && (
        <MessageBar intent="success" role="status" layout="multiline">
          <MessageBarBody>
            {s.written} {written.value.sheet}
          </MessageBarBody>
          {workspace.selectCell && (
            <MessageBarActions>
              <Button
                onClick={() => written.value.ok && void workspace.selectCell?.(written.value.sheet, "A1")}
              >
                {s.goTo}
              </Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}
      {written.status === "done" && !written.value.ok && written.value.code === "confirmReplace" && (
        <MessageBar intent="warning" role="alert" layout="multiline">
          <MessageBarBody>{s.confirmReplace}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => void writeSheet(true)}>{s.replace}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {written.status === "done" && !written.value.ok && written.value.code === "sheetExists" && (
        <ErrorBar lang={lang} message={written.value} />
      )}
    </section>
  );
}

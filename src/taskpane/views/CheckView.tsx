/**
 * The Check view (Granska): a reference date (today, a period's cut-off or another
 * date), the findings grouped and filterable, and the article coverage matrix. Every
 * check reads the workbook afresh, so edits are always seen.
 */
import { Suspense, lazy, useEffect, useState } from "react";
import {
  Button,
  Field,
  Input,
  Select,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { checkWorkbook } from "../../app/checkWorkbook";
import { articleCoverage, type ArticleCoverage } from "../../core/coverage";
import { findingCounts, type SheetFindingCounts } from "../../core/findingCounts";
import { isIsoDate } from "../../core/dates";
import type { Finding } from "../../core/findings.types";
import type { Lang } from "../../core/language";
import { ErrorBar } from "../components/ErrorBar";
import { todayIso } from "../today";
import { useAction } from "../useAction";
import type { Workspace } from "../workspace";
import { CHECK_STRINGS } from "./checkStrings";
import { CoverageMatrix } from "./CoverageMatrix";
import { FindingList } from "./FindingList";

type CheckResult = {
  readonly findings: readonly Finding[];
  /** The figures of the chart above the list. */
  readonly counts: readonly SheetFindingCounts[];
  readonly coverage: readonly ArticleCoverage[];
  readonly periods: readonly { readonly name: string; readonly cutoff: string }[];
};

/** The chart and the chart package load only when there are findings to chart. */
const FindingsChart = lazy(() => import(/* webpackChunkName: "findings-chart" */ "./FindingsChart"));

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  dateRow: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export default function CheckView({
  lang,
  workspace,
}: {
  readonly lang: Lang;
  readonly workspace: Workspace;
}) {
  const s = CHECK_STRINGS[lang];
  const styles = useStyles();
  const today = todayIso();
  const [choice, setChoice] = useState<string>("today");
  const [custom, setCustom] = useState<string>(today);
  const [result, run] = useAction<CheckResult>();
  const periods = result.status === "done" ? result.value.periods : [];
  const refDate = choice === "today" ? today : choice === "custom" ? custom : choice;

  const check = (date: string) =>
    run(() =>
      workspace.run(async (port) => {
        const { plan, findings } = await checkWorkbook(port, date);
        const periodList = plan.periods.rows.flatMap((p) =>
          p.period && p.cutoff ? [{ name: p.period, cutoff: p.cutoff }] : [],
        );
        return {
          findings,
          counts: findingCounts(findings),
          coverage: articleCoverage(plan, lang),
          periods: periodList,
        };
      }),
    );

  useEffect(() => {
    void check(today);
    // Load once when the view opens on a workbook; later runs are the user's own actions.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [workspace]);

  return (
    <section className={styles.root} aria-labelledby="check-title">
      <Subtitle2 as="h2" id="check-title">
        {s.title}
      </Subtitle2>
      <div className={styles.dateRow}>
        <Field label={s.refDate}>
          <Select value={choice} onChange={(_, d) => setChoice(d.value)}>
            <option value="today">
              {s.today} ({today})
            </option>
            {periods.map((p) => (
              <option key={p.name} value={p.cutoff}>
                {p.name} ({p.cutoff})
              </option>
            ))}
            <option value="custom">{s.customDate}</option>
          </Select>
        </Field>
        {choice === "custom" ? (
          <Field label={s.date}>
            <Input type="date" value={custom} onChange={(_, d) => setCustom(d.value)} />
          </Field>
        ) : null}
      </div>
      <Button
        appearance="primary"
        onClick={() => void check(refDate)}
        disabled={result.status === "busy" || !isIsoDate(refDate)}
      >
        {result.status === "idle" ? s.check : s.checkAgain}
      </Button>
      {result.status === "busy" && <Spinner size="tiny" label={s.checking} />}
      {result.status === "error" && <ErrorBar lang={lang} message={result.message} />}
      {result.status === "done" && (
        <>
          {result.value.counts.length > 0 && (
            <Suspense fallback={null}>
              <FindingsChart lang={lang} counts={result.value.counts} />
            </Suspense>
          )}
          <FindingList
            lang={lang}
            findings={result.value.findings}
            onSelect={
              workspace.selectCell
                ? (f) => {
                    if (f.sheet) void workspace.selectCell?.(f.sheet, f.cell ?? "A1");
                  }
                : undefined
            }
          />
          <CoverageMatrix lang={lang} rows={result.value.coverage} />
        </>
      )}
    </section>
  );
}

/**
 * The Check view (Granska): a reference date (today, a period's cut-off or another
 * date), the findings grouped and filterable, and the article coverage matrix. Every
 * check reads the workbook afresh, so edits are always seen. State and actions:
 * useCheckView.
 */
import { Suspense, lazy } from "react";
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
import type { Lang } from "../../core/language";
import { ErrorBar } from "../components/ErrorBar";
import type { Workspace } from "../workspace";
import { checkWords } from "./checkStrings";
import { CoverageMatrix } from "./CoverageMatrix";
import { FindingList } from "./FindingList";
import { useCheckView } from "./useCheckView";

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
  const say = checkWords(lang);
  const styles = useStyles();
  const { state, today, canCheck, chooseDate, typeDate, check, filter } = useCheckView(lang, workspace);
  const { result } = state;

  return (
    <section className={styles.root} aria-labelledby="check-title">
      <Subtitle2 as="h2" id="check-title">
        {say("title")}
      </Subtitle2>
      <div className={styles.dateRow}>
        <Field label={say("refDate")}>
          <Select value={state.choice} onChange={(_, d) => chooseDate(d.value)}>
            <option value="today">{say("today", { date: today })}</option>
            {state.periods.map((p) => (
              <option key={p.name} value={p.cutoff}>
                {p.name} ({p.cutoff})
              </option>
            ))}
            <option value="custom">{say("customDate")}</option>
          </Select>
        </Field>
        {state.choice === "custom" ? (
          <Field label={say("date")}>
            <Input type="date" value={state.custom} onChange={(_, d) => typeDate(d.value)} />
          </Field>
        ) : null}
      </div>
      <Button appearance="primary" onClick={check} disabled={!canCheck}>
        {result.status === "idle" ? say("check") : say("checkAgain")}
      </Button>
      {result.status === "checking" && <Spinner size="tiny" label={say("checking")} />}
      {result.status === "error" && <ErrorBar lang={lang} message={result.message} />}
      {result.status === "ready" && (
        <>
          {result.checked.counts.length > 0 && (
            <Suspense fallback={null}>
              <FindingsChart lang={lang} counts={result.checked.counts} />
            </Suspense>
          )}
          <FindingList
            lang={lang}
            findings={result.checked.findings}
            filter={result.filter}
            onFilter={filter}
            onSelect={
              workspace.selectCell
                ? (f) => {
                    if (f.sheet) void workspace.selectCell?.(f.sheet, f.cell ?? "A1");
                  }
                : undefined
            }
          />
          <CoverageMatrix lang={lang} rows={result.checked.coverage} />
        </>
      )}
    </section>
  );
}

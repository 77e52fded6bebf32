/**
 * The Hand-out and collect view: choose a period (the latest passed cut-off first),
 * make one workbook per responsible to download, and collect the returned ones
 * into the open workbook after a preview and the coordinator's confirmation.
 */
import { useEffect, useState } from "react";
import { Field, Select, Spinner, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { listSummaryPeriods, type PeriodChoice } from "../../app/summaryPeriods";
import type { Lang } from "../../core/language";
import { ErrorBar } from "../components/ErrorBar";
import { todayIso } from "../today";
import { useAction } from "../useAction";
import type { Workspace } from "../workspace";
import { CollectSection } from "./CollectSection";
import { COLLECT_STRINGS } from "./collectStrings";
import { HandoutSection } from "./HandoutSection";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

export default function CollectView({
  lang,
  workspace,
}: {
  readonly lang: Lang;
  readonly workspace: Workspace;
}) {
  const s = COLLECT_STRINGS[lang];
  const styles = useStyles();
  const [periods, loadPeriods] = useAction<{ periods: PeriodChoice[]; preselected: string | null }>();
  const [period, setPeriod] = useState("");

  useEffect(() => {
    const today = todayIso();
    void loadPeriods(() => workspace.run((port) => listSummaryPeriods(port, today))).then((r) => {
      if (r?.preselected) setPeriod(r.preselected);
    });
  }, [workspace, loadPeriods]);

  const files = workspace.files;
  return (
    <section className={styles.root} aria-labelledby="collect-view-title">
      <Subtitle2 as="h2" id="collect-view-title">
        {s.title}
      </Subtitle2>
      <Text>{s.intro}</Text>
      {!files && <Text role="status">{s.noFiles}</Text>}
      {periods.status === "busy" && <Spinner size="tiny" />}
      {periods.status === "error" && <ErrorBar lang={lang} message={periods.message} />}
      {periods.status === "done" && periods.value.periods.length === 0 && <Text>{s.noPeriods}</Text>}
      {files && periods.status === "done" && periods.value.periods.length > 0 && (
        <>
          <Field label={s.period}>
            <Select value={period} onChange={(_, d) => setPeriod(d.value)}>
              {periods.value.periods.map((p) => (
                <option key={p.name} value={p.name}>
                  {p.name} ({s[p.type]}, {p.cutoff})
                </option>
              ))}
            </Select>
          </Field>
          {/* Keyed by period: a new period starts afresh, so no list or preview of another period stays on screen. */}
          <HandoutSection
            key={`handout-${period}`}
            lang={lang}
            workspace={workspace}
            files={files}
            period={period}
          />
          <CollectSection
            key={`collect-${period}`}
            lang={lang}
            workspace={workspace}
            files={files}
            period={period}
          />
        </>
      )}
    </section>
  );
}

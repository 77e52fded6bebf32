/** The plan's overview as a description list: facts, the deadline in words, counts. */
import { Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Lang } from "../../core/language";
import type { DeadlineState, PlanOverview } from "../../core/periods";
import { PLAN_STRINGS, type PlanStrings } from "./planStrings";

const useStyles = makeStyles({
  list: {
    display: "grid",
    gridTemplateColumns: "minmax(0, max-content) minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground3 },
  detail: { margin: 0 },
  good: { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightSemibold },
  bad: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  neutral: { fontWeight: tokens.fontWeightSemibold },
});

function deadlineWords(d: DeadlineState, s: PlanStrings): string {
  switch (d.kind) {
    case "met":
      return `${d.deadline} – ${s.met} (${s.adoptedOn} ${d.adopted})`;
    case "late":
      return `${d.deadline} – ${s.late} (${s.adoptedOn} ${d.adopted})`;
    case "open":
      return `${d.deadline} – ${s.open}, ${d.daysLeft} ${s.daysLeft}`;
    case "overdue":
      return `${d.deadline} – ${s.overdue} (${d.daysLate} ${s.daysLate})`;
    case "unknown":
      return s.unknown;
  }
}

export function PlanFacts({ lang, overview }: { readonly lang: Lang; readonly overview: PlanOverview }) {
  const s = PLAN_STRINGS[lang];
  const styles = useStyles();
  const tone =
    overview.deadline.kind === "met"
      ? styles.good
      : overview.deadline.kind === "open" || overview.deadline.kind === "unknown"
        ? styles.neutral
        : styles.bad;
  const or = (v: string | null) => v ?? `(${s.missing})`;
  const rows: [string, string, string?][] = [
    [s.organisation, or(overview.organisation)],
    [s.planName, or(overview.planName)],
    [s.signed, or(overview.signed)],
    [s.deadline, deadlineWords(overview.deadline, s), tone],
    [
      s.period,
      overview.periodStart || overview.periodEnd
        ? `${or(overview.periodStart)} – ${or(overview.periodEnd)}`
        : `(${s.missing})`,
    ],
    [s.prioritised, String(overview.counts.prioritisedArticles)],
    [s.goals, String(overview.counts.goals)],
    [s.activities, String(overview.counts.activities)],
    [s.periods, String(overview.counts.periods)],
  ];
  return (
    <dl className={styles.list} aria-label={s.overviewTitle}>
      {rows.map(([term, detail, className]) => (
        <div key={term} style={{ display: "contents" }}>
          <dt className={styles.term}>
            <Text>{term}</Text>
          </dt>
          <dd className={mergeClasses(styles.detail, className)}>
            <Text>{detail}</Text>
          </dd>
        </div>
      ))}
    </dl>
  );
}

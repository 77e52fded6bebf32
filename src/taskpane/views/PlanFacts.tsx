/** The plan's overview as a description list: facts, the deadline in words, counts. */
import { Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Lang } from "../../core/language";
import type { DeadlineState, PlanOverview } from "../../core/periods";
import type { Say } from "../../core/text";
import { planWords, type PlanPhrase } from "./planStrings";

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

function deadlineWords(d: DeadlineState, say: Say<PlanPhrase>): string {
  switch (d.kind) {
    case "met":
    case "late":
      return say(d.kind, { deadline: d.deadline, adopted: d.adopted });
    case "open":
      return say("open", { deadline: d.deadline, n: d.daysLeft });
    case "overdue":
      return say("overdue", { deadline: d.deadline, n: d.daysLate });
    case "unknown":
      return say("unknown");
  }
}

export function PlanFacts({ lang, overview }: { readonly lang: Lang; readonly overview: PlanOverview }) {
  const say = planWords(lang);
  const styles = useStyles();
  const tone =
    overview.deadline.kind === "met"
      ? styles.good
      : overview.deadline.kind === "open" || overview.deadline.kind === "unknown"
        ? styles.neutral
        : styles.bad;
  const or = (v: string | null) => v ?? say("missing");
  const rows: [string, string, string?][] = [
    [say("organisation"), or(overview.organisation)],
    [say("planName"), or(overview.planName)],
    [say("signed"), or(overview.signed)],
    [say("deadline"), deadlineWords(overview.deadline, say), tone],
    [
      say("period"),
      overview.periodStart || overview.periodEnd
        ? say("periodRange", { start: or(overview.periodStart), end: or(overview.periodEnd) })
        : say("missing"),
    ],
    [say("prioritised"), String(overview.counts.prioritisedArticles)],
    [say("goals"), String(overview.counts.goals)],
    [say("activities"), String(overview.counts.activities)],
    [say("periods"), String(overview.counts.periods)],
  ];
  return (
    <dl className={styles.list} aria-label={say("overviewTitle")}>
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

/** A summary's key figures as a description list, numbers in the user's format. */
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { formatMoney, formatPercent } from "../../core/language";
import type { Lang } from "../../core/language";
import type { SummaryJson } from "../../core/summary";
import { summaryWords } from "./summaryStrings";

const useStyles = makeStyles({
  // Terms may be long (the deviation's sign is explained): both columns wrap.
  list: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground3 },
  detail: { margin: 0 },
});

const STATES = ["done", "inProgress", "delayed", "notStarted", "cancelled", "unreported"] as const;

export function KeyFigures({ lang, json }: { readonly lang: Lang; readonly json: SummaryJson }) {
  const say = summaryWords(lang);
  const styles = useStyles();
  const a = json.activities;
  const counted = (k: (typeof STATES)[number]): string => {
    const count = say(k, { n: a.byStatus[k] });
    return k === "done" && a.total > 0
      ? say("withShare", { count, share: formatPercent(a.byStatus.done / a.total, lang) })
      : count;
  };
  const statusParts = STATES.filter((k) => a.byStatus[k] > 0).map(counted);
  const assessments = { met: 0, partlyMet: 0, notMet: 0, notAssessed: 0 };
  for (const g of json.goals) assessments[g.assessment] += 1;
  const goalParts = (["met", "partlyMet", "notMet", "notAssessed"] as const)
    .filter((k) => assessments[k] > 0)
    .map((k) => say(k, { n: assessments[k] }));
  const money = (n: number) => formatMoney(n, lang, json.currency);
  const rows: [string, string][] = [
    [say("activities"), say("countOf", { n: a.total, parts: statusParts.join(", ") || "–" })],
    [say("goals"), say("countOf", { n: json.goals.length, parts: goalParts.join(", ") || "–" })],
    [say("budget"), money(json.budget.budget)],
    [say("outcome"), money(json.budget.outcome)],
    [say("forecast"), money(json.budget.forecast)],
    [say("deviation"), money(json.budget.deviation)],
  ];
  return (
    <dl className={styles.list} aria-label={say("keyFigures")}>
      {rows.map(([term, detail]) => (
        <div key={term} style={{ display: "contents" }}>
          <dt className={styles.term}>
            <Text>{term}</Text>
          </dt>
          <dd className={styles.detail}>
            <Text>{detail}</Text>
          </dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * The Follow-up view's results per national sub-goal: one term per sub-goal (and the
 * goals without one) with its goals, activities and deviations without an action, as
 * nationalGoalLines says; nothing for a plan without the National sub-goal column.
 */
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../../core/language";
import type { SummaryJson } from "../../core/summary";
import { nationalGoalLines } from "./nationalGoalLines";
import { summaryWords } from "./summaryStrings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, margin: 0 },
  term: { fontWeight: tokens.fontWeightSemibold },
  detail: { margin: 0, color: tokens.colorNeutralForeground2 },
});

export function NationalGoalResults({ lang, json }: { readonly lang: Lang; readonly json: SummaryJson }) {
  const say = summaryWords(lang);
  const styles = useStyles();
  const lines = nationalGoalLines(json, lang);
  if (lines.length === 0) return null;
  return (
    <section className={styles.root} aria-labelledby="national-goals-title">
      <Text as="h3" weight="semibold" id="national-goals-title">
        {say("nationalGoals")}
      </Text>
      <dl className={styles.list}>
        {lines.map((line) => (
          <div key={line.key}>
            <dt className={styles.term}>
              <Text>{line.term}</Text>
            </dt>
            <dd className={styles.detail}>
              <Text>{line.detail}</Text>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/**
 * The article coverage matrix: every article of the plan's Charter version by area,
 * whether it is prioritised, its goals and activities, and its coverage in words and
 * a symbol (never colour alone), first at a glance as tiles, then as a real table, so
 * screen readers announce headers.
 */
import { Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { ArticleCoverage } from "../../core/checks";
import type { Lang } from "../../core/language";
import { checkWords } from "./checkStrings";
import { COVERAGE_SYMBOL, CoverageGlance } from "./CoverageGlance";

const useStyles = makeStyles({
  wrap: { overflowX: "auto" },
  table: { borderCollapse: "collapse", width: "100%", fontSize: tokens.fontSizeBase200 },
  cell: {
    textAlign: "left",
    verticalAlign: "top",
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  article: { fontWeight: tokens.fontWeightRegular, minWidth: "7em" },
  area: { backgroundColor: tokens.colorNeutralBackground3, fontWeight: tokens.fontWeightSemibold },
  covered: { color: tokens.colorPaletteGreenForeground1 },
  noGoal: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  goalWithoutActivity: {
    color: tokens.colorPaletteDarkOrangeForeground1,
    fontWeight: tokens.fontWeightSemibold,
  },
  notPrioritisedWithGoals: { color: tokens.colorBrandForeground1 },
  notPrioritised: { color: tokens.colorNeutralForeground3 },
});

export function CoverageMatrix({
  lang,
  rows,
}: {
  readonly lang: Lang;
  readonly rows: readonly ArticleCoverage[];
}) {
  const say = checkWords(lang);
  const styles = useStyles();
  const areas = [...new Set(rows.map((r) => r.area))];
  const prioritised = rows.filter((r) => r.prioritised);
  const covered = prioritised.filter((r) => r.state === "covered").length;
  const list = (ids: readonly string[]) => (ids.length > 0 ? ids.join(", ") : "–");

  return (
    <section aria-labelledby="coverage-title">
      <Text as="h3" weight="semibold" id="coverage-title" block>
        {say("coverageTitle")}
      </Text>
      <Text size={200} block>
        {say("coverageCounts", { prioritised: prioritised.length, covered })}
      </Text>
      <Text size={200} block id="coverage-caption">
        {say("coverageCaption")}
      </Text>
      <CoverageGlance lang={lang} rows={rows} />
      {/* Focusable so keyboard users can scroll the table sideways in a narrow pane. */}
      <div className={styles.wrap} tabIndex={0} role="region" aria-labelledby="coverage-title">
        <table className={styles.table} aria-describedby="coverage-caption">
          <thead>
            <tr>
              {[
                say("colArticle"),
                say("colState"),
                say("colPrioritised"),
                say("colGoals"),
                say("colActivities"),
              ].map((h) => (
                <th key={h} scope="col" className={styles.cell}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          {areas.map((area) => (
            <tbody key={area}>
              <tr>
                <th scope="colgroup" colSpan={5} className={mergeClasses(styles.cell, styles.area)}>
                  {area}
                </th>
              </tr>
              {rows
                .filter((r) => r.area === area)
                .map((r) => (
                  <tr key={r.number}>
                    <th scope="row" className={mergeClasses(styles.cell, styles.article)}>
                      {r.number}. {r.title}
                    </th>
                    <td className={mergeClasses(styles.cell, styles[r.state])}>
                      <span aria-hidden="true">{COVERAGE_SYMBOL[r.state]} </span>
                      {say(r.state)}
                    </td>
                    <td className={styles.cell}>{r.prioritised ? say("yes") : say("no")}</td>
                    <td className={styles.cell}>{list(r.goalIds)}</td>
                    <td className={styles.cell}>{list(r.activityIds)}</td>
                  </tr>
                ))}
            </tbody>
          ))}
        </table>
      </div>
    </section>
  );
}

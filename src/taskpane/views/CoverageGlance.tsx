/**
 * The coverage matrix at a glance: one tile per article of the Charter version, its
 * number and the symbol of its coverage on the state's colour (never colour alone),
 * and a key with how many articles are in each state. Screen readers get the same
 * as one sentence; the table below has every detail.
 */
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { type ArticleCoverage, coverageCounts, type CoverageState } from "../../core/checks";
import type { Lang } from "../../core/language";
import { checkWords } from "./checkStrings";
import { KeyList } from "./KeyList";

/** The symbol of each state, shared with the table's Coverage column. */
export const COVERAGE_SYMBOL: Readonly<Record<CoverageState, string>> = {
  covered: "✔",
  noGoal: "✖",
  goalWithoutActivity: "▲",
  notPrioritisedWithGoals: "ℹ",
  notPrioritised: "–",
};

/** The states from the one that needs work most to the one that needs none. */
const ORDER: readonly CoverageState[] = [
  "noGoal",
  "goalWithoutActivity",
  "notPrioritisedWithGoals",
  "covered",
  "notPrioritised",
];

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    marginBlock: tokens.spacingVerticalS,
  },
  tiles: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(2.25rem, 1fr))",
    gap: tokens.spacingHorizontalXXS,
  },
  tile: {
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    paddingBlock: tokens.spacingVerticalXXS,
    borderRadius: tokens.borderRadiusMedium,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground1,
  },
  symbol: { fontWeight: tokens.fontWeightSemibold },
  keySymbol: {
    display: "inline-flex",
    justifyContent: "center",
    minWidth: "1.25rem",
    borderRadius: tokens.borderRadiusSmall,
    fontWeight: tokens.fontWeightSemibold,
  },
  covered: {
    backgroundColor: tokens.colorPaletteGreenBackground1,
    border: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteGreenBorderActive}`,
    "& span:first-child": { color: tokens.colorPaletteGreenForeground1 },
  },
  noGoal: {
    backgroundColor: tokens.colorPaletteRedBackground1,
    border: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteRedBorderActive}`,
    "& span:first-child": { color: tokens.colorPaletteRedForeground1 },
  },
  goalWithoutActivity: {
    backgroundColor: tokens.colorPaletteDarkOrangeBackground1,
    border: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteDarkOrangeBorderActive}`,
    "& span:first-child": { color: tokens.colorPaletteDarkOrangeForeground1 },
  },
  notPrioritisedWithGoals: {
    backgroundColor: tokens.colorBrandBackground2,
    border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    "& span:first-child": { color: tokens.colorBrandForeground1 },
  },
  notPrioritised: {
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
    "& span:first-child": { color: tokens.colorNeutralForeground3 },
  },
});

export function CoverageGlance({
  lang,
  rows,
}: {
  readonly lang: Lang;
  readonly rows: readonly ArticleCoverage[];
}) {
  const say = checkWords(lang);
  const styles = useStyles();
  const counts = coverageCounts(rows);
  const states = ORDER.filter((st) => counts[st] > 0);
  const summary = say("glance", {
    counts: states.map((st) => say(`${st}Count`, { n: counts[st] })).join(", "),
  });
  return (
    <div className={styles.root}>
      <div className={styles.tiles} role="img" aria-label={summary}>
        {rows.map((r) => (
          <div
            key={r.number}
            className={mergeClasses(styles.tile, styles[r.state])}
            title={say("tile", { number: r.number, title: r.title, state: say(r.state) })}
          >
            <span className={styles.symbol}>{COVERAGE_SYMBOL[r.state]}</span>
            <span>{r.number}</span>
          </div>
        ))}
      </div>
      <KeyList
        label={say("glanceKey")}
        items={states.map((st) => ({
          key: st,
          mark: (
            <span className={mergeClasses(styles.keySymbol, styles[st])}>
              <span>{COVERAGE_SYMBOL[st]}</span>
            </span>
          ),
          text: say("keyEntry", { state: say(st), n: counts[st] }),
        }))}
      />
    </div>
  );
}

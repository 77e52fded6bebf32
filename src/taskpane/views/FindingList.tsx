/**
 * Findings grouped by severity and then by sheet, with counts, filterable by severity
 * and sheet (the filter is the Check view's state). Each finding with a cell is a
 * button that shows the cell in the workbook.
 */
import { useMemo } from "react";
import { Button, Field, Select, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { type Finding, findingMessage, type Severity } from "../../core/checks";
import type { Lang } from "../../core/language";
import { shownFindings, type FindingFilter } from "./checkMachine";
import type { Say } from "../../core/text";
import { checkWords, type CheckPhrase } from "./checkStrings";

const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];
const SYMBOL: Readonly<Record<Severity, string>> = { error: "✖", warning: "▲", info: "ℹ" };

const useStyles = makeStyles({
  filters: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)",
    gap: tokens.spacingHorizontalS,
  },
  group: {
    margin: 0,
    padding: 0,
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  item: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    textAlign: "left",
    width: "100%",
    height: "auto",
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
  },
  where: { color: tokens.colorNeutralForeground3, fontFamily: tokens.fontFamilyMonospace },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorBrandForeground1 },
  heading: { marginTop: tokens.spacingVerticalS, marginBottom: tokens.spacingVerticalXXS },
});

const COUNT_OF = { error: "errorCount", warning: "warningCount", info: "infoCount" } as const;

function severityLabel(say: Say<CheckPhrase>, sev: Severity): string {
  return sev === "error" ? say("errors") : sev === "warning" ? say("warnings") : say("infos");
}

export type FindingListProps = {
  readonly lang: Lang;
  readonly findings: readonly Finding[];
  readonly filter: FindingFilter;
  readonly onFilter: (filter: Partial<FindingFilter>) => void;
  readonly onSelect?: ((finding: Finding) => void) | undefined;
};

/** One finding: where it is and its message, a button that shows its cell where the host can. */
function FindingItem({
  lang,
  finding: f,
  onSelect,
}: {
  readonly lang: Lang;
  readonly finding: Finding;
  readonly onSelect: FindingListProps["onSelect"];
}) {
  const say = checkWords(lang);
  const styles = useStyles();
  const message = findingMessage(f, lang);
  const severity = severityLabel(say, f.severity);
  return (
    <li>
      <Button
        appearance="subtle"
        className={styles.item}
        disabled={!f.sheet || !onSelect}
        onClick={() => onSelect?.(f)}
        aria-label={
          f.cell
            ? say("findingAtCell", { severity, message, sheet: f.sheet ?? "", cell: f.cell })
            : say("finding", { severity, message })
        }
      >
        <Text size={200} className={styles.where}>
          {f.sheet ? `${f.sheet}${f.cell ? `!${f.cell}` : ""}` : say("workbook")} · {f.code}
        </Text>
        <Text>{message}</Text>
      </Button>
    </li>
  );
}

export function FindingList({ lang, findings, filter, onFilter, onSelect }: FindingListProps) {
  const say = checkWords(lang);
  const styles = useStyles();
  const { severity, sheet } = filter;
  const sheets = useMemo(() => [...new Set(findings.map((f) => f.sheet ?? ""))], [findings]);
  const shown = shownFindings(findings, filter);
  const count = (sev: Severity) => findings.filter((f) => f.severity === sev).length;

  return (
    <section aria-labelledby="findings-title">
      <Text as="h3" weight="semibold" id="findings-title" className={styles.heading}>
        {say("findingsTitle", {
          counts: SEVERITIES.map((sev) => say(COUNT_OF[sev], { n: count(sev) })).join(", "),
        })}
      </Text>
      <div className={styles.filters}>
        <Field label={say("filterSeverity")}>
          <Select value={severity} onChange={(_, d) => onFilter({ severity: d.value as Severity | "all" })}>
            <option value="all">{say("all")}</option>
            {SEVERITIES.map((sev) => (
              <option key={sev} value={sev}>
                {say("counted", { label: severityLabel(say, sev), count: count(sev) })}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={say("filterSheet")}>
          <Select value={sheet} onChange={(_, d) => onFilter({ sheet: d.value })}>
            <option value="*">{say("all")}</option>
            {sheets.map((name) => (
              <option key={name} value={name}>
                {name || say("workbook")}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Text role="status" size={200}>
        {say("shownOf", { shown: shown.length, total: findings.length })}
      </Text>
      {findings.length === 0 && <Text>{say("noFindings")}</Text>}
      {SEVERITIES.map((sev) => {
        const ofSeverity = shown.filter((f) => f.severity === sev);
        if (ofSeverity.length === 0) return null;
        const bySheet = [...new Set(ofSeverity.map((f) => f.sheet ?? ""))];
        return (
          <section
            key={sev}
            aria-label={say("counted", {
              label: severityLabel(say, sev),
              count: ofSeverity.length,
            })}
          >
            <Text as="h4" weight="semibold" className={mergeClasses(styles.heading, styles[sev])} block>
              {SYMBOL[sev]} {say("counted", { label: severityLabel(say, sev), count: ofSeverity.length })}
            </Text>
            {bySheet.map((name) => {
              const items = ofSeverity.filter((f) => (f.sheet ?? "") === name);
              return (
                <div key={name}>
                  <Text as="h5" size={200} weight="semibold" className={styles.heading} block>
                    {say("counted", { label: name || say("workbook"), count: items.length })}
                  </Text>
                  <ul className={styles.group}>
                    {items.map((f, i) => (
                      <FindingItem
                        key={`${f.code}-${f.cell ?? ""}-${i}`}
                        lang={lang}
                        finding={f}
                        onSelect={onSelect}
                      />
                    ))}
                  </ul>
                </div>
              );
            })}
          </section>
        );
      })}
    </section>
  );
}

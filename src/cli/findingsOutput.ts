/** Findings for a person: grouped by severity, one per line, and a count. */
import { type Finding, findingMessage, type Severity } from "../core/checks";
import type { Lang } from "../core/language";
import { cliText } from "./cliText";

const ORDER: readonly Severity[] = ["error", "warning", "info"];

function place(f: Finding): string {
  if (f.sheet === null) return "-";
  return f.cell === null ? f.sheet : `${f.sheet}!${f.cell}`;
}

/** "error  Aktiviteter!F7  TIME_ACTIVITY_OVERDUE  message" lines, errors first, then the count. */
export function findingLines(findings: readonly Finding[], lang: Lang): string[] {
  const lines = ORDER.flatMap((severity) =>
    findings
      .filter((f) => f.severity === severity)
      .map((f) => `${f.severity}  ${place(f)}  ${f.code}  ${findingMessage(f, lang)}`),
  );
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  lines.push(
    findings.length === 0
      ? cliText("noFindings", lang)
      : cliText("findingsTotal", lang, {
          errors: count("error"),
          warnings: count("warning"),
          infos: count("info"),
        }),
  );
  return lines;
}

/** The exit status for a run's findings: 1 with an error-severity finding, else 0. */
export function exitStatusOf(findings: readonly Finding[]): number {
  return findings.some((f) => f.severity === "error") ? 1 : 0;
}

/**
 * `check` and `report` on several files or a folder (the hand-outs that came back):
 * which files a command line names, one outcome per file (a file that cannot be used
 * is listed with its reason and does not stop the others), the closing table of
 * files with their counts, and the exit status, the worst of them.
 */
import { join } from "node:path";
import type { Finding, Severity } from "../core/checks";
import type { Lang } from "../core/language";
import { CliError, type CliIo } from "./cliIo";
import { cliText, type CliTextKey } from "./cliText";
import { failureLine } from "./failure";
import { exitStatusOf } from "./findingsOutput";

/** Files in a folder taken as workbooks; an .xls or .ods among them gets its own message. */
const WORKBOOK = /\.(xlsx|xlsm|xls|ods)$/i;
/** Excel's lock files ("~$plan.xlsx") and hidden files are nobody's workbook. */
const NOT_A_USER_FILE = /^(~\$|\.)/;

const byName = new Intl.Collator("sv", { numeric: true }).compare;

export type Inputs = {
  /** More than one path, or a folder: the output has a block per file and the closing table. */
  readonly many: boolean;
  readonly files: readonly string[];
};

/**
 * The files to read: each path named, or for a folder its workbooks by name (not its
 * subfolders). Other files in a folder are named on standard error; a folder without
 * a workbook is an error.
 */
export async function inputFiles(io: CliIo, paths: readonly string[], lang: Lang): Promise<Inputs> {
  const files: string[] = [];
  let folders = 0;
  for (const path of paths) {
    const names = await io.listFolder(path);
    if (names === null) {
      files.push(path);
      continue;
    }
    folders++;
    const own = names.filter((n) => !NOT_A_USER_FILE.test(n)).sort(byName);
    const others = own.filter((n) => !WORKBOOK.test(n));
    if (others.length > 0)
      io.stderr(cliText("skippedFiles", lang, { folder: path, files: others.join(", ") }));
    const workbooks = own.filter((n) => WORKBOOK.test(n));
    if (workbooks.length === 0) throw new CliError(cliText("noWorkbooks", lang, { folder: path }));
    files.push(...workbooks.map((n) => join(path, n)));
  }
  return { many: paths.length > 1 || folders > 0, files: [...new Set(files)] };
}

export type Outcome<T> =
  | { readonly file: string; readonly ok: true; readonly result: T; readonly findings: readonly Finding[] }
  | {
      readonly file: string;
      readonly ok: false;
      readonly error: string;
      /** The reason without the file's name (for the table). */
      readonly reason: string;
    };

/**
 * Runs `work` on each file in turn (one workbook in memory at a time); a failure
 * becomes that file's outcome. `done` sees each outcome as it comes, so a person
 * watching sees the blocks appear.
 */
export async function eachFile<T extends { readonly findings: readonly Finding[] }>(
  files: readonly string[],
  lang: Lang,
  work: (file: string) => Promise<T>,
  done: (outcome: Outcome<T>) => void,
): Promise<Outcome<T>[]> {
  const outcomes: Outcome<T>[] = [];
  for (const file of files) {
    let outcome: Outcome<T>;
    try {
      const result = await work(file);
      outcome = { file, ok: true, result, findings: result.findings };
    } catch (e) {
      outcome = { file, ok: false, error: failureLine(e, lang), reason: failureLine(e, lang, true) };
    }
    outcomes.push(outcome);
    done(outcome);
  }
  return outcomes;
}

/** The first line of a file's block. */
export function blockHeader(file: string): string {
  return `== ${file}`;
}

/** 2 when a file could not be used, else 1 when a file has an error finding, else 0. */
export function worstStatus(outcomes: readonly Outcome<unknown>[]): number {
  return Math.max(0, ...outcomes.map((o) => (o.ok ? exitStatusOf(o.findings) : 2)));
}

/** "1 of 3 files could not be used", for standard error, or null when all could. */
export function failuresLine(outcomes: readonly Outcome<unknown>[], lang: Lang): string | null {
  const failed = outcomes.filter((o) => !o.ok).length;
  return failed === 0 ? null : cliText("filesFailed", lang, { failed: failed, total: outcomes.length });
}

type Row = readonly (string | number)[];

const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

/** Columns padded to their widest cell, the counts to the right, a rule under the header and above the sums. */
function textTable(header: Row, body: readonly Row[], total: Row): string[] {
  const all = [header, ...body, total];
  const width = (k: number) => Math.max(...all.map((r) => String(r[k] ?? "").length));
  const isCount = (k: number) => k >= 1 && k <= SEVERITIES.length;
  const line = (r: Row) =>
    r
      .map((c, k) => (isCount(k) ? String(c).padStart(width(k)) : String(c).padEnd(width(k))))
      .join("  ")
      .trimEnd();
  const rule = header.map((_, k) => "-".repeat(width(k))).join("  ");
  return [line(header), rule, ...body.map(line), rule, line(total)];
}

/** The closing table: each file with its error, warning and info counts (or why it could not be used), and the sums. */
export function filesTable(outcomes: readonly Outcome<unknown>[], lang: Lang): string[] {
  const count = (findings: readonly Finding[], s: Severity) =>
    findings.filter((f) => f.severity === s).length;
  const body = outcomes.map((o): Row => {
    if (!o.ok) return [o.file, "–", "–", "–", o.reason];
    return [o.file, ...SEVERITIES.map((s) => count(o.findings, s))];
  });
  const used = outcomes.flatMap((o) => (o.ok ? [o.findings] : []));
  const total: Row = [
    cliText("tableTotal", lang, { files: outcomes.length }),
    ...SEVERITIES.map((s) => used.reduce((n, f) => n + count(f, s), 0)),
  ];
  const headings: readonly CliTextKey[] = ["tableFile", "tableErrors", "tableWarnings", "tableInfo"];
  const header: Row = headings.map((k) => cliText(k, lang));
  return textTable(header, body, total);
}

/**
 * What an import will write, before anything is written: how the list was read, an
 * account of every line, the lines ignored above the header, the goals and
 * activities (with the document's own numbering beside our IDs), the readings of
 * amounts and timeframe words, and every text not understood, each with its place.
 */
import { MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import { RowsTable } from "./RowsTable";
import type { ImportPreview } from "../../app/importList";
import { formatMoney } from "../../core/language";
import { blockerText, importBlocker, lineCounts, placeText, readingText } from "../../core/import";
import type { Lang } from "../../core/language";
import { tableSpec } from "../../core/schema";
import { importWords, meaningWords, reasonWords } from "./importStrings";

const useStyles = makeStyles({
  warn: { color: tokens.colorPaletteDarkOrangeForeground1 },
  numbering: { color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightRegular },
});

/** "Alla rader är redovisade (12): rubrikrad 1, mål eller aktivitet 9, rubriker 2.": what became of every line. */
function lineAccount(result: ImportPreview["result"], lang: Lang): string {
  const say = importWords(lang);
  const counts = lineCounts(result);
  const account = [
    [counts.aboveHeader + counts.beforeList, say("roleIgnored")],
    [counts.header, say("roleHeader")],
    [counts.goal + counts.activity, say("roleTaken")],
    [counts.part, say("rolePart")],
    [counts.heading, say("roleHeading")],
    [counts.notUnderstood, say("roleNotUnderstood")],
  ] as const;
  const list = account
    .filter(([n]) => n > 0)
    .map(([n, role]) => say("lineCount", { role, count: n }))
    .join(", ");
  return say("linesLead", { lines: result.lines.length, counts: list });
}

/** How the list was read: what stops the write, the list's shape, every line accounted for, tables set up first and numbering. */
function HowRead({
  lang,
  preview,
  sourceName,
}: {
  readonly lang: Lang;
  readonly preview: ImportPreview;
  readonly sourceName: string;
}) {
  const say = importWords(lang);
  const { result } = preview;
  const blocker = importBlocker(result);
  return (
    <>
      {blocker && (
        <MessageBar intent="warning" layout="multiline" role="alert">
          <MessageBarBody>{blockerText(blocker, sourceName, lang)}</MessageBarBody>
        </MessageBar>
      )}
      {result.shape && (
        <Text>
          {result.shape === "table"
            ? say("shapeTable", { range: result.headerRange ?? "" })
            : say("shapeDocument")}
        </Text>
      )}
      {result.lines.length > 0 && <Text size={200}>{lineAccount(result, lang)}</Text>}
      {preview.missingTables.length > 0 && (
        <Text>
          {say("tablesAdded", {
            tables: preview.missingTables.map((t) => tableSpec(t).sheet[lang]).join(", "),
          })}
        </Text>
      )}
      {result.numbering.continuedAfter && (
        <Text>
          {say("continued", {
            last: result.numbering.continuedAfter,
            first: result.numbering.firstGoalId ?? "–",
          })}
        </Text>
      )}
    </>
  );
}

export function ImportPreviewTables({
  lang,
  preview,
  sourceName,
}: {
  readonly lang: Lang;
  readonly preview: ImportPreview;
  /** The source as the user chose it ("Blad: Blad1", "Inklistrad text"), for the one-line verdict. */
  readonly sourceName: string;
}) {
  const say = importWords(lang);
  const meaning = meaningWords(lang);
  const reason = reasonWords(lang);
  const styles = useStyles();
  const { result } = preview;
  const where = (cell: string) => placeText(result, cell, lang);
  const dates = (a: { start: string | null; end: string | null; timeframe: string | null }) =>
    `${a.timeframe ?? ""}${a.start || a.end ? ` (${a.start ?? "?"} – ${a.end ?? "?"})` : ""}`;
  const id = (ours: string, theirs: string | null) => (
    <>
      {ours}
      {theirs && (
        <span className={styles.numbering} title={say("numberedAs")}>
          {" "}
          ({theirs})
        </span>
      )}
    </>
  );
  const ignored = result.lines.filter((l) => l.role === "aboveHeader" || l.role === "beforeList");
  return (
    <>
      <HowRead lang={lang} preview={preview} sourceName={sourceName} />
      {ignored.length > 0 && (
        <RowsTable
          caption={result.shape === "table" ? say("ignoredAboveHeader") : say("ignoredBeforeList")}
          head={[say("colCell"), say("colText")]}
          rows={ignored.map((l) => [where(l.cell), l.text])}
        />
      )}
      <RowsTable
        caption={say("goals")}
        head={[say("colId"), meaning("article"), say("colText"), say("colCell")]}
        rows={result.goals.map((g) => [id(g.id, g.numbering), g.articles.join(", "), g.goal, where(g.cell)])}
      />
      <RowsTable
        caption={say("activities")}
        head={[
          say("colId"),
          meaning("goal"),
          say("colText"),
          meaning("responsible"),
          say("colDates"),
          meaning("budget"),
          meaning("resources"),
          say("colCell"),
        ]}
        rows={result.activities.map((a) => [
          id(a.id, a.numbering),
          a.goalId,
          a.activity,
          a.responsible ?? "",
          dates(a),
          a.budget === null ? "" : formatMoney(a.budget, lang),
          a.resources ?? "",
          where(a.cell),
        ])}
      />
      {result.readings.length > 0 && (
        <RowsTable
          caption={say("readings")}
          head={[say("colCell"), say("colReading")]}
          rows={result.readings.map((r) => [where(r.cell), readingText(r, lang)])}
        />
      )}
      {result.notUnderstood.length === 0 ? (
        <Text>{say("noneNotUnderstood")}</Text>
      ) : (
        <div className={styles.warn}>
          <RowsTable
            caption={say("notUnderstood")}
            head={[say("colCell"), say("colText"), say("colReason")]}
            rows={result.notUnderstood.map((n) => [where(n.cell), n.text, reason(n.reason)])}
          />
        </div>
      )}
    </>
  );
}

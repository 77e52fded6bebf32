/**
 * What an import will write, before anything is written: how the list was read, an
 * account of every line, the lines ignored above the header, the goals and
 * activities (with the document's own numbering beside our IDs), the readings of
 * amounts and timeframe words, and every text not understood, each with its place.
 */
import { MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import { RowsTable } from "./RowsTable";
import type { ImportPreview } from "../../app/importList";
import { formatMoney } from "../../core/format";
import { blockerText, importBlocker, lineCounts, placeText, readingText } from "../../core/import";
import type { Lang } from "../../core/language";
import { tableSpec } from "../../core/plan";
import { IMPORT_STRINGS } from "./importStrings";

const useStyles = makeStyles({
  warn: { color: tokens.colorPaletteDarkOrangeForeground1 },
  numbering: { color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightRegular },
});

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
  const s = IMPORT_STRINGS[lang];
  const styles = useStyles();
  const { result } = preview;
  const where = (cell: string) => placeText(result, cell, lang);
  const dates = (a: { start: string | null; end: string | null; timeframe: string | null }) =>
    `${a.timeframe ?? ""}${a.start || a.end ? ` (${a.start ?? "?"} – ${a.end ?? "?"})` : ""}`;
  const id = (ours: string, theirs: string | null) => (
    <>
      {ours}
      {theirs && (
        <span className={styles.numbering} title={s.numberedAs}>
          {" "}
          ({theirs})
        </span>
      )}
    </>
  );
  const blocker = importBlocker(result);
  const counts = lineCounts(result);
  const ignored = result.lines.filter((l) => l.role === "aboveHeader" || l.role === "beforeList");
  const account = [
    [counts.aboveHeader + counts.beforeList, s.roleIgnored],
    [counts.header, s.roleHeader],
    [counts.goal + counts.activity, s.roleTaken],
    [counts.part, s.rolePart],
    [counts.heading, s.roleHeading],
    [counts.notUnderstood, s.roleNotUnderstood],
  ] as const;
  return (
    <>
      {blocker && (
        <MessageBar intent="warning" layout="multiline" role="alert">
          <MessageBarBody>{blockerText(blocker, sourceName, lang)}</MessageBarBody>
        </MessageBar>
      )}
      {result.shape && (
        <Text>
          {result.shape === "table" ? `${s.shapeTable} ${result.headerRange ?? ""}.` : s.shapeDocument}
        </Text>
      )}
      {result.lines.length > 0 && (
        <Text size={200}>
          {s.linesLead} ({result.lines.length}):{" "}
          {account
            .filter(([n]) => n > 0)
            .map(([n, label]) => `${label} ${n}`)
            .join(", ")}
          .
        </Text>
      )}
      {preview.missingTables.length > 0 && (
        <Text>
          {s.tablesAdded} {preview.missingTables.map((t) => tableSpec(t).sheet[lang]).join(", ")}
        </Text>
      )}
      {result.numbering.continuedAfter && (
        <Text>
          {s.continued} {result.numbering.continuedAfter}; {s.firstId} {result.numbering.firstGoalId ?? "–"}
        </Text>
      )}
      {ignored.length > 0 && (
        <RowsTable
          caption={result.shape === "table" ? s.ignoredAboveHeader : s.ignoredBeforeList}
          head={[s.colCell, s.colText]}
          rows={ignored.map((l) => [where(l.cell), l.text])}
        />
      )}
      <RowsTable
        caption={s.goals}
        head={[s.colId, s.meanings.article, s.colText, s.colCell]}
        rows={result.goals.map((g) => [id(g.id, g.numbering), g.articles.join(", "), g.goal, where(g.cell)])}
      />
      <RowsTable
        caption={s.activities}
        head={[
          s.colId,
          s.meanings.goal,
          s.colText,
          s.meanings.responsible,
          s.colDates,
          s.meanings.budget,
          s.meanings.resources,
          s.colCell,
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
          caption={s.readings}
          head={[s.colCell, s.colReading]}
          rows={result.readings.map((r) => [where(r.cell), readingText(r, lang)])}
        />
      )}
      {result.notUnderstood.length === 0 ? (
        <Text>{s.noneNotUnderstood}</Text>
      ) : (
        <div className={styles.warn}>
          <RowsTable
            caption={s.notUnderstood}
            head={[s.colCell, s.colText, s.colReason]}
            rows={result.notUnderstood.map((n) => [where(n.cell), n.text, s.reasons[n.reason]])}
          />
        </div>
      )}
    </>
  );
}

/** What an import will write, and every text it did not understand, as plain tables. */
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { RowsTable } from "./RowsTable";
import type { ImportPreview } from "../../app/importList";
import type { Lang } from "../../core/language";
import { tableSpec } from "../../core/schema";
import { IMPORT_STRINGS } from "./importStrings";

const useStyles = makeStyles({
  warn: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

export function ImportPreviewTables({
  lang,
  preview,
}: {
  readonly lang: Lang;
  readonly preview: ImportPreview;
}) {
  const s = IMPORT_STRINGS[lang];
  const styles = useStyles();
  const { result } = preview;
  const dates = (a: { start: string | null; end: string | null; timeframe: string | null }) =>
    `${a.timeframe ?? ""}${a.start || a.end ? ` (${a.start ?? "?"} – ${a.end ?? "?"})` : ""}`;
  return (
    <>
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
      <RowsTable
        caption={s.goals}
        head={[s.colId, s.meanings.article, s.colText]}
        rows={result.goals.map((g) => [g.id, g.articles.join(", "), g.goal])}
      />
      <RowsTable
        caption={s.activities}
        head={[s.colId, s.meanings.goal, s.colText, s.meanings.responsible, s.colDates]}
        rows={result.activities.map((a) => [a.id, a.goalId, a.activity, a.responsible ?? "", dates(a)])}
      />
      {result.notUnderstood.length === 0 ? (
        <Text>{s.noneNotUnderstood}</Text>
      ) : (
        <div className={styles.warn}>
          <RowsTable
            caption={s.notUnderstood}
            head={[s.colCell, s.colText, s.colReason]}
            rows={result.notUnderstood.map((n) => [`${n.sheet}!${n.cell}`, n.text, s.reasons[n.reason]])}
          />
        </div>
      )}
    </>
  );
}

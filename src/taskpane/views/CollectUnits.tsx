/**
 * The collect preview per returned file: how it was taken, its counts in words,
 * and the rows it adds, the master rows it would change (before and after), the
 * rows not taken and the protected cells it changed; then who has not answered.
 */
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { CollectPreview, FileStatus, UnitPreview } from "../../core/collect";
import type { Lang } from "../../core/language";
import { answerText, columnName, tableName } from "./answerText";
import { COLLECT_STRINGS, fillIn, type CollectStrings } from "./collectStrings";
import { RowsTable } from "./RowsTable";

const useStyles = makeStyles({
  unit: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
  },
});

const STATUS: Readonly<Record<FileStatus, keyof CollectStrings>> = {
  ok: "unitStatusOk",
  noIdentity: "unitStatusNoIdentity",
  otherPeriod: "unitStatusOtherPeriod",
  otherPlan: "unitStatusOtherPlan",
};

function Unit({
  lang,
  unit,
  index,
}: {
  readonly lang: Lang;
  readonly unit: UnitPreview;
  readonly index: number;
}) {
  const s = COLLECT_STRINGS[lang];
  const styles = useStyles();
  const values = (u: Parameters<typeof answerText>[0], v: Parameters<typeof answerText>[1]) =>
    answerText(u, v, lang, s.empty);
  const taken = unit.status !== "otherPeriod" && unit.status !== "otherPlan";
  const ignored = [
    ...unit.unknown.map((r) => ({ ...r, reason: s.unknownId })),
    ...unit.otherPeriod.map((r) => ({ ...r, reason: fillIn(s.otherPeriod, { period: r.period }, lang) })),
  ];
  const id = `collect-unit-${index}`;
  return (
    <section className={styles.unit} aria-labelledby={id}>
      <Text as="h4" weight="semibold" id={id}>
        {fillIn(s.unitHeading, { unit: unit.label, file: unit.file }, lang)}
      </Text>
      <Text>{s[STATUS[unit.status]]}</Text>
      {taken && (
        <Text>
          {fillIn(
            s.counts,
            {
              added: unit.added.length,
              changed: unit.changed.length,
              unchanged: unit.unchanged.length,
              blank: unit.unanswered.length,
              conflicting: unit.conflicting.length,
            },
            lang,
          )}
        </Text>
      )}
      {unit.added.length > 0 && (
        <RowsTable
          caption={fillIn(s.added, { unit: unit.label }, lang)}
          head={[s.colId, s.colTable, s.colValues]}
          rows={unit.added.map((a) => [a.id, tableName(a.table, lang), values(a.table, a.after)])}
        />
      )}
      {unit.changed.length > 0 && (
        <RowsTable
          caption={fillIn(s.changed, { unit: unit.label }, lang)}
          head={[s.colId, s.colTable, s.colBefore, s.colAfter]}
          rows={unit.changed.map((a) => [
            a.id,
            tableName(a.table, lang),
            values(a.table, a.before),
            values(a.table, a.after),
          ])}
        />
      )}
      {ignored.length > 0 && (
        <RowsTable
          caption={fillIn(s.ignored, { unit: unit.label }, lang)}
          head={[s.colId, s.colTable, s.colReason, s.colCell]}
          rows={ignored.map((r) => [
            r.id,
            tableName(r.table, lang),
            r.reason,
            r.cell ? `${r.cell.sheet}!${r.cell.cell}` : "–",
          ])}
        />
      )}
      {unit.protectedChanges.length > 0 && (
        <RowsTable
          caption={fillIn(s.protectedChanges, { unit: unit.label }, lang)}
          head={[s.colId, s.colTable, s.colColumn, s.colBefore, s.colAfter]}
          rows={unit.protectedChanges.map((p) => [
            p.id,
            tableName(p.table, lang),
            p.column === null ? s.wholeRow : columnName(p.table, p.column, lang),
            p.before === null ? s.empty : String(p.before),
            p.after === null ? s.empty : String(p.after),
          ])}
        />
      )}
    </section>
  );
}

/** Every returned file's part of the preview, and the responsibles who have not answered. */
export function CollectUnits({ lang, preview }: { readonly lang: Lang; readonly preview: CollectPreview }) {
  const s = COLLECT_STRINGS[lang];
  return (
    <>
      {preview.units.map((u, i) => (
        <Unit key={`${u.file}-${i}`} lang={lang} unit={u} index={i} />
      ))}
      <Text role="status" weight="semibold">
        {preview.missing.length > 0
          ? fillIn(s.missing, { units: preview.missing.join(", ") }, lang)
          : s.allAnswered}
      </Text>
    </>
  );
}

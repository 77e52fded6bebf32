/**
 * The collect preview per returned file: how it was taken, its counts in words,
 * and the rows it adds, the master rows it would change (before and after), the
 * rows not taken and the protected cells it changed; then who has not answered.
 */
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { rowName, type CollectPreview, type FileStatus, type UnitPreview } from "../../core/collect";
import type { Lang } from "../../core/language";
import { answerText, columnName, tableName } from "./answerText";
import { collectWords, type CollectPhrase } from "./collectStrings";
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

const STATUS: Readonly<Record<FileStatus, CollectPhrase>> = {
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
  const say = collectWords(lang);
  const styles = useStyles();
  const values = (u: Parameters<typeof answerText>[0], v: Parameters<typeof answerText>[1]) =>
    answerText(u, v, lang, say("empty"));
  const taken = unit.status !== "otherPeriod" && unit.status !== "otherPlan";
  const ignored = [
    ...unit.unknown.map((r) => ({ ...r, reason: say("unknownId") })),
    ...unit.otherPeriod.map((r) => ({ ...r, reason: say("otherPeriod", { period: r.period }) })),
  ];
  const id = `collect-unit-${index}`;
  return (
    <section className={styles.unit} aria-labelledby={id}>
      <Text as="h4" weight="semibold" id={id}>
        {say("unitHeading", { unit: unit.label, file: unit.file })}
      </Text>
      <Text>{say(STATUS[unit.status])}</Text>
      {taken && (
        <Text>
          {say("counts", {
            added: unit.added.length,
            changed: unit.changed.length,
            unchanged: unit.unchanged.length,
            blank: unit.unanswered.length,
            conflicting: unit.conflicting.length,
          })}
        </Text>
      )}
      {unit.added.length > 0 && (
        <RowsTable
          caption={say("added", { unit: unit.label })}
          head={[say("colId"), say("colTable"), say("colValues")]}
          rows={unit.added.map((a) => [a.id, tableName(a.table, lang), values(a.table, a.after)])}
        />
      )}
      {unit.changed.length > 0 && (
        <RowsTable
          caption={say("changed", { unit: unit.label })}
          head={[say("colId"), say("colTable"), say("colBefore"), say("colAfter")]}
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
          caption={say("ignored", { unit: unit.label })}
          head={[say("colId"), say("colTable"), say("colReason"), say("colCell")]}
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
          caption={say("protectedChanges", { unit: unit.label })}
          head={[say("colId"), say("colTable"), say("colColumn"), say("colBefore"), say("colAfter")]}
          rows={unit.protectedChanges.map((p) => [
            rowName(p.table, p.id, lang),
            tableName(p.table, lang),
            p.column === null ? say("wholeRow") : columnName(p.table, p.column, lang),
            p.before === null ? say("empty") : String(p.before),
            p.after === null ? say("empty") : String(p.after),
          ])}
        />
      )}
    </section>
  );
}

/** Every returned file's part of the preview, and the responsibles who have not answered. */
export function CollectUnits({ lang, preview }: { readonly lang: Lang; readonly preview: CollectPreview }) {
  const say = collectWords(lang);
  return (
    <>
      {preview.units.map((u, i) => (
        <Unit key={`${u.file}-${i}`} lang={lang} unit={u} index={i} />
      ))}
      <Text role="status" weight="semibold">
        {preview.missing.length > 0
          ? say("missing", { units: preview.missing.join(", ") })
          : say("allAnswered")}
      </Text>
    </>
  );
}

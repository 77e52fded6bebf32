/**
 * The preview of a collect as text for the command line and the task pane: per
 * file the counts and every row that needs the coordinator, then the conflicts,
 * the units that have not answered and, once written, what was applied.
 */
import type { Lang } from "../language";
import { columnHeader, planKeyLabel, tableSpec } from "../schema";
import { speaker } from "../text";
import { answerWords } from "./answers";
import type { AnswerTable, AnswerValues, CollectPreview, CollectRows, UnitPreview } from "./collect.types";

const sv = {
  head: "Insamling för {period}",
  unit: "{unit} ({file}){status, select, noIdentity {: ingen utskickad fil: raderna läses ändå} otherPeriod {: gäller en annan period: inget hämtas} otherPlan {: gäller en annan plan: inget hämtas} other {}}",
  counts:
    "{added, plural, one {{added} ny} other {{added} nya}}, {changed, plural, one {{changed} ändrad} other {{changed} ändrade}}, {unchanged, plural, one {{unchanged} oförändrad} other {{unchanged} oförändrade}}, {blank, plural, one {{blank} tom} other {{blank} tomma}}",
  changed: "Ändrad: {table} {id}: {before} → {after}",
  unknown: "Okänt ID, hämtas inte: {table} {id}",
  unknownAt: "Okänt ID, hämtas inte: {table} {id} ({sheet}!{cell})",
  otherPeriod: "Annan period, hämtas inte: {table} {id} ({period})",
  protected: "Skyddad cell ändrad, ignoreras: {table} {id}",
  protectedColumn: "Skyddad cell ändrad, ignoreras: {table} {id} {column}: {before} → {after}",
  conflicts: "Konflikter (ingen av uppgifterna skrivs förrän du väljer):",
  conflict: "{table} {id}:",
  answer: "{unit} ({file}): {values}",
  missing: "Har inte svarat: {units}",
  allAnswered: "Alla har svarat.",
  written:
    "Skrivet: {added, plural, one {{added} ny rad} other {{added} nya rader}}, {replaced, plural, one {{replaced} ersatt rad} other {{replaced} ersatta rader}}.",
  notApplied:
    "Inte skrivet: {table} {id} ({reason, select, conflict {konflikt} notConfirmed {ändring ej bekräftad} other {kan inte ersättas här}})",
  empty: "(tom)",
};

const en: Readonly<Record<keyof typeof sv, string>> = {
  head: "Collect for {period}",
  unit: "{unit} ({file}){status, select, noIdentity {: not a hand-out: its rows are read anyway} otherPeriod {: is for another period: nothing taken} otherPlan {: is for another plan: nothing taken} other {}}",
  counts: "{added} new, {changed} changed, {unchanged} unchanged, {blank} blank",
  changed: "Changed: {table} {id}: {before} → {after}",
  unknown: "Unknown ID, not taken: {table} {id}",
  unknownAt: "Unknown ID, not taken: {table} {id} ({sheet}!{cell})",
  otherPeriod: "Other period, not taken: {table} {id} ({period})",
  protected: "Protected cell changed, ignored: {table} {id}",
  protectedColumn: "Protected cell changed, ignored: {table} {id} {column}: {before} → {after}",
  conflicts: "Conflicts (neither answer is written until you choose):",
  conflict: "{table} {id}:",
  answer: "{unit} ({file}): {values}",
  missing: "Not answered: {units}",
  allAnswered: "Everyone has answered.",
  written:
    "Written: {added, plural, one {{added} new row} other {{added} new rows}}, {replaced, plural, one {{replaced} row replaced} other {{replaced} rows replaced}}.",
  notApplied:
    "Not written: {table} {id} ({reason, select, conflict {conflict} notConfirmed {change not confirmed} other {cannot be replaced here}})",
  empty: "(blank)",
};

const say = speaker<keyof typeof sv>({ sv, en });

/** Values in a line: "Status Pågår; Utfall 12000". */
const valuesText = (table: AnswerTable, v: AnswerValues | null, lang: Lang): string =>
  (v === null ? "" : answerWords(table, v, lang)) || say("empty", lang);

const tableLabel = (t: AnswerTable | "Plan" | "Goals" | "Activities", lang: Lang): string =>
  tableSpec(t).sheet[lang];

/** A row as the user sees it: a Plan fact by its label on the Plan sheet ("Valuta"), else by its ID. */
export const rowName = (
  table: AnswerTable | "Plan" | "Goals" | "Activities",
  id: string,
  lang: Lang,
): string => (table === "Plan" ? planKeyLabel(id, lang) : id);

function unitLines(u: UnitPreview, lang: Lang): string[] {
  const out = [say("unit", lang, { unit: u.label, file: u.file, status: u.status })];
  if (u.status === "otherPeriod" || u.status === "otherPlan") return out;
  const counts = {
    added: u.added.length,
    changed: u.changed.length,
    unchanged: u.unchanged.length,
    blank: u.unanswered.length,
  };
  const line = (text: string): void => {
    out.push(`  ${text}`);
  };
  line(say("counts", lang, counts));
  for (const a of u.changed) {
    const table = tableLabel(a.table, lang);
    const before = valuesText(a.table, a.before, lang);
    line(say("changed", lang, { table, id: a.id, before, after: valuesText(a.table, a.after, lang) }));
  }
  for (const r of u.unknown) {
    const at = { table: tableLabel(r.table, lang), id: r.id };
    line(
      r.cell
        ? say("unknownAt", lang, { ...at, sheet: r.cell.sheet, cell: r.cell.cell })
        : say("unknown", lang, at),
    );
  }
  for (const r of u.otherPeriod)
    line(say("otherPeriod", lang, { table: tableLabel(r.table, lang), id: r.id, period: r.period }));
  for (const p of u.protectedChanges) {
    const at = { table: tableLabel(p.table, lang), id: rowName(p.table, p.id, lang) };
    const before = String(p.before ?? "");
    line(
      p.column === null
        ? say("protected", lang, at)
        : say("protectedColumn", lang, {
            ...at,
            column: columnHeader(p.table, p.column, lang),
            before,
            after: String(p.after ?? ""),
          }),
    );
  }
  return out;
}

/** The preview (and, when given, what was written) as lines of text. */
export function collectText(preview: CollectPreview, lang: Lang, written?: CollectRows): string {
  const lines = [say("head", lang, { period: preview.period }), ""];
  for (const u of preview.units) lines.push(...unitLines(u, lang));
  if (preview.conflicts.length > 0) {
    lines.push("", say("conflicts", lang));
    for (const c of preview.conflicts) {
      lines.push(`  ${say("conflict", lang, { table: tableLabel(c.table, lang), id: c.id })}`);
      for (const a of c.answers)
        lines.push(
          `    ${say("answer", lang, { unit: a.label, file: a.file, values: valuesText(c.table, a.values, lang) })}`,
        );
    }
  }
  lines.push(
    "",
    preview.missing.length > 0
      ? say("missing", lang, { units: preview.missing.join(", ") })
      : say("allAnswered", lang),
  );
  if (written) {
    lines.push(say("written", lang, { added: written.append.length, replaced: written.update.length }));
    for (const n of written.notApplied)
      lines.push(
        `  ${say("notApplied", lang, { table: tableLabel(n.table, lang), id: n.id, reason: n.reason })}`,
      );
  }
  return lines.join("\n");
}

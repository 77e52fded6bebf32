/**
 * The preview of a collect as text for the command line and the task pane: per
 * file the counts and every row that needs the coordinator, then the conflicts,
 * the units that have not answered and, once written, what was applied.
 */
import type { Lang } from "../language";
import { tableSpec } from "../plan";
import { formatMessage } from "../text";
import { answerWords } from "./answers";
import type { AnswerTable, AnswerValues, CollectPreview, CollectRows, UnitPreview } from "./collect.types";

const W = {
  sv: {
    head: "Insamling för {period}",
    counts: "{added} nya, {changed} ändrade, {unchanged} oförändrade, {blank} tomma",
    status: {
      ok: "",
      noIdentity: "ingen utskickad fil: raderna läses ändå",
      otherPeriod: "gäller en annan period: inget hämtas",
      otherPlan: "gäller en annan plan: inget hämtas",
    },
    changed: "Ändrad",
    unknown: "Okänt ID, hämtas inte",
    otherPeriod: "Annan period, hämtas inte",
    protected: "Skyddad cell ändrad, ignoreras",
    conflicts: "Konflikter (ingen av uppgifterna skrivs förrän du väljer):",
    missing: "Har inte svarat: {units}",
    allAnswered: "Alla har svarat.",
    written: "Skrivet: {added} nya rader, {replaced} ersatta rader.",
    notApplied: "Inte skrivet",
    reasons: {
      conflict: "konflikt",
      notConfirmed: "ändring ej bekräftad",
      cannotUpdate: "kan inte ersättas här",
    },
    empty: "(tom)",
  },
  en: {
    head: "Collect for {period}",
    counts: "{added} new, {changed} changed, {unchanged} unchanged, {blank} blank",
    status: {
      ok: "",
      noIdentity: "not a hand-out: its rows are read anyway",
      otherPeriod: "is for another period: nothing taken",
      otherPlan: "is for another plan: nothing taken",
    },
    changed: "Changed",
    unknown: "Unknown ID, not taken",
    otherPeriod: "Other period, not taken",
    protected: "Protected cell changed, ignored",
    conflicts: "Conflicts (neither answer is written until you choose):",
    missing: "Not answered: {units}",
    allAnswered: "Everyone has answered.",
    written: "Written: {added} new rows, {replaced} rows replaced.",
    notApplied: "Not written",
    reasons: {
      conflict: "conflict",
      notConfirmed: "change not confirmed",
      cannotUpdate: "cannot be replaced here",
    },
    empty: "(blank)",
  },
} as const;

/** Values in a line: "Status Pågår; Utfall 12000". */
const valuesText = (table: AnswerTable, v: AnswerValues | null, lang: Lang): string =>
  (v === null ? "" : answerWords(table, v, lang)) || W[lang].empty;

const tableLabel = (t: AnswerTable | "Plan" | "Goals" | "Activities", lang: Lang): string =>
  tableSpec(t).sheet[lang];

function unitLines(u: UnitPreview, lang: Lang): string[] {
  const w = W[lang];
  const note = w.status[u.status];
  const out = [`${u.label} (${u.file})${note ? `: ${note}` : ""}`];
  if (u.status === "otherPeriod" || u.status === "otherPlan") return out;
  out.push(
    `  ${formatMessage(w.counts, { added: u.added.length, changed: u.changed.length, unchanged: u.unchanged.length, blank: u.unanswered.length }, lang)}`,
  );
  for (const a of u.changed) {
    out.push(
      `  ${w.changed}: ${tableLabel(a.table, lang)} ${a.id}: ${valuesText(a.table, a.before, lang)} → ${valuesText(a.table, a.after, lang)}`,
    );
  }
  for (const r of u.unknown)
    out.push(
      `  ${w.unknown}: ${tableLabel(r.table, lang)} ${r.id}${r.cell ? ` (${r.cell.sheet}!${r.cell.cell})` : ""}`,
    );
  for (const r of u.otherPeriod)
    out.push(`  ${w.otherPeriod}: ${tableLabel(r.table, lang)} ${r.id} (${r.period})`);
  for (const p of u.protectedChanges) {
    const what =
      p.column === null ? "" : ` ${p.column}: ${String(p.before ?? "")} → ${String(p.after ?? "")}`;
    out.push(`  ${w.protected}: ${tableLabel(p.table, lang)} ${p.id}${what}`);
  }
  return out;
}

/** The preview (and, when given, what was written) as lines of text. */
export function collectText(preview: CollectPreview, lang: Lang, written?: CollectRows): string {
  const w = W[lang];
  const lines = [formatMessage(w.head, { period: preview.period }, lang), ""];
  for (const u of preview.units) lines.push(...unitLines(u, lang));
  if (preview.conflicts.length > 0) {
    lines.push("", w.conflicts);
    for (const c of preview.conflicts) {
      lines.push(`  ${tableLabel(c.table, lang)} ${c.id}:`);
      for (const a of c.answers) lines.push(`    ${a.label}: ${valuesText(c.table, a.values, lang)}`);
    }
  }
  lines.push(
    "",
    preview.missing.length > 0
      ? formatMessage(w.missing, { units: preview.missing.join(", ") }, lang)
      : w.allAnswered,
  );
  if (written) {
    lines.push(
      formatMessage(w.written, { added: written.append.length, replaced: written.update.length }, lang),
    );
    for (const n of written.notApplied)
      lines.push(`  ${w.notApplied}: ${tableLabel(n.table, lang)} ${n.id} (${w.reasons[n.reason]})`);
  }
  return lines.join("\n");
}

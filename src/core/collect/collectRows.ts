/**
 * The coordinator's decisions applied to a preview: which rows are appended to the
 * master, which master rows are replaced, and which answers wait. A row the master
 * holds is replaced only when the coordinator confirmed it (or chose that answer in
 * a conflict); a conflict is never settled by the product.
 */
import { sameValues } from "./answers";
import type { AnswerRow, CollectDecisions, CollectPreview, CollectRows, NotApplied } from "./collect.types";

const notApplied = (a: AnswerRow, reason: NotApplied["reason"]): NotApplied => ({
  key: a.key,
  table: a.table,
  period: a.period,
  id: a.id,
  reason,
});

/** The rows to append and to replace, once per period and ID, in the order the files were given. */
export function collectRows(preview: CollectPreview, decisions: CollectDecisions = {}): CollectRows {
  const append: AnswerRow[] = [];
  const update: AnswerRow[] = [];
  const waiting: NotApplied[] = [];
  const done = new Set<string>();
  const confirmed = (key: string): boolean =>
    // Stryker disable next-line ArrayDeclaration: a list of no key and a list of a non-key string confirm nothing alike (test/mutation/equivalent.md)
    decisions.replace === "all" || (decisions.replace ?? []).includes(key);
  const take = (a: AnswerRow, confirmedByChoice: boolean): void => {
    if (a.before === null) append.push(a);
    else if (sameValues(a.table, a.before, a.after)) return;
    else if (confirmedByChoice || confirmed(a.key)) update.push(a);
    else waiting.push(notApplied(a, "notConfirmed"));
  };
  for (const unit of preview.units) {
    for (const a of [...unit.added, ...unit.changed]) {
      if (done.has(a.key)) continue;
      done.add(a.key);
      take(a, false);
    }
    for (const a of unit.conflicting) {
      if (done.has(a.key)) continue;
      const chosen = decisions.choose?.[a.key];
      if (chosen === undefined) {
        done.add(a.key);
        waiting.push(notApplied(a, "conflict"));
      } else if (chosen === a.file) {
        done.add(a.key);
        take(a, true);
      }
    }
  }
  // A choice naming a file that sent no answer for the key leaves the conflict open.
  for (const c of preview.conflicts) {
    if (done.has(c.key)) continue;
    done.add(c.key);
    waiting.push({ key: c.key, table: c.table, period: c.period, id: c.id, reason: "conflict" });
  }
  return { append, update, notApplied: waiting };
}

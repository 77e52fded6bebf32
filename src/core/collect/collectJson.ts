/**
 * The preview of a collect as JSON (`collect --json`): per file what it adds,
 * changes, leaves and could not use; the conflicts; who has not answered; and,
 * once written, what was applied. Choices are the schema's values ("done").
 */
import type { CellRef } from "../cells";
import type {
  AnswerRow,
  AnswerTable,
  AnswerValues,
  CollectPreview,
  CollectRows,
  IgnoredRow,
} from "./collect.types";

type RowJson = {
  table: AnswerTable;
  id: string;
  cell: string | null;
  values: AnswerValues;
  before?: AnswerValues | null;
};
type IgnoredJson = { table: AnswerTable; period: string; id: string; cell: string | null };

export type CollectJson = {
  readonly period: string;
  readonly units: readonly {
    readonly file: string;
    readonly status: string;
    readonly responsible: string | null;
    readonly added: readonly RowJson[];
    readonly changed: readonly RowJson[];
    readonly unchanged: number;
    readonly conflicting: readonly RowJson[];
    readonly unanswered: readonly IgnoredJson[];
    readonly unknown: readonly IgnoredJson[];
    readonly otherPeriod: readonly IgnoredJson[];
    readonly protectedChanges: readonly {
      table: string;
      id: string;
      column: string | null;
      before: unknown;
      after: unknown;
    }[];
  }[];
  readonly conflicts: readonly {
    table: AnswerTable;
    period: string;
    id: string;
    before: AnswerValues | null;
    answers: readonly { file: string; responsible: string; values: AnswerValues }[];
  }[];
  readonly missing: readonly string[];
  readonly written?: {
    readonly appended: number;
    readonly replaced: number;
    readonly notApplied: readonly { table: AnswerTable; period: string; id: string; reason: string }[];
  };
};

const where = (c: CellRef | null): string | null => (c === null ? null : `${c.sheet}!${c.cell}`);

const row = (a: AnswerRow): RowJson => ({ table: a.table, id: a.id, cell: where(a.cell), values: a.after });

/** A changed row, with the master's values it would replace. */
const changedRow = (a: AnswerRow): RowJson => ({ ...row(a), before: a.before });

const ignored = (r: IgnoredRow): IgnoredJson => ({
  table: r.table,
  period: r.period,
  id: r.id,
  cell: where(r.cell),
});

/** The JSON of a preview and, when given, of what writing it applied. */
export function collectJson(preview: CollectPreview, written?: CollectRows): CollectJson {
  const json: CollectJson = {
    period: preview.period,
    units: preview.units.map((u) => ({
      file: u.file,
      status: u.status,
      responsible: u.identity ? u.label : null,
      added: u.added.map(row),
      changed: u.changed.map(changedRow),
      unchanged: u.unchanged.length,
      conflicting: u.conflicting.map(row),
      unanswered: u.unanswered.map(ignored),
      unknown: u.unknown.map(ignored),
      otherPeriod: u.otherPeriod.map(ignored),
      protectedChanges: u.protectedChanges.map((p) => ({ ...p })),
    })),
    conflicts: preview.conflicts.map((c) => ({
      table: c.table,
      period: c.period,
      id: c.id,
      before: c.before,
      answers: c.answers.map((a) => ({ file: a.file, responsible: a.label, values: a.values })),
    })),
    missing: preview.missing,
  };
  if (!written) return json;
  return {
    ...json,
    written: {
      appended: written.append.length,
      replaced: written.update.length,
      notApplied: written.notApplied.map((n) => ({
        table: n.table,
        period: n.period,
        id: n.id,
        reason: n.reason,
      })),
    },
  };
}

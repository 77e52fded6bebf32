/**
 * How a new plan table looks: cell formats, column widths and the fills of status
 * and assessment colour rules. Names and labels come from the schema.
 */
import type { Lang } from "../language";
import { CHOICES } from "../choices";
import { type ColumnSpec, type TableSpec } from "../schema";
import type { CellFormat } from "../cells";
import type { ColourRule } from "./template.types";

/** The cell format of a column type; every other type is text, so "=..." stays text. */
export function formatOfColumn(column: ColumnSpec): CellFormat {
  switch (column.type) {
    case "date":
      return "date";
    case "money":
      return "money";
    case "number":
      return "number";
    case "integer":
      return "integer";
    default:
      return "text";
  }
}

/** Widths in characters where a column's type alone would give a poor fit. */
const WIDE: Readonly<Record<string, number>> = {
  key: 26,
  value: 40,
  title: 48,
  area: 40,
  rationale: 40,
  goal: 50,
  activity: 50,
  indicator: 36,
  comment: 50,
  resources: 30,
  timeframe: 24,
  responsible: 24,
  regionalGoal: 36,
  action: 40,
};

const BY_TYPE: Readonly<Record<ColumnSpec["type"], number>> = {
  text: 24,
  id: 14,
  ref: 14,
  date: 12,
  number: 12,
  money: 14,
  integer: 9,
  articles: 12,
  nationalGoals: 14,
  choice: 16,
};

/** A column's width in characters: wide enough for its header and its usual content. */
export function widthOfColumn(column: ColumnSpec, lang: Lang): number {
  const base = WIDE[column.key] ?? BY_TYPE[column.type];
  return Math.max(base, column.header[lang].length + 4);
}

/**
 * Fills with dark text (contrast well above WCAG AA), so the colour is never the
 * only carrier: the label stays readable in the cell.
 */
const FILLS: Readonly<Record<string, { fill: string; font: string }>> = {
  // status
  notStarted: { fill: "#F2F2F2", font: "#262626" },
  inProgress: { fill: "#DDEBF7", font: "#1F4E79" },
  done: { fill: "#C6EFCE", font: "#006100" },
  delayed: { fill: "#FFC7CE", font: "#9C0006" },
  cancelled: { fill: "#D9D9D9", font: "#3A3A3A" },
  // assessment
  met: { fill: "#C6EFCE", font: "#006100" },
  partlyMet: { fill: "#FFEB9C", font: "#7A4500" },
  notMet: { fill: "#FFC7CE", font: "#9C0006" },
};

/** One colour rule per label of the table's status or assessment column. */
export function colourRules(spec: TableSpec, lang: Lang): ColourRule[] {
  const rules: ColourRule[] = [];
  spec.columns.forEach((column, index) => {
    if (column.choices !== "status" && column.choices !== "assessment") return;
    for (const choice of CHOICES[column.choices]) {
      const colours = FILLS[choice.value];
      if (colours) rules.push({ column: index, equals: choice[lang], ...colours });
    }
  });
  return rules;
}

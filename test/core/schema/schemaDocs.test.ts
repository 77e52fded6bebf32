/**
 * The plan workbook as docs/workbook.md describes it is the schema's, table by table:
 * a column added to the schema and not to the page (or the other way) fails here.
 */
import { CHOICES } from "../../../src/core/choices";
import { PLAN_KEYS, TABLES, type ColumnType } from "../../../src/core/schema";
import { codeTableRows, docSection } from "../../fixtures/docs";

const TYPE_WORDS: Readonly<Record<ColumnType, string>> = {
  text: "text",
  id: "text, unique",
  ref: "reference",
  date: "date",
  number: "number",
  money: "amount",
  integer: "whole number",
  articles: "article numbers",
  nationalGoals: "national sub-goals",
  choice: "choice",
};

const described = (sv: string, en: string, type: string, required: boolean): string =>
  `${required ? `**${sv} / ${en}**` : `${sv} / ${en}`} (${type})`;

const section = docSection("workbook.md", "## Tables and columns", "## Reading rules");

describe("the plan workbook in docs/workbook.md", () => {
  it("is a section of its own", () => {
    expect(section.length).toBeGreaterThan(100);
  });

  it("lists the seven tables with their sheets and every column, its type and whether it is required", () => {
    const rows = codeTableRows(section).filter((r) => r.length === 3);
    expect(rows).toEqual(
      TABLES.map((t) => [
        `\`${t.name}\``,
        `${t.sheet.sv} / ${t.sheet.en}`,
        t.columns
          .map((c) => described(c.header.sv, c.header.en, c.choices ?? TYPE_WORDS[c.type], c.required))
          .join(", "),
      ]),
    );
  });

  it("names every key of the Plan table in order, the required ones in bold", () => {
    const prose = section.replace(/\s+/g, " ");
    const keys = PLAN_KEYS.map((k) =>
      described(k.label.sv, k.label.en, k.type === "version" ? "2006 or 2022" : k.type, k.required),
    ).join(", ");
    expect(prose).toContain(keys);
  });

  it("lists every choice list with its labels in both languages", () => {
    const rows = codeTableRows(section).filter((r) => r.length === 2);
    expect(rows).toEqual(
      Object.entries(CHOICES).map(([name, labels]) => [
        `\`${name}\``,
        labels.map((l) => `${l.sv} / ${l.en}`).join(", "),
      ]),
    );
  });
});

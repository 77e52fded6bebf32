import { articleTitle } from "../../../src/core/charter/charter";
import { isoToSerial, serialToIso } from "../../../src/core/dates/dates";
import type { Lang } from "../../../src/core/language/language";
import {
  LIST_NAMES,
  defaultPeriodRows,
  listNameOf,
  listsTemplate,
  listsTemplateFor,
  planTemplate,
  planTemplates,
} from "../../../src/core/template/planTemplate";
import { CHOICES, LISTS_SHEET } from "../../../src/core/choices";
import { PLAN_KEYS, TABLES, headersOf, tableSpec, type TableName } from "../../../src/core/schema";
import type { TableTemplate } from "../../../src/core/template/template.types";

const LANGS: readonly Lang[] = ["sv", "en"];

function byName(templates: readonly TableTemplate[], name: TableName): TableTemplate {
  const t = templates.find((x) => x.name === name);
  if (!t) throw new Error(`no template ${name}`);
  return t;
}

function columnOf(name: TableName, key: string): number {
  return tableSpec(name).columns.findIndex((c) => c.key === key);
}

/** WCAG relative luminance contrast of two "#RRGGBB" colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string): number => {
    const ch = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
    const lin = ch.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * (lin[0] ?? 0) + 0.7152 * (lin[1] ?? 0) + 0.0722 * (lin[2] ?? 0);
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

describe("planTemplates", () => {
  it.each(LANGS)(
    "gives the seven tables in schema order with the schema's sheet names and headers (%s)",
    (lang) => {
      const templates = planTemplates(lang);
      expect(templates.map((t) => t.name)).toEqual(TABLES.map((t) => t.name));
      for (const t of templates) {
        expect(t.sheet).toBe(tableSpec(t.name).sheet[lang]);
        expect(t.headers).toEqual(headersOf(t.name, lang));
        expect(t.lang).toBe(lang);
        expect(t.formats).toHaveLength(t.headers.length);
        expect(t.widths).toHaveLength(t.headers.length);
        expect(t.formattedRows).toBeGreaterThanOrEqual(Math.max(1, t.rows.length));
        for (const row of t.rows) expect(row).toHaveLength(t.headers.length);
      }
    },
  );

  it("lists every plan fact with the plan period as Excel serials, SEK and the 2006 text by default", () => {
    const plan = byName(planTemplates("sv", { from: "2018-01-01", to: "2020-12-31" }), "Plan");
    expect(plan.rows.map((r) => r[0])).toEqual(PLAN_KEYS.map((k) => k.label.sv));
    const value = (key: string): string | number | null | undefined =>
      plan.rows[PLAN_KEYS.findIndex((k) => k.key === key)]?.[1];
    expect(value("periodStart")).toBe(43101);
    expect(value("periodEnd")).toBe(isoToSerial("2020-12-31"));
    expect(value("currency")).toBe("SEK");
    expect(value("charterVersion")).toBe(2006);
    expect(value("organisation")).toBeNull();
    expect(value("signed")).toBeNull();
  });

  it("formats the Plan table's date rows as dates although the value column is text", () => {
    const plan = byName(planTemplates("en"), "Plan");
    expect(plan.formats).toEqual(["text", "text"]);
    const dateRows = PLAN_KEYS.flatMap((k, i) => (k.type === "date" ? [i] : []));
    expect((plan.cellFormats ?? []).filter((f) => f.format === "date").map((f) => f.row)).toEqual(dateRows);
    expect(plan.cellFormats?.every((f) => f.column === 1)).toBe(true);
  });

  it("records the Charter version given and leaves the period empty when none is given", () => {
    const plan = byName(planTemplates("en", { version: 2022 }), "Plan");
    const version = plan.rows.find((r) => r[0] === "Charter version");
    expect(version?.[1]).toBe(2022);
    expect(plan.rows.find((r) => r[0] === "Period start")?.[1]).toBeNull();
  });

  it("fills the Articles table with every article of the version, none prioritised", () => {
    const sv = byName(planTemplates("sv"), "Articles");
    expect(sv.rows).toHaveLength(30);
    expect(sv.rows[8]).toEqual([9, "Jämställdhetsanalyser", "Allmän ram för jämställdhet", "Nej", null]);
    expect(sv.rows[24]?.[1]).toBe("Artikel 25");
    expect(sv.rows.every((r) => r[3] === "Nej")).toBe(true);

    const en = byName(planTemplates("en", { version: 2022 }), "Articles");
    expect(en.rows).toHaveLength(39);
    expect(en.rows.map((r) => r[0])).toEqual(Array.from({ length: 39 }, (_, i) => i + 1));
    expect(en.rows[33]?.[1]).toBe(articleTitle(34, "en"));
    expect(en.rows[33]?.[1]).toBe("Article 34");
    expect(en.rows.every((r) => r[3] === "No")).toBe(true);
  });

  it("gives six default periods for a 2018–2020 plan: interim at 31 August and annual at 31 December", () => {
    const periods = byName(planTemplates("sv", { from: "2018-01-01", to: "2020-12-31" }), "Periods");
    expect(periods.rows.map((r) => [r[0], r[1], serialToIso(Number(r[2]))])).toEqual([
      ["Delår 2018", "Delår", "2018-08-31"],
      ["Helår 2018", "Helår", "2018-12-31"],
      ["Delår 2019", "Delår", "2019-08-31"],
      ["Helår 2019", "Helår", "2019-12-31"],
      ["Delår 2020", "Delår", "2020-08-31"],
      ["Helår 2020", "Helår", "2020-12-31"],
    ]);
    expect(periods.rows[2]?.[2]).toBe(43708);
  });

  it("names default periods in English with the English period types", () => {
    expect(defaultPeriodRows("en", "2022-07-01", "2023-06-30").map((r) => [r[0], r[1]])).toEqual([
      ["Interim 2022", "Interim"],
      ["Annual 2022", "Annual"],
      ["Interim 2023", "Interim"],
      ["Annual 2023", "Annual"],
    ]);
  });

  it("gives no default periods without a complete plan period", () => {
    expect(byName(planTemplates("sv", { from: "2018-01-01" }), "Periods").rows).toEqual([]);
    expect(defaultPeriodRows("sv", "2021-01-01", "2019-12-31")).toEqual([]);
  });

  it("leaves the tables the user fills in empty", () => {
    const templates = planTemplates("sv", { from: "2018-01-01", to: "2020-12-31" });
    for (const name of ["Goals", "Activities", "FollowUp", "IndicatorValues"] as const) {
      expect(byName(templates, name).rows).toEqual([]);
    }
  });

  it("formats text columns as text so a comment beginning with = stays text", () => {
    const templates = planTemplates("sv");
    expect(byName(templates, "FollowUp").formats[columnOf("FollowUp", "comment")]).toBe("text");
    expect(byName(templates, "Goals").formats[columnOf("Goals", "id")]).toBe("text");
    expect(byName(templates, "Activities").formats).toEqual([
      "text",
      "text",
      "text",
      "text",
      "date",
      "date",
      "money",
      "text",
      "text",
    ]);
    expect(byName(templates, "Periods").formats[columnOf("Periods", "cutoff")]).toBe("date");
    expect(byName(templates, "Articles").formats[columnOf("Articles", "article")]).toBe("integer");
    expect(byName(templates, "IndicatorValues").formats[columnOf("IndicatorValues", "women")]).toBe("number");
  });

  it("validates choice columns against their lists, articles and references against their source columns", () => {
    const templates = planTemplates("en");
    const sources = (name: TableName): Record<number, unknown> =>
      Object.fromEntries(byName(templates, name).validations.map((v) => [v.column, v.source]));
    expect(sources("FollowUp")).toEqual({
      [columnOf("FollowUp", "period")]: { kind: "column", table: "Periods", column: "period" },
      [columnOf("FollowUp", "activityId")]: { kind: "column", table: "Activities", column: "id" },
      [columnOf("FollowUp", "status")]: { kind: "choice", list: "status" },
    });
    expect(sources("Goals")).toEqual({
      [columnOf("Goals", "articles")]: { kind: "articles" },
      [columnOf("Goals", "direction")]: { kind: "choice", list: "direction" },
    });
    expect(sources("Activities")).toEqual({
      [columnOf("Activities", "goalId")]: { kind: "column", table: "Goals", column: "id" },
    });
    expect(sources("IndicatorValues")).toEqual({
      [columnOf("IndicatorValues", "period")]: { kind: "column", table: "Periods", column: "period" },
      [columnOf("IndicatorValues", "goalId")]: { kind: "column", table: "Goals", column: "id" },
      [columnOf("IndicatorValues", "assessment")]: { kind: "choice", list: "assessment" },
    });
    expect(sources("Periods")).toEqual({
      [columnOf("Periods", "type")]: { kind: "choice", list: "periodType" },
    });
    expect(sources("Articles")).toEqual({
      [columnOf("Articles", "prioritised")]: { kind: "choice", list: "yesNo" },
    });
    expect(sources("Plan")).toEqual({});
  });

  it("colours every follow-up status with its own readable fill", () => {
    const followUp = byName(planTemplates("sv"), "FollowUp");
    const status = columnOf("FollowUp", "status");
    expect(followUp.colours.map((c) => c.equals).sort()).toEqual(CHOICES.status.map((c) => c.sv).sort());
    expect(followUp.colours.every((c) => c.column === status)).toBe(true);
    expect(new Set(followUp.colours.map((c) => c.fill)).size).toBe(CHOICES.status.length);
    for (const c of followUp.colours) expect(contrast(c.fill, c.font)).toBeGreaterThanOrEqual(4.5);
    const fill = (label: string): string | undefined =>
      followUp.colours.find((c) => c.equals === label)?.fill;
    expect(fill("Genomförd")).toBe("#C6EFCE");
  });

  it("colours indicator assessments in English labels when the workbook is English", () => {
    const values = byName(planTemplates("en"), "IndicatorValues");
    expect(values.colours.map((c) => c.equals)).toEqual(["Met", "Partly met", "Not met"]);
    for (const c of values.colours) expect(contrast(c.fill, c.font)).toBeGreaterThanOrEqual(4.5);
    expect(byName(planTemplates("en"), "Goals").colours).toEqual([]);
  });

  it("gives one table's template on its own, as in the full set", () => {
    expect(planTemplate("Periods", "sv", { from: "2019-01-01", to: "2019-12-31" }).rows).toHaveLength(2);
  });
});

describe("listsTemplate", () => {
  it("holds every choice list in the workbook's language and the article numbers of the version", () => {
    const lists = listsTemplate("sv", 2006);
    expect(lists.sheet).toBe(LISTS_SHEET.sv);
    const byListName = Object.fromEntries(lists.columns.map((c) => [c.name, c.values]));
    expect(byListName["CEMR_Status"]).toEqual(["Ej påbörjad", "Pågår", "Genomförd", "Försenad", "Avbruten"]);
    expect(byListName["CEMR_PeriodType"]).toEqual(["Delår", "Helår"]);
    expect(byListName["CEMR_YesNo"]).toEqual(["Ja", "Nej"]);
    expect(byListName["CEMR_Articles"]).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect(lists.columns.map((c) => c.name).sort()).toEqual(Object.values(LIST_NAMES).sort());
  });

  it("uses English labels and sheet name, and 39 articles for the 2022 text", () => {
    const lists = listsTemplate("en", 2022);
    expect(lists.sheet).toBe("Lists");
    expect(lists.columns.find((c) => c.name === "CEMR_Assessment")?.values).toEqual([
      "Met",
      "Partly met",
      "Not met",
    ]);
    expect(lists.columns.find((c) => c.name === "CEMR_Articles")?.values).toHaveLength(39);
    expect(lists.columns.find((c) => c.name === "CEMR_Status")?.header).toBe("Status");
  });

  it("names the list behind each validation so an adapter can point at it", () => {
    expect(listNameOf({ kind: "choice", list: "direction" })).toBe("CEMR_Direction");
    expect(listNameOf({ kind: "articles" })).toBe("CEMR_Articles");
    expect(listNameOf({ kind: "column", table: "Goals", column: "id" })).toBeNull();
  });

  it("takes the lists' language and version from the tables being added", () => {
    expect(
      listsTemplateFor(planTemplates("en"))?.columns.find((c) => c.name === "CEMR_Articles")?.values,
    ).toHaveLength(30);
    const goalsOnly = planTemplates("sv").filter((t) => t.name === "Goals");
    const lists = listsTemplateFor(goalsOnly);
    expect(lists?.sheet).toBe("Listor");
    expect(lists?.columns.find((c) => c.name === "CEMR_Articles")?.values).toHaveLength(39);
    expect(listsTemplateFor([])).toBeNull();
  });
});

/**
 * The rules of rows added to a plan table (src/core/style/tableRules.ts): set-up's
 * validation lists and status colours, moved to the columns the table's header row
 * names, in the language of its headers.
 */
import { headersOf } from "../../../src/core/schema";
import { planTemplate } from "../../../src/core/template/planTemplate";
import { tableRules } from "../../../src/core/style";

describe("a plan table's rules for the rows added to it", () => {
  it("are set-up's own for a table as set-up made it, in Swedish and in English", () => {
    for (const lang of ["sv", "en"] as const) {
      const template = planTemplate("FollowUp", lang);
      expect(tableRules("FollowUp", headersOf("FollowUp", lang))).toEqual({
        lang,
        validations: template.validations,
        colours: template.colours,
      });
    }
  });

  it("follow the columns a user moved, dropped or added, and the table's name in any case", () => {
    // Status first, the Period column dropped, columns of the user's own (one headed by a number) at the end.
    const headers = ["status", "Aktivitet-ID", "Utfall", "Prognos", "Kommentar", "Egen anteckning", 2019];
    const rules = tableRules("followup", headers);
    const template = planTemplate("FollowUp", "sv");
    expect(rules?.lang).toBe("sv");
    expect(rules?.validations).toEqual([
      { column: 1, source: { kind: "column", table: "Activities", column: "id" } },
      { column: 0, source: { kind: "choice", list: "status" } },
    ]);
    // Every status colour reads the status cell, now in the table's first column.
    expect(rules?.colours.map((c) => c.column)).toEqual(template.colours.map(() => 0));
    expect(rules?.colours.map((c) => c.equals)).toEqual(template.colours.map((c) => c.equals));
  });

  it("take the language most headers are written in, Swedish when as many are English", () => {
    expect(tableRules("Goals", ["Goal ID", "Article", "Mål", "Direction"])?.lang).toBe("en");
    expect(tableRules("Goals", ["Goal ID", "Artikel"])?.lang).toBe("sv");
  });

  it("are none for a table that is not the plan's, and none for columns the table lacks", () => {
    expect(tableRules("Budget", ["Status"])).toBeNull();
    expect(tableRules("FollowUp", ["Utfall", "Prognos"])).toEqual({
      lang: "sv",
      validations: [],
      colours: [],
    });
  });
});

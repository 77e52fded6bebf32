import { planTemplate } from "../../../src/core/template/planTemplate";
import { LOOKS, lookOf, rowHeightFor } from "../../../src/core/style/cellLooks";
import { colourFormula } from "../../../src/core/style/colourRules";
import { widthInPoints } from "../../../src/workbook/office/cellGrids";
import { charactersOfFileWidth, fileColumnWidth } from "../../../src/workbook/xlsx/write/columnWidths";
import { formulaString, structuredReference } from "../../../src/core/style/formulaText";
import { cellFormatCode, numberFormatCode } from "../../../src/core/style/numberFormats";
import {
  MARKER_SHEET,
  markerOf,
  markersOf,
  productSheetsOf,
} from "../../../src/core/productSheets/productMarker";
import { coveredBodyRows } from "../../../src/core/style/tableLook";
import { validationRule } from "../../../src/core/style/validationRules";

/** WCAG contrast ratio of two "#RRGGBB" colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
}

describe("the style decisions both adapters render", () => {
  it("keeps text as text and numbers as numbers whatever the column's format", () => {
    expect(cellFormatCode("=SUM(A1:A3)", numberFormatCode("money"))).toBe("@");
    expect(cellFormatCode(12, numberFormatCode("text"))).toBe("General");
    expect(cellFormatCode(43_466, numberFormatCode("date"))).toBe("yyyy-mm-dd");
    expect(cellFormatCode(null, numberFormatCode("money"))).toBe("#,##0");
    expect(cellFormatCode("", numberFormatCode("date"))).toBe("yyyy-mm-dd");
  });

  it("stops a value outside a choice list, and only warns for articles and IDs", () => {
    const followUp = planTemplate("FollowUp", "sv");
    const rules = followUp.validations.map((v) => validationRule(v.source, "sv"));
    expect(rules.map((r) => [r.formula, r.alert.style])).toEqual([
      ['INDIRECT("Periods[[Period]]")', "warning"],
      ['INDIRECT("Activities[[Aktivitet-ID]]")', "warning"],
      ["CEMR_Status", "stop"],
    ]);
    const goals = planTemplate("Goals", "en");
    const articles = goals.validations.find((v) => v.source.kind === "articles");
    expect(articles && validationRule(articles.source, "en").alert.message).toMatch(/"11, 14"/);
  });

  it("colours each row by its own status cell, quoting the label", () => {
    expect(colourFormula({ column: 2, equals: 'Sa "ja"', fill: "#FFFFFF", font: "#000000" }, 1)).toBe(
      '$C2="Sa ""ja"""',
    );
    expect(formulaString("Försenad")).toBe('"Försenad"');
    expect(structuredReference("Goals", "Mål [ID]#")).toBe("Goals[[Mål '[ID']'#]]");
  });

  it("covers the rows written, at least one, in every new table", () => {
    expect(coveredBodyRows(planTemplate("Goals", "sv"))).toBe(1);
    expect(coveredBodyRows(planTemplate("Articles", "sv"))).toBe(30);
  });

  it("converts widths in characters to points and to a file's width alike", () => {
    expect(widthInPoints(10)).toBeCloseTo(56.25);
    expect(fileColumnWidth(12)).toBe(12.7109375);
    expect(charactersOfFileWidth(fileColumnWidth(26))).toBe(26);
  });

  it("gives every status fill a font that reads on it (WCAG AA) and titles no wrapping", () => {
    for (const style of ["good", "warn", "bad", "neutral", "header"] as const) {
      const { fill, color = "#000000" } = LOOKS[style];
      expect(fill).toMatch(/^#[0-9A-F]{6}$/);
      expect(contrast(fill ?? "", color)).toBeGreaterThanOrEqual(4.5);
    }
    expect(lookOf("title").wrap).toBe(false);
    expect(lookOf(undefined).wrap).toBe(true);
  });

  it("gives rows a height only where the default does not fit: several lines or a large font", () => {
    expect(rowHeightFor(1, "body")).toBeNull();
    expect(rowHeightFor(1, undefined)).toBeNull();
    expect(rowHeightFor(3, "note")).toBe(48);
    expect(rowHeightFor(1, "title")).toBe(25);
    expect(rowHeightFor(1, "heading")).toBeGreaterThan(15);
  });

  it("reads the marker sheet's entries below its header", () => {
    expect(MARKER_SHEET).toBe("_cemr");
    expect(
      markersOf(
        [
          ["Sheet", "Marker"],
          ["Årsbokslut 2019", "summary:Helår 2019"],
          [null, null],
          ["Blad", 5],
        ],
        0,
      ),
    ).toEqual([
      { sheet: "Årsbokslut 2019", marker: "summary:Helår 2019", row: 1 },
      { sheet: "Blad", marker: "", row: 3 },
    ]);
  });

  it("takes as the product's only the sheets that exist and are listed, named as Excel compares names, in the workbook's order", () => {
    const markers = markersOf(
      [
        ["Sheet", "Marker"],
        ["ÅRSBOKSLUT 2019", "summary:Helår 2019"],
        ["Delår 2020", "summary:Delår 2020"],
        ["_cemr", "itself"],
        ["Mål ", "summary:x"],
      ],
      0,
    );
    const sheets = ["Mål", "Delår 2020", "Aktiviteter", "årsbokslut 2019", "_CEMR"];
    // Case does not count (Excel's rule); a trailing space does, and the marker sheet is never one.
    expect(productSheetsOf(sheets, markers)).toEqual(["Delår 2020", "årsbokslut 2019"]);
    expect(markerOf(markers, "årsbokslut 2019")?.row).toBe(1);
    expect(markerOf(markers, "Mål")).toBeUndefined();
  });
});

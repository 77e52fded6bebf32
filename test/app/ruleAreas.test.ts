/**
 * The contract suite compares validation lists and colours as what each cell shows
 * (ruleAreas.ts): rules alike join, rules that differ in any cell do not.
 */
import { formulaMoved, joinedColours, joinedValidations } from "./ruleAreas";

const STATUS = { formula: "CEMR_Status", alert: "stop", title: "Kontrollera värdet", message: "Välj." };
const DONE = { fill: "#C6EFCE", font: "#006100" };

describe("rules compared as what each cell shows", () => {
  it("moves relative references with the cell, outside text only", () => {
    expect(formulaMoved('$C2="B2"', 3)).toBe('$C5="B2"');
    expect(formulaMoved("$C$2+D2", 1, 2)).toBe("$C$2+F3");
  });

  it("joins one list set over B2 and again over B3 and B5 into one rule over its cells", () => {
    expect(
      joinedValidations([
        { ref: "B3", ...STATUS },
        { ref: "B2", ...STATUS },
        { ref: "B5", ...STATUS },
      ]),
    ).toEqual([{ ref: "B2:B3 B5", ...STATUS }]);
  });

  it("keeps lists apart that differ in their alert", () => {
    const warning = { ...STATUS, alert: "warning" };
    expect(
      joinedValidations([
        { ref: "B2", ...STATUS },
        { ref: "B3", ...warning },
      ]),
    ).toHaveLength(2);
  });

  it("joins colours whose formula reads the same in each row, and not one that reads another row", () => {
    const rowTwo = { ref: "A2:F2", formula: '$C2="Genomförd"', ...DONE };
    const rowThree = { ref: "A3:F3", formula: '$C3="Genomförd"', ...DONE };
    expect(joinedColours([rowTwo, rowThree])).toEqual([{ ...rowTwo, ref: "A2:F3" }]);
    // Row 3 coloured by row 2's status is another rule.
    expect(joinedColours([rowTwo, { ...rowThree, formula: '$C2="Genomförd"' }])).toHaveLength(2);
  });
});

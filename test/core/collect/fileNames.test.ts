import { handoutFileName } from "../../../src/core/collect/fileNames";
import { readIdentity } from "../../../src/core/collect/identity";
import { planWorkbook } from "../fixtures/planWorkbook";
import { masterPlan, masterRows } from "./roundFixture";

describe("handoutFileName", () => {
  it("replaces characters no file system accepts and trims trailing dots", () => {
    expect(handoutFileName("Delår 2022", 'Barn- och utbildning: "BUN"/skola...', new Set())).toBe(
      "Delår 2022 - Barn- och utbildning- -BUN--skola.xlsx",
    );
  });

  it("collapses spaces and line breaks pasted into a name, and trims it", () => {
    expect(handoutFileName("Helår 2022", " Barn- och\nutbildnings  nämnden\t", new Set())).toBe(
      "Helår 2022 - Barn- och utbildnings nämnden.xlsx",
    );
  });

  it("cuts a very long name to 100 characters", () => {
    const long = `Förvaltningen för ${"samhällsbyggnad, ".repeat(8)}miljö och hälsa`;
    const name = handoutFileName("Helår 2022", long, new Set());
    expect(name).toBe(`Helår 2022 - ${long.slice(0, 100)}.xlsx`);
  });

  it("names a unit whose name has nothing a file system accepts with a dash", () => {
    expect(handoutFileName("Helår 2022", "...", new Set())).toBe("Helår 2022 - -.xlsx");
  });

  it("never gives two units the same file, whatever the case", () => {
    const taken = new Set<string>();
    expect(handoutFileName("Helår 2022", "HR", taken)).toBe("Helår 2022 - HR.xlsx");
    expect(handoutFileName("Helår 2022", "hr", taken)).toBe("Helår 2022 - hr (2).xlsx");
    expect(handoutFileName("Helår 2022", "HR", taken)).toBe("Helår 2022 - HR (3).xlsx");
  });
});

describe("readIdentity", () => {
  it("finds no identity in a master, which has no hand-out rows", () => {
    const rows = masterRows();
    expect(readIdentity(planWorkbook(rows), masterPlan(rows))).toBeNull();
  });
});

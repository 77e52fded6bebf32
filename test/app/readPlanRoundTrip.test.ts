import { setUpPlan } from "../../src/app/setUpPlan";
import { readPlan } from "../../src/core/read/readPlan";
import { memoryPort } from "./memoryPort";

describe("reading a workbook the product set up itself", () => {
  it.each(["sv", "en"] as const)(
    "finds every table and asks only for the organisation (%s)",
    async (lang) => {
      const port = memoryPort();
      await setUpPlan(port, { lang, from: "2024-01-01", to: "2026-12-31", version: 2022 });
      const plan = readPlan(await port.read());
      expect(plan.lang).toBe(lang);
      expect(plan.problems.map((p) => [p.code, p.sheet, p.cell])).toEqual([["VALUE_REQUIRED", "Plan", "B2"]]);
      expect(plan.facts).toMatchObject({
        periodStart: "2024-01-01",
        periodEnd: "2026-12-31",
        charterVersion: 2022,
      });
      expect(plan.articles.rows.map((a) => a.article)).toEqual(Array.from({ length: 39 }, (_, i) => i + 1));
      expect(plan.articles.rows.every((a) => a.prioritised === false)).toBe(true);
      expect(plan.periods.rows.map((p) => [p.type, p.cutoff])).toEqual([
        ["interim", "2024-08-31"],
        ["annual", "2024-12-31"],
        ["interim", "2025-08-31"],
        ["annual", "2025-12-31"],
        ["interim", "2026-08-31"],
        ["annual", "2026-12-31"],
      ]);
    },
  );
});

/** The bundle budget: the task pane's initial JavaScript, minified and gzip -9. */
import { join } from "node:path";
import { existsSync } from "node:fs";

type Measure = {
  files: { file: string; minified: number; gzip: number }[];
  total: { minified: number; gzip: number };
  budget: { minified: number; gzip: number };
};

const dist = join(__dirname, "..", "..", "dist");

describe("the task pane's initial JavaScript", () => {
  it("stays within 450 KB minified and 140 KB gzip", () => {
    expect(existsSync(join(dist, "taskpane.html"))).toBe(true);
    // The same measuring script as `npm run size`.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { measure } = require("../../scripts/bundleSize.js") as { measure: (dir: string) => Measure };
    const { files, total, budget } = measure(dist);
    expect(files.map((f) => f.file)).toContain("taskpane.js");
    process.stdout.write(
      `bundle budget: ${total.minified} B minified (≤ ${budget.minified}), ${total.gzip} B gzip (≤ ${budget.gzip})\n`,
    );
    expect(total.minified).toBeLessThanOrEqual(budget.minified);
    expect(total.gzip).toBeLessThanOrEqual(budget.gzip);
  });
});

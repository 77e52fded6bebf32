/**
 * Lint enforces the architecture: code in the core that reaches for Office, the
 * DOM, exceljs or the clock is an error, and so is a view importing an adapter.
 */
import { execFileSync } from "node:child_process";
import { join } from "node:path";

const root = join(__dirname, "..", "..");
const sync = ["for (let i = 0; i < n; i++) {", "  await context.sync();", "}"].join("\n");

const cases = [
  {
    name: "core importing the core",
    filePath: "src/core/x.ts",
    code: 'import { a1 } from "./cells";\nexport const x = a1(0, 0);\n',
  },
  {
    name: "core importing exceljs",
    filePath: "src/core/x.ts",
    code: 'import ExcelJS from "exceljs";\nexport const x = ExcelJS;\n',
  },
  {
    name: "core importing an adapter",
    filePath: "src/core/x.ts",
    code: 'import { p } from "../workbook/office/p";\nexport const x = p;\n',
  },
  { name: "core using Excel", filePath: "src/core/x.ts", code: "export const x = Excel.run;\n" },
  { name: "app using the DOM", filePath: "src/app/x.ts", code: "export const x = document.title;\n" },
  { name: "core reading the clock", filePath: "src/core/x.ts", code: "export const today = new Date();\n" },
  { name: "app reading the clock", filePath: "src/app/x.ts", code: "export const t = Date.now();\n" },
  {
    name: "view importing an adapter",
    filePath: "src/taskpane/x.ts",
    code: 'import { o } from "../workbook/xlsx/o";\nexport const x = o;\n',
  },
  {
    name: "sync in a loop",
    filePath: "src/workbook/office/x.ts",
    code: `export async function f(context: Excel.RequestContext, n: number) {\n${sync}\n}\n`,
  },
  {
    name: "innerHTML",
    filePath: "src/taskpane/x.ts",
    code: "export function f(el: HTMLElement, t: string) {\n  el.innerHTML = t;\n}\n",
  },
];

let results: string[][] = [];

beforeAll(() => {
  const out = execFileSync(process.execPath, [join(__dirname, "lintCases.mjs")], {
    cwd: root,
    input: JSON.stringify(cases),
    encoding: "utf8",
  });
  results = JSON.parse(out) as string[][];
}, 120_000);

const rulesOf = (name: string) => results[cases.findIndex((c) => c.name === name)] ?? ["<not linted>"];

describe("the layering rules", () => {
  it("let the core import the core", () => {
    expect(rulesOf("core importing the core")).toEqual([]);
  });
  it("keep exceljs and adapters out of the core", () => {
    expect(rulesOf("core importing exceljs")).toContain("no-restricted-imports");
    expect(rulesOf("core importing an adapter")).toContain("no-restricted-imports");
  });
  it("keep Office, the DOM and the clock out of the core and the use cases", () => {
    expect(rulesOf("core using Excel")).toContain("no-restricted-globals");
    expect(rulesOf("app using the DOM")).toContain("no-restricted-globals");
    expect(rulesOf("core reading the clock")).toContain("no-restricted-syntax");
    expect(rulesOf("app reading the clock")).toContain("no-restricted-syntax");
  });
  it("keep views away from adapters", () => {
    expect(rulesOf("view importing an adapter")).toContain("no-restricted-imports");
  });
  it("forbid a sync inside a loop and innerHTML", () => {
    expect(rulesOf("sync in a loop")).toContain("office-addins/no-context-sync-in-loop");
    expect(rulesOf("innerHTML")).toContain("no-restricted-properties");
  });
});

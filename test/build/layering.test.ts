/**
 * Lint enforces the architecture: code in the core that reaches for Office, the
 * DOM, exceljs or the clock is an error, and so is a view importing an adapter;
 * and the sizes: a source file over 300 lines, a function over 80 lines, a
 * component (.tsx) over 120.
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

/** A function of `lines` lines, comments and blank lines counted. */
const functionOf = (name: string, lines: number) =>
  [
    `export function ${name}(): number {`,
    "  let n = 0;",
    ...Array<string>(lines - 4).fill("  n += 1;"),
    "  return n;",
    "}",
  ].join("\n");
/** A file of `lines` lines: short functions and, between them, comments and blank lines. */
const fileOf = (lines: number) =>
  Array.from({ length: lines }, (_, i) =>
    i % 3 === 0 ? `export const x${i} = ${i};` : i % 3 === 1 ? "// a note" : "",
  ).join("\n");
const component = (lines: number) =>
  [
    "export function Panel(): JSX.Element {",
    "  const parts: string[] = [];",
    ...Array<string>(lines - 4).fill('  parts.push("a");'),
    '  return <p>{parts.join("")}</p>;',
    "}",
  ].join("\n");

cases.push(
  { name: "file of 300 lines", filePath: "src/core/x.ts", code: `${fileOf(300)}\n` },
  { name: "file of 301 lines", filePath: "src/core/x.ts", code: `${fileOf(301)}\n` },
  { name: "function of 80 lines", filePath: "src/core/x.ts", code: `${functionOf("f", 80)}\n` },
  { name: "function of 81 lines", filePath: "src/app/x.ts", code: `${functionOf("f", 81)}\n` },
  { name: "component of 120 lines", filePath: "src/taskpane/views/X.tsx", code: `${component(120)}\n` },
  { name: "component of 121 lines", filePath: "src/taskpane/views/X.tsx", code: `${component(121)}\n` },
  { name: "test of 400 lines", filePath: "test/core/x.test.ts", code: `${functionOf("f", 400)}\n` },
);

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

describe("the size rules", () => {
  it("let a file of 300 lines pass and fail one of 301, comments and blank lines counted", () => {
    expect(rulesOf("file of 300 lines")).toEqual([]);
    expect(rulesOf("file of 301 lines")).toEqual(["max-lines"]);
  });
  it("let a function of 80 lines pass and fail one of 81", () => {
    expect(rulesOf("function of 80 lines")).toEqual([]);
    expect(rulesOf("function of 81 lines")).toEqual(["max-lines-per-function"]);
  });
  it("let a component run to 120 lines and fail it at 121", () => {
    expect(rulesOf("component of 120 lines")).toEqual([]);
    expect(rulesOf("component of 121 lines")).toEqual(["max-lines-per-function"]);
  });
  it("leave the tests' sizes alone", () => {
    expect(rulesOf("test of 400 lines")).not.toContain("max-lines");
    expect(rulesOf("test of 400 lines")).not.toContain("max-lines-per-function");
  });
});

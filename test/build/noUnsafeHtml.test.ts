/**
 * Workbook content is never turned into markup or code: no source file under src/
 * may use innerHTML (or its relatives), dangerouslySetInnerHTML, eval or new
 * Function. Lint forbids some of these too; this scan also covers HTML pages and
 * files lint does not see.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

const root = join(__dirname, "..", "..");
const SOURCE = /\.(ts|tsx|js|mjs|cjs|html)$/;

/** What turns text into markup or code. */
const UNSAFE: readonly { name: string; pattern: RegExp }[] = [
  { name: "innerHTML", pattern: /\binnerHTML\b/ },
  { name: "outerHTML", pattern: /\bouterHTML\b/ },
  { name: "insertAdjacentHTML", pattern: /\binsertAdjacentHTML\b/ },
  { name: "document.write", pattern: /\bdocument\.write(ln)?\s*\(/ },
  { name: "dangerouslySetInnerHTML", pattern: /\bdangerouslySetInnerHTML\b/ },
  { name: "eval(", pattern: /(^|[^\w.$])eval\s*\(/ },
  { name: "new Function(", pattern: /\bnew\s+Function\s*\(/ },
];

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return SOURCE.test(entry.name) ? [path] : [];
  });
}

/** Every unsafe use in a text, as "line: name". */
function unsafeUses(text: string): string[] {
  return text
    .split("\n")
    .flatMap((line, i) => UNSAFE.filter((u) => u.pattern.test(line)).map((u) => `${i + 1}: ${u.name}`));
}

describe("no workbook content becomes markup or code", () => {
  it("recognises each unsafe construct it scans for, and leaves look-alikes alone", () => {
    expect(unsafeUses("el.innerHTML = cell;")).toEqual(["1: innerHTML"]);
    expect(unsafeUses("<div dangerouslySetInnerHTML={{ __html: t }} />")).toEqual([
      "1: dangerouslySetInnerHTML",
    ]);
    expect(unsafeUses("const x = eval(text);")).toEqual(["1: eval("]);
    expect(unsafeUses("const f = new Function('a', body);")).toEqual(["1: new Function("]);
    expect(unsafeUses("node.insertAdjacentHTML('beforeend', s)")).toEqual(["1: insertAdjacentHTML"]);
    expect(unsafeUses("const value = retrieval(text); evaluate(x); el.textContent = t;")).toEqual([]);
  });

  it("finds no innerHTML, dangerouslySetInnerHTML, eval or new Function anywhere under src/", () => {
    const files = sourceFiles(join(root, "src"));
    expect(files.length).toBeGreaterThan(50);
    const found = files.flatMap((file) =>
      unsafeUses(readFileSync(file, "utf8")).map((use) => `${relative(root, file)}:${use}`),
    );
    expect(found).toEqual([]);
  });
});

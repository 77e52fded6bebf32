// The import graph's two rules (run by `npm run lint`, proved by test/build/importGraph.test.ts).
// Reads every .ts/.tsx file under the folders given (default: src, bench and scripts; test/
// is left out: tests open a folder to test its modules, and the fake Excel mirrors Office.js's
// own object model, where a range knows its worksheet and a worksheet makes ranges), follows
// each relative import, export-from and import("…") to the file it names, and exits 1 when
// 1. files import each other in a circle, type-only imports included (a circle of types is
//    still two modules that cannot be understood one without the other), or
// 2. a file outside a folder of the core (src/core/NAME/) imports one of its modules rather
//    than its door, the folder's index.ts, or a folder of the core has no door;
// 3. the same for every folder of the adapters, at any depth (src/workbook/xlsx/,
//    src/workbook/xlsx/write/ …): a file outside the folder enters it by its door only,
//    so src/cli reaches the file writer through src/workbook/xlsx/index.ts; or
// 4. a source file sits loose at the core's top level (src/core/x.ts): the core's top
//    level holds only folders, each a concept entered by its door; or
// 5. a door (an index.ts under src/core or src/workbook) exports more than 25 names: a
//    folder that big holds more than one concept, split it into folders of their own
//    (DOOR_EXCEPTIONS lists the doors allowed more, each with its reason); or
// 6. one adapter imports another: office/ and xlsx/ share only the floors below them
//    (src/workbook/floor/, src/workbook/ooxml/), which import no adapter; the one
//    allowed crossing is docx/ → xlsx/ (the Word section is written with the file
//    adapter's package layer and chart writer, through its door).
//
//   node scripts/importGraph.mjs [FOLDER…]          the faults, or what was checked
//   node scripts/importGraph.mjs --json [FOLDER…]    the graph itself: { file: [imported files] }
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import ts from "typescript";

const args = process.argv.slice(2);
const asJson = args.includes("--json");
const folders = args.filter((a) => a !== "--json");
const roots = (folders.length > 0 ? folders : ["src", "bench", "scripts"]).map((f) => resolve(f));

/** Every .ts and .tsx file under a folder, declaration files left out. */
function sourceFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith(".d.ts") ? [path] : [];
  });
}

/** The module names a file imports: static imports, export-from and import("…") with a literal. */
function specifiersOf(file) {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const names = [];
  const visit = (node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) {
      if (ts.isStringLiteral(node.moduleSpecifier)) names.push(node.moduleSpecifier.text);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      names.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return names;
}

/** The file a relative module name points at, or undefined for a package or a missing file. */
function resolveImport(from, name) {
  if (!name.startsWith(".")) return undefined;
  const base = resolve(dirname(from), name);
  const candidates = [base, `${base}.ts`, `${base}.tsx`, join(base, "index.ts"), join(base, "index.tsx")];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile() && /\.tsx?$/.test(c));
}

const files = roots.flatMap(sourceFiles).sort();
const graph = new Map(
  files.map((file) => [
    file,
    [...new Set(specifiersOf(file).map((name) => resolveImport(file, name)))].filter((f) => f !== undefined),
  ]),
);
const show = (file) => relative(process.cwd(), file).split(sep).join("/");

if (asJson) {
  const out = {};
  for (const [file, deps] of graph) out[show(file)] = deps.map(show);
  process.stdout.write(`${JSON.stringify(out, null, 1)}\n`);
  process.exit(0);
}

/** Strongly connected components (Tarjan), iteratively so that a deep graph cannot overflow. */
function circles() {
  let counter = 0;
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const found = [];
  for (const start of graph.keys()) {
    if (index.has(start)) continue;
    const work = [[start, 0]];
    while (work.length > 0) {
      const frame = work[work.length - 1];
      const [node, next] = frame;
      if (next === 0) {
        index.set(node, counter);
        low.set(node, counter);
        counter += 1;
        stack.push(node);
        onStack.add(node);
      }
      const deps = (graph.get(node) ?? []).filter((d) => graph.has(d));
      if (next < deps.length) {
        frame[1] += 1;
        const dep = deps[next];
        if (!index.has(dep)) work.push([dep, 0]);
        else if (onStack.has(dep)) low.set(node, Math.min(low.get(node), index.get(dep)));
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1][0];
        low.set(parent, Math.min(low.get(parent), low.get(node)));
      }
      if (low.get(node) === index.get(node)) {
        const component = [];
        let member;
        do {
          member = stack.pop();
          onStack.delete(member);
          component.push(member);
        } while (member !== node);
        const selfLoop = (graph.get(node) ?? []).includes(node);
        if (component.length > 1 || selfLoop) found.push(component.sort());
      }
    }
  }
  return found;
}

/** One loop through a circle's files, from its first file back to it, for the message. */
function loopThrough(component) {
  const members = new Set(component);
  const start = component[0];
  const previous = new Map([[start, undefined]]);
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift();
    for (const dep of graph.get(node) ?? []) {
      if (dep === start) {
        const path = [start];
        for (let at = node; at !== start; at = previous.get(at)) path.splice(1, 0, at);
        return [...path, start];
      }
      if (members.has(dep) && !previous.has(dep)) {
        previous.set(dep, node);
        queue.push(dep);
      }
    }
  }
  return [start, start];
}

/** The folders of the core (src/core/NAME/ under the current folder), each with its door or null. */
function coreFolders() {
  const core = resolve("src", "core");
  if (!existsSync(core)) return [];
  return readdirSync(core)
    .map((name) => join(core, name))
    .filter((dir) => statSync(dir).isDirectory())
    .map((dir) => ({ dir, door: existsSync(join(dir, "index.ts")) ? join(dir, "index.ts") : null }));
}

/** The .ts and .tsx files at the core's top level (src/core/x.ts), which should be in a folder. */
function looseCoreFiles() {
  const core = resolve("src", "core");
  if (!existsSync(core)) return [];
  return readdirSync(core)
    .map((name) => join(core, name))
    .filter((f) => statSync(f).isFile() && /\.tsx?$/.test(f))
    .map(
      (f) =>
        `${show(f)} sits at the core's top level: move it into the folder of its concept (src/core/NAME/, entered by its index.ts)`,
    );
}

/** The most names a door may export. */
const DOOR_NAMES = 25;
/**
 * Doors allowed more names than DOOR_NAMES while their folder is being split, each with
 * why (a path under src/ → the reason). None now: the plan's door was split into
 * src/core/choices, src/core/schema and src/core/plan (issue 25).
 */
const DOOR_EXCEPTIONS = {};

/** The names a module exports, by its declarations; `export *` counts the names of the module it names. */
function exportedNames(file, seen = new Set()) {
  if (seen.has(file)) return [];
  seen.add(file);
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const names = [];
  for (const node of source.statements) {
    if (ts.isExportDeclaration(node)) {
      if (node.exportClause && ts.isNamedExports(node.exportClause))
        names.push(...node.exportClause.elements.map((e) => e.name.text));
      else if (node.exportClause) names.push(node.exportClause.name.text);
      else if (node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
        const target = resolveImport(file, node.moduleSpecifier.text);
        if (target) names.push(...exportedNames(target, seen));
      }
    } else if (ts.getCombinedModifierFlags(node) & ts.ModifierFlags.Export) {
      if (ts.isVariableStatement(node))
        names.push(...node.declarationList.declarations.map((d) => d.name.getText(source)));
      else if (node.name) names.push(node.name.text);
    }
  }
  return names;
}

/** Each door under src/core and src/workbook that exports more than DOOR_NAMES names and is no listed exception. */
function doorSizeFaults() {
  const doors = [...coreFolders(), ...workbookFolders()].map((f) => f.door).filter((d) => d !== null);
  return doors.flatMap((door) => {
    const count = new Set(exportedNames(door)).size;
    if (count <= DOOR_NAMES || Object.hasOwn(DOOR_EXCEPTIONS, show(door))) return [];
    return [`${show(door)} exports ${count} names: split its folder by concept, each with a door of its own`];
  });
}

/** Every folder under `dir` at any depth, each with its door or null. */
function foldersUnder(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .map((name) => join(dir, name))
    .filter((d) => statSync(d).isDirectory())
    .flatMap((d) => [
      { dir: d, door: existsSync(join(d, "index.ts")) ? join(d, "index.ts") : null },
      ...foldersUnder(d),
    ]);
}

/** The adapters' folders at every depth (src/workbook/…), each with its door or null. */
const workbookFolders = () => foldersUnder(resolve("src", "workbook"));

/** Each import that goes past a folder's door, and each folder without one. */
function doorFaults(folders, what) {
  const faults = folders.filter((f) => f.door === null).map((f) => `${show(f.dir)}/ has no door (index.ts)`);
  for (const [file, deps] of graph) {
    for (const dep of deps) {
      // The outermost folder the import enters: a door inside it is still past that folder's door.
      const folder = folders.find((f) => dep.startsWith(f.dir + sep) && !file.startsWith(f.dir + sep));
      if (!folder || dep === folder.door) continue;
      faults.push(
        `${show(file)} imports ${show(dep)}: import ${show(folder.dir)} (its door, index.ts) instead`,
      );
    }
  }
  return { faults, folders: folders.length, what };
}

/** The floors under the adapters: every adapter may import them; they import no adapter. */
const FLOORS = ["floor", "ooxml"];
/** The adapters an adapter may import (through their doors, rule 3). */
const MAY_IMPORT = { docx: ["xlsx"] };

/** Each import from one adapter (a top folder of src/workbook that is no floor) into another or from a floor into an adapter. */
function adapterFaults() {
  const root = resolve("src", "workbook");
  const top = (file) => {
    if (!file.startsWith(root + sep)) return null;
    const rest = file.slice(root.length + 1).split(sep);
    return rest.length > 1 ? rest[0] : null;
  };
  const faults = [];
  for (const [file, deps] of graph) {
    const from = top(file);
    if (from === null) continue;
    for (const dep of deps) {
      const to = top(dep);
      if (to === null || to === from || FLOORS.includes(to) || (MAY_IMPORT[from] ?? []).includes(to))
        continue;
      const floor = FLOORS.includes(from)
        ? `the floor ${from}/ imports no adapter`
        : "adapters never import each other";
      faults.push(`${show(file)} imports ${show(dep)}: ${floor} (share through src/workbook/floor or ooxml)`);
    }
  }
  return faults;
}

const found = circles();
const doors = doorFaults(coreFolders(), "the core's");
const adapterDoors = doorFaults(workbookFolders(), "the adapters'");
const crossings = adapterFaults();
const loose = looseCoreFiles();
const bigDoors = doorSizeFaults();
if (found.length === 0) console.log(`no circular imports (${graph.size} files)`);
else {
  console.error(`${found.length} circular import(s) among ${graph.size} files:`);
  for (const component of found) {
    const loop = loopThrough(component);
    console.error(`- ${loop.map(show).join(" -> ")}`);
    if (component.length > loop.length - 1) {
      console.error(`  (${component.length} files reach each other: ${component.map(show).join(", ")})`);
    }
  }
}
for (const d of [doors, adapterDoors]) {
  if (d.faults.length === 0)
    console.log(`every import into ${d.what} ${d.folders} folders goes through its door`);
  else {
    console.error(
      `${d.faults.length} import(s) past a door of ${d.what === "the core's" ? "the core" : "the adapters"}:`,
    );
    for (const fault of d.faults) console.error(`- ${fault}`);
  }
}
if (loose.length === 0) console.log("the core's top level holds only folders");
else {
  console.error(`${loose.length} file(s) loose at the core's top level:`);
  for (const fault of loose) console.error(`- ${fault}`);
}
if (bigDoors.length === 0) console.log(`no door exports more than ${DOOR_NAMES} names`);
else {
  console.error(`${bigDoors.length} door(s) export more than ${DOOR_NAMES} names:`);
  for (const fault of bigDoors) console.error(`- ${fault}`);
}
if (crossings.length === 0) console.log("no adapter imports another");
else {
  console.error(`${crossings.length} import(s) from one adapter into another:`);
  for (const fault of crossings) console.error(`- ${fault}`);
}
const clean =
  found.length === 0 &&
  doors.faults.length + adapterDoors.faults.length + loose.length + bigDoors.length + crossings.length === 0;
process.exit(clean ? 0 : 1);

// Jest transform for the mutation runs only (stryker.jest.config.js): esbuild strips the
// types, as ts-jest does with isolatedModules, several times faster. Nothing is type-checked
// here: Stryker's TypeScript checker and `npm run typecheck` do that.
const { createHash } = require("node:crypto");
const { readFileSync } = require("node:fs");
const { transformSync, version } = require("esbuild");

// Jest caches a transform's output by the source alone unless told more: a change here must
// not be hidden by outputs of the transform before it.
const SELF = readFileSync(__filename, "utf8") + version;

// esbuild's CommonJS exports are getters that cannot be redefined, and `import * as m` gets a
// copy of the module's exports, so `jest.spyOn(m, "f")` fails ("Cannot redefine property") or
// spies on the copy, where under ts-jest it replaces what the module's importers call. Made
// configurable, and the namespace made the module's own exports (as ts-jest's __importStar does
// for an ES module), a spy acts as it does in the suite.
const FIXED_GETTERS = [
  [
    "var __toESM = (mod, isNodeMode, target) => (",
    "var __toESM = (mod, isNodeMode, target) => mod && mod.__esModule ? mod : (",
  ],
  ["{ get: all[name], enumerable: true }", "{ get: all[name], enumerable: true, configurable: true }"],
  ["{ get: () => from[key], enumerable:", "{ get: () => from[key], configurable: true, enumerable:"],
];

module.exports = {
  getCacheKey(source, filename) {
    return createHash("sha256").update(SELF).update(filename).update(source).digest("hex");
  },
  process(source, filename) {
    const { code, map } = transformSync(source, {
      loader: filename.endsWith(".tsx") ? "tsx" : "ts",
      format: "cjs",
      target: "node20",
      sourcemap: "external",
      sourcefile: filename,
      jsx: "automatic",
    });
    const spyable = FIXED_GETTERS.reduce((text, [from, to]) => text.replace(from, to), code);
    return { code: spyable, map };
  },
};

// Jest transform for the mutation runs only (stryker.jest.config.js): esbuild strips the
// types, as ts-jest does with isolatedModules, several times faster. Nothing is type-checked
// here: Stryker's TypeScript checker and `npm run typecheck` do that.
const { transformSync } = require("esbuild");

module.exports = {
  process(source, filename) {
    const { code, map } = transformSync(source, {
      loader: filename.endsWith(".tsx") ? "tsx" : "ts",
      format: "cjs",
      target: "node20",
      sourcemap: "external",
      sourcefile: filename,
      jsx: "automatic",
    });
    return { code, map };
  },
};

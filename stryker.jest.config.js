// The tests StrykerJS runs against each mutant (docs/mutation-testing.md): the core, app and
// workbook layers as one node project, without the tests that run LibreOffice or the built CLI
// (they test dist-cli, not the mutated source, and take minutes per run).
const base = require("./jest.config.js");
const byName = Object.fromEntries(base.projects.map((p) => [p.displayName, p]));

/** @type {import('jest').Config} */
module.exports = {
  rootDir: __dirname,
  // esbuild strips the types (test/mutation/esbuildTransform.js); ts-jest is the suite's own.
  transform: { "^.+\\.tsx?$": "<rootDir>/test/mutation/esbuildTransform.js" },
  moduleFileExtensions: byName.core.moduleFileExtensions,
  // Node's, skipping a mutant's remaining tests after its first failure (test/mutation/bailEnvironment.js).
  testEnvironment: require("node:path").join(__dirname, "test/mutation/bailEnvironment.js"),
  testMatch: [...byName.core.testMatch, ...byName.app.testMatch, "<rootDir>/test/workbook/**/*.test.ts"],
  testPathIgnorePatterns: [
    "/node_modules/",
    // LibreOffice referee runs (one soffice conversion each) and tests of the built CLI.
    "/test/workbook/xlsx/(charts|corpusWrites|roundTrip|tableShapes|otherWriters)\\.test\\.ts$",
    "/test/cli/",
    // Outside readers run as processes (python-docx, openpyxl, LibreOffice): seconds per test,
    // over jest's 5-second timeout on a loaded machine, which fails the dry run.
    "/test/workbook/docx/sectionDocx\\.test\\.ts$",
    "/test/workbook/xlsx/differential\\.test\\.ts$",
  ],
};

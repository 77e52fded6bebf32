// StrykerJS: mutation testing as the referee of the test suite (docs/mutation-testing.md).
// `npm run mutate` is the full run; CI runs it incrementally against the committed baseline
// test/mutation/stryker-incremental.json.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  mutate: [
    "src/core/**/*.ts",
    "src/app/**/*.ts",
    "src/workbook/xlsx/read/**/*.ts",
    "src/workbook/xlsx/package/**/*.ts",
  ],
  testRunner: "jest",
  jest: { projectType: "custom", configFile: "stryker.jest.config.js", enableFindRelatedTests: true },
  checkers: ["typescript"],
  tsconfigFile: "tsconfig.stryker.json",
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  coverageAnalysis: "perTest",
  ignoreStatic: true,
  concurrency: 2,
  timeoutMS: 10000,
  dryRunTimeoutMinutes: 30,
  thresholds: { high: 95, low: 90, break: 90 },
  incrementalFile: "test/mutation/stryker-incremental.json",
  reporters: ["html", "clear-text", "progress"],
  htmlReporter: { fileName: "reports/mutation/index.html" },
  clearTextReporter: { allowColor: false, logTests: false, reportMutants: false },
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
  ignorePatterns: ["dist", "dist-cli", "test-output", "bench/results", "coverage", "reports"],
};

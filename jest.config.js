// Test layers (docs/development.md "Tests"): each a jest project so that one can be run alone.
const transform = {
  "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.test.json" }],
};
const common = {
  transform,
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  // StrykerJS's sandbox copies of the repository (docs/mutation-testing.md).
  modulePathIgnorePatterns: ["<rootDir>/.stryker-tmp/"],
};

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    {
      ...common,
      displayName: "core",
      testEnvironment: "node",
      testMatch: ["<rootDir>/test/core/**/*.test.ts"],
    },
    {
      ...common,
      displayName: "app",
      testEnvironment: "node",
      testMatch: ["<rootDir>/test/app/**/*.test.ts"],
    },
    {
      ...common,
      displayName: "workbook",
      testEnvironment: "node",
      testMatch: ["<rootDir>/test/workbook/**/*.test.ts", "<rootDir>/test/cli/**/*.test.ts"],
    },
    {
      ...common,
      displayName: "ui",
      testEnvironment: "jsdom",
      setupFilesAfterEnv: ["<rootDir>/test/ui/setup.ts"],
      moduleNameMapper: {
        "^d3-(array|axis|color|format|hierarchy|interpolate|path|scale|selection|shape|time|time-format)$":
          "<rootDir>/node_modules/d3-$1/dist/d3-$1.min.js",
      },
      testMatch: ["<rootDir>/test/ui/**/*.test.ts", "<rootDir>/test/ui/**/*.test.tsx"],
    },
    {
      ...common,
      displayName: "build",
      testEnvironment: "node",
      testMatch: ["<rootDir>/test/build/**/*.test.ts"],
    },
    {
      ...common,
      displayName: "e2e",
      testEnvironment: "node",
      testMatch: ["<rootDir>/test/e2e/**/*.test.ts"],
    },
  ],
};

// Lint: TypeScript strictness, Office.js batching rules, and the layering of the
// code (docs/architecture.md "Code map"): dependencies point inward, core ← app ← shells.
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";
import reactHooks from "eslint-plugin-react-hooks";

const shells = ["taskpane", "commands", "cli"];
const banned = (names, message) => names.map((name) => ({ name, message }));
const bannedPatterns = (groups, message) => ({ group: groups, message });

const noClock = [
  {
    selector: "NewExpression[callee.name='Date'][arguments.length=0]",
    message: "The core has no clock: take the reference date as a parameter.",
  },
  {
    selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
    message: "The core has no clock: take the reference date as a parameter.",
  },
  {
    selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
    message: "The core is deterministic: no randomness.",
  },
];
const hostGlobals = [
  "Office",
  "Excel",
  "window",
  "document",
  "navigator",
  "localStorage",
  "fetch",
  "XMLHttpRequest",
].map((name) => ({
  name,
  message: "The core and the use cases do not touch Office, the DOM or the network.",
}));

export default tseslint.config(
  {
    ignores: [
      "dist/**",
      "dist-cli/**",
      "node_modules/**",
      "coverage/**",
      "test-output/**",
      "bench/results/**",
      "reports/**",
      ".stryker-tmp/**",
      "**/*.js",
      "**/*.mjs",
    ],
  },
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts", "**/*.tsx"],
    plugins: { "office-addins": officeAddins, "react-hooks": reactHooks },
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/consistent-type-definitions": ["error", "type"],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-eval": "error",
      "no-implied-eval": "error",
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/call-sync-after-load": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "warn",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
      "no-restricted-properties": [
        "error",
        { property: "innerHTML", message: "Never put workbook content into HTML: use React text nodes." },
        { property: "outerHTML", message: "Never put workbook content into HTML: use React text nodes." },
      ],
    },
  },
  {
    // Sizes a reader can hold in mind (docs/architecture.md "Sizes"): every line of a file
    // counts, comments and blank lines included; a function counts from its first line to
    // its last. A component may be longer than a function: its markup reads as a picture.
    files: ["src/**/*.ts", "src/**/*.tsx"],
    rules: {
      "max-lines": ["error", { max: 300, skipBlankLines: false, skipComments: false }],
      "max-lines-per-function": ["error", { max: 80, skipBlankLines: false, skipComments: false }],
    },
  },
  {
    files: ["src/**/*.tsx"],
    rules: {
      "max-lines-per-function": ["error", { max: 120, skipBlankLines: false, skipComments: false }],
    },
  },
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: banned(["exceljs", "react", "react-dom"], "The core is pure TypeScript."),
          patterns: [
            bannedPatterns(["@fluentui/*", "node:*"], "The core is pure TypeScript."),
            bannedPatterns(
              ["**/app/**", "**/workbook/**", ...shells.map((s) => `**/${s}/**`)],
              "Dependencies point inward: the core imports nothing outside src/core.",
            ),
          ],
        },
      ],
      "no-restricted-globals": ["error", ...hostGlobals],
      "no-restricted-syntax": ["error", ...noClock],
    },
  },
  {
    files: ["src/app/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: banned(["exceljs", "react", "react-dom"], "Use cases work through the WorkbookPort."),
          patterns: [
            bannedPatterns(["@fluentui/*", "node:*"], "Use cases work through the WorkbookPort."),
            bannedPatterns(
              ["**/workbook/**", ...shells.map((s) => `**/${s}/**`)],
              "Dependencies point inward: use cases import only src/core.",
            ),
          ],
        },
      ],
      "no-restricted-globals": ["error", ...hostGlobals],
      "no-restricted-syntax": ["error", ...noClock],
    },
  },
  {
    files: ["src/workbook/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            bannedPatterns(
              ["@fluentui/*", "react", ...shells.map((s) => `**/${s}/**`)],
              "Adapters only move cells in and out; the shells call them, not the reverse.",
            ),
          ],
        },
      ],
    },
  },
  {
    // The Office.js rules read any `.value`/`.load` as an Office proxy; exceljs and
    // plain test code are not.
    files: [
      "src/workbook/xlsx/**/*.ts",
      "src/cli/**/*.ts",
      "src/core/**/*.ts",
      "src/app/**/*.ts",
      "test/**/*.ts",
      "test/**/*.tsx",
      "bench/**/*.ts",
      "scripts/**/*.ts",
    ],
    ignores: ["test/workbook/office/**", "test/fakes/**"],
    rules: {
      "office-addins/call-sync-before-read": "off",
      "office-addins/load-object-before-read": "off",
      "office-addins/call-sync-after-load": "off",
      "office-addins/no-context-sync-in-loop": "off",
      "office-addins/no-empty-load": "off",
      "office-addins/no-navigational-load": "off",
      "office-addins/test-for-null-using-isNullObject": "off",
    },
  },
  {
    files: ["src/workbook/office/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { paths: banned(["exceljs"], "The Office.js adapter does not use exceljs.") },
      ],
    },
  },
  {
    files: ["src/taskpane/**/*.ts", "src/taskpane/**/*.tsx"],
    ignores: ["src/taskpane/index.tsx", "src/taskpane/hosts/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: banned(
            ["exceljs"],
            "The file library loads only in web page mode, through src/taskpane/hosts/.",
          ),
          patterns: [
            bannedPatterns(
              ["**/workbook/**", "**/cli/**", "**/commands/**"],
              "Views reach the workbook through src/app/ and the Workspace; only the composition root wires adapters.",
            ),
          ],
        },
      ],
    },
  },
  {
    files: ["src/cli/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            bannedPatterns(
              ["@fluentui/*", "react", "**/taskpane/**", "**/commands/**", "**/workbook/office/**"],
              "The command line works on files only.",
            ),
          ],
        },
      ],
    },
  },
  {
    files: ["test/**/*.ts", "test/**/*.tsx", "bench/**/*.ts", "scripts/**/*.ts"],
    rules: {
      "@typescript-eslint/no-non-null-assertion": "off",
    },
  },
);

/* eslint-disable @typescript-eslint/no-require-imports */
// Builds the task pane (taskpane.html inside Excel; index.html as a plain web page on
// .xlsx files), the ribbon's function file, the user's guide as HTML and, in production with
// ADDIN_BASE_URL, a manifest whose URLs point at the server IT hosts the files on; without it,
// the development manifest.
const path = require("node:path");
const fs = require("node:fs");
const os = require("node:os");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { manifestForBuild } = require("./scripts/manifestUrls.js");
const { guidePage } = require("./scripts/guidePages.js");

const port = Number(process.env.npm_package_config_dev_server_port || 3000);

/** Dev certificates made by office-addin-dev-certs, if this machine has them; never sudo. */
function devHttpsOptions() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const files = { key: "localhost.key", cert: "localhost.crt", ca: "ca.crt" };
  if (!Object.values(files).every((f) => fs.existsSync(path.join(dir, f)))) return null;
  return Object.fromEntries(Object.entries(files).map(([k, f]) => [k, fs.readFileSync(path.join(dir, f))]));
}

module.exports = (env, options) => {
  const dev = options.mode === "development";
  const baseUrl = process.env.ADDIN_BASE_URL || "";
  const https = env && env.WEBPACK_SERVE ? devHttpsOptions() : null;
  return {
    // No eval-based source maps: the pages' CSP forbids eval.
    devtool: dev ? "cheap-module-source-map" : "hidden-source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      // The Web Worker that reads workbook files off the page's main thread.
      xlsxReader: "./src/taskpane/hosts/xlsxReader.worker.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: "chunks/[name].[contenthash:8].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, configFile: "tsconfig.json" } },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "index.html",
        template: "./src/taskpane/index.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          // The example plan the web page offers ("Try with the example plan").
          { from: "assets/example/*.xlsx", to: "example/[name][ext]", noErrorOnMissing: true },
          // The user's guide (docs/guide.*.md), rendered to HTML; SupportUrl and the pane link to it.
          ...["sv", "en"].map((lang) => ({
            from: `docs/guide.${lang}.md`,
            to: `guide.${lang}.html`,
            transform: (content) => guidePage(content.toString(), lang),
          })),
          { from: "docs/guide/images/*.png", to: "guide/images/[name][ext]", noErrorOnMissing: true },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            // Without ADDIN_BASE_URL: the development manifest, said so on one line (scripts/manifestUrls.js).
            transform: (content) =>
              manifestForBuild(content.toString(), { production: !dev, baseUrl }, (line) =>
                console.warn(`\n${line}\n`),
              ),
          },
        ],
      }),
    ],
    devServer: {
      host: "localhost",
      port,
      hot: false,
      static: false,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: https ? { type: "https", options: https } : { type: "http" },
      client: { overlay: false },
    },
  };
};

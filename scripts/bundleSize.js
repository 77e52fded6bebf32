// The task pane's initial JavaScript: every script its HTML loads, minified, and
// gzip -9, against the budget (docs/benchmarks.md "Bundle budget"). Prints the figures; exits 1
// when over budget. Needs a production build in dist/.
const { readFileSync, existsSync } = require("node:fs");
const { gzipSync } = require("node:zlib");
const { join } = require("node:path");

const BUDGET = { minified: 450 * 1024, gzip: 140 * 1024 };

/** Sizes of the scripts an HTML page of dist/ loads at start. */
function initialScripts(distDir, page) {
  const html = readFileSync(join(distDir, page), "utf8");
  const srcs = [...html.matchAll(/<script[^>]*\ssrc=(?:"([^"]+)"|([^\s>]+))/g)]
    .map((m) => m[1] ?? m[2])
    .filter((src) => !/^https?:/.test(src));
  return srcs.map((src) => {
    const buf = readFileSync(join(distDir, src.replace(/^\//, "")));
    return { file: src, minified: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
  });
}

function measure(distDir = "dist") {
  const files = initialScripts(distDir, "taskpane.html");
  const total = files.reduce((t, f) => ({ minified: t.minified + f.minified, gzip: t.gzip + f.gzip }), {
    minified: 0,
    gzip: 0,
  });
  return { files, total, budget: BUDGET };
}

module.exports = { BUDGET, initialScripts, measure };

if (require.main === module) {
  if (!existsSync("dist/taskpane.html")) {
    console.error("No production build in dist/: run npm run build first.");
    process.exit(2);
  }
  const { files, total } = measure();
  for (const f of files) console.log(`${f.file}: ${f.minified} B minified, ${f.gzip} B gzip`);
  const kb = (n) => (n / 1024).toFixed(1);
  console.log(
    `initial JS: ${kb(total.minified)} KB minified (budget ${kb(BUDGET.minified)}), ${kb(total.gzip)} KB gzip (budget ${kb(BUDGET.gzip)})`,
  );
  process.exit(total.minified <= BUDGET.minified && total.gzip <= BUDGET.gzip ? 0 : 1);
}

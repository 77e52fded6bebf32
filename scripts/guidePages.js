// The user's guide as the add-in serves it: docs/guide.<lang>.md rendered to HTML at build
// time (webpack copies it to dist/guide.<lang>.html, its pictures to dist/guide/images/). The
// same Markdown reads on GitHub; here a link to the other language's .md becomes its .html,
// and headings get GitHub's anchors.
// The page runs no script and loads nothing from elsewhere: its Content-Security-Policy says so.
const { Marked } = require("marked");

/** GitHub's anchor for a heading, so that the guide's in-page links work in both places. */
function anchor(text) {
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/\s/g, "-");
}

const markdown = new Marked({
  async: false,
  gfm: true,
  renderer: {
    heading({ tokens, depth, text }) {
      return `<h${depth} id="${anchor(text)}">${this.parser.parseInline(tokens)}</h${depth}>\n`;
    },
  },
});

const TITLES = {
  sv: "CEMR Uppföljning – användarhandledning",
  en: "CEMR Follow-up – user's guide",
};

/** The guide's Markdown as a whole HTML page in `lang` ("sv" or "en"). */
function guidePage(text, lang) {
  if (!(lang in TITLES)) throw new Error(`No guide language "${lang}"`);
  const body = markdown
    .parse(text)
    .replace(/href="(guide\.(?:sv|en))\.md(#[^"]*)?"/g, 'href="$1.html$2"')
    // The reference pages are not served with the add-in: their names stay, as text.
    .replace(/<a href="[\w-]+\.md(?:#[^"]*)?">([^<]*)<\/a>/g, "$1");
  return `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta
      http-equiv="Content-Security-Policy"
      content="default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"
    />
    <title>${TITLES[lang]}</title>
    <style>
      body { font-family: "Segoe UI", system-ui, sans-serif; max-width: 46rem; margin: 2rem auto;
        padding: 0 1rem; line-height: 1.5; color: #242424; background: #fff; }
      img { max-width: 100%; height: auto; border: 1px solid #d1d1d1; }
      code { font-family: Consolas, "DejaVu Sans Mono", monospace; background: #f5f5f5; padding: 0 0.2em; }
      pre { background: #f5f5f5; padding: 0.75rem; overflow-x: auto; }
      pre code { padding: 0; }
      table { border-collapse: collapse; }
      th, td { border: 1px solid #d1d1d1; padding: 0.25rem 0.5rem; text-align: left; }
      @media (prefers-color-scheme: dark) {
        body { color: #f0f0f0; background: #1f1f1f; }
        a { color: #6cb8f6; }
        code, pre { background: #2b2b2b; }
        img, th, td { border-color: #555; }
      }
    </style>
  </head>
  <body>
${body}  </body>
</html>
`;
}

module.exports = { guidePage };

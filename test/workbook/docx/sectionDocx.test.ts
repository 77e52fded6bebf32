/**
 * The report section as a Word document, judged by outside readers: python-docx
 * (Debian's python3-docx) reads its headings, tables, text and charts, and
 * LibreOffice Writer opens it and draws it to PDF, where every chart must show
 * coloured ink (pdftoppm renders the pages, pdftotext -bbox finds each chart's
 * caption). Both example plans, each in both languages: as they are, linked along the
 * chain of governance (their goals' national sub-goals, actions on deviations), whose
 * section has the part per national sub-goal; and without those columns, as plans
 * written before them, whose section has not.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { prepareSummary } from "../../../src/app/summariseWorkbook";
import { checkPlan } from "../../../src/core/checks";
import type { Lang } from "../../../src/core/language/language";
import { findPeriod } from "../../../src/core/periods";
import { readPlan } from "../../../src/core/read";
import {
  reportSection,
  summarise,
  sectionHtml,
  type ReportSection,
  type SectionChart,
} from "../../../src/core/summary";
import { summaryParagraphs } from "../../../src/core/summary/summaryText";
import { sectionDocx } from "../../../src/workbook/docx/sectionDocx";
import { contentTypeOf, Package } from "../../../src/workbook/xlsx/package";
import { openXlsx } from "../../../src/workbook/xlsx";
import { xlsxPort } from "../../../src/workbook/xlsx/xlsxPort";
import { writtenBefore } from "../../core/summary/chainPlan";

const run = promisify(execFile);
const example = join(__dirname, "../../../assets/example");

type Case = { name: string; file: string; period: string; lang: Lang; chain?: true };
const CASES: readonly Case[] = [
  { name: "exempelplan-sv", file: "exempelplan.xlsx", period: "Helår 2020", lang: "sv" },
  { name: "exempelplan-en", file: "exempelplan.xlsx", period: "Delår 2019", lang: "en" },
  { name: "example-plan-en", file: "example-plan.xlsx", period: "Annual 2020", lang: "en" },
  { name: "example-plan-sv", file: "example-plan.xlsx", period: "Interim 2019", lang: "sv" },
  { name: "exempelplan-chain-sv", file: "exempelplan.xlsx", period: "Helår 2019", lang: "sv", chain: true },
  {
    name: "example-plan-chain-en",
    file: "example-plan.xlsx",
    period: "Annual 2019",
    lang: "en",
    chain: true,
  },
];

async function summaryOf(c: Case) {
  const bytes = readFileSync(join(example, c.file));
  if (!c.chain) {
    // The example plans are linked along the chain; without the later columns they stand for plans written before.
    const plan = writtenBefore(readPlan(await xlsxPort(await openXlsx(bytes)).read()));
    const cutoff = findPeriod(plan, c.period)?.cutoff ?? "";
    return summarise(plan, c.period, checkPlan(plan, cutoff));
  }
  const prepared = await prepareSummary(xlsxPort(await openXlsx(bytes)), c.period, c.lang, "2026-01-15");
  return prepared.ok ? prepared.summary : null;
}

type Made = Case & { section: ReportSection; paragraphs: string[]; path: string; bytes: Uint8Array };

const dir = mkdtempSync(join(tmpdir(), "cemr-docx-"));
let made: Made[] = [];

beforeAll(async () => {
  made = await Promise.all(
    CASES.map(async (c) => {
      const summary = await summaryOf(c);
      if (summary === null) throw new Error(`${c.file} has no period ${c.period}`);
      const section = reportSection(summary, c.lang);
      const bytes = await sectionDocx(section);
      const path = join(dir, `${c.name}.docx`);
      writeFileSync(path, bytes);
      return { ...c, section, paragraphs: summaryParagraphs(summary, c.lang), path, bytes };
    }),
  );
});

const charts = (m: Made): SectionChart[] =>
  m.section.blocks.filter((b): b is SectionChart => b.kind === "chart");

describe("the section as a package", () => {
  it("holds each chart as a chart part with cached figures, related from the document and typed", () => {
    for (const m of made) {
      const pkg = Package.open(m.bytes);
      const document = pkg.text("word/document.xml");
      const rels = pkg.relationships("word/document.xml").filter((r) => r.type.endsWith("/chart"));
      expect(rels).toHaveLength(charts(m).length);
      // The sheet's three charts, and goals per national sub-goal for a linked plan.
      expect(charts(m)).toHaveLength(m.chain ? 4 : 3);
      for (const [i, chart] of charts(m).entries()) {
        const rel = rels[i]!;
        const part = pkg.text(rel.part!);
        expect(part).toContain("<c:numCache>");
        expect(contentTypeOf(pkg.contentTypes(), rel.part!) ?? "").toContain("drawingml.chart+xml");
        expect(document).toContain(`r:id="${rel.id}"`);
        expect(document).toContain(`descr="${chart.alt.replace(/&/g, "&amp;").replace(/"/g, "&quot;")}"`);
        // The first series' figures are cached in the part, as the chart draws them.
        const first = chart.rows.map((r) => r[1]).filter((v): v is number => typeof v === "number");
        for (const v of first) expect(part).toContain(`<c:v>${v}</c:v>`);
      }
      // No page setup of our own: the template's section settings rule.
      expect(document).not.toContain("<w:pgSz");
      expect(document).not.toMatch(/CEMR-(CHART|TABLE)-PLACEHOLDER/);
    }
  });
});

describe("each chart's data workbook (Word's Edit data), read by openpyxl", () => {
  const READER = `
import openpyxl, json, sys
out = []
for path in sys.argv[1:]:
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    out.append({"sheets": wb.sheetnames, "rows": [[c.value for c in r] for r in ws.iter_rows()]})
print(json.dumps(out))
`;

  it("is embedded, named by c:externalData, and holds the chart's figures where its references point", async () => {
    for (const m of made) {
      const pkg = Package.open(m.bytes);
      const paths: string[] = [];
      const rels = pkg.relationships("word/document.xml").filter((r) => r.type.endsWith("/chart"));
      for (const [i, rel] of rels.entries()) {
        const chartPart = rel.part!;
        const [data] = pkg.relationships(chartPart).filter((r) => r.type.endsWith("/package"));
        expect(pkg.text(chartPart)).toContain(`<c:externalData r:id="${data!.id}">`);
        expect(contentTypeOf(pkg.contentTypes(), data!.part!)).toBe(
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        );
        const path = join(dir, `${m.name}-data${i + 1}.xlsx`);
        writeFileSync(path, pkg.bytes(data!.part!));
        paths.push(path);
      }
      const { stdout } = await run("/usr/bin/python3", ["-c", READER, ...paths], { timeout: 60_000 });
      const read = JSON.parse(stdout) as { sheets: string[]; rows: (string | number | null)[][] }[];
      const sheet = m.lang === "sv" ? "Blad1" : "Sheet1";
      charts(m).forEach((c, i) => {
        expect(read[i]!.sheets).toEqual([sheet]);
        expect(read[i]!.rows).toEqual([c.header, ...c.rows]);
        // The chart's references name that sheet, from its header row down.
        expect(pkg.text(rels[i]!.part!)).toContain(`<c:f>${sheet}!$A$2:$A$${c.rows.length + 1}</c:f>`);
      });
    }
  });
});

describe("python-docx (Debian python3-docx) reads the section", () => {
  const READER = `
import docx, json, sys
d = docx.Document(sys.argv[1])
out = {
  "paragraphs": [{"style": p.style.name if p.style is not None else None, "text": p.text} for p in d.paragraphs],
  "tables": [{"style": t.style.name if t.style is not None else None,
              "header": [c.text for c in t.rows[0].cells],
              "repeats": t.rows[0]._tr.trPr is not None and t.rows[0]._tr.trPr.find(docx.oxml.ns.qn("w:tblHeader")) is not None,
              "rows": len(t.rows)} for t in d.tables],
  "inline": [s._inline.docPr.get("descr") for s in d.inline_shapes],
}
print(json.dumps(out))
`;
  type Read = {
    paragraphs: { style: string | null; text: string }[];
    tables: { style: string | null; header: string[]; repeats: boolean; rows: number }[];
    inline: (string | null)[];
  };

  it("finds the headings, the tables with repeating header rows, the ready text word for word and the charts' alt text", async () => {
    for (const m of made) {
      const { stdout } = await run("/usr/bin/python3", ["-c", READER, m.path], { timeout: 60_000 });
      const read = JSON.parse(stdout) as Read;
      const headings = read.paragraphs.filter((p) => p.style?.startsWith("Heading"));
      expect(headings[0]).toEqual({ style: "Heading 1", text: m.section.title });
      expect(headings.filter((h) => h.style === "Heading 2").length).toBeGreaterThanOrEqual(5);
      expect(m.section.title).toContain(m.period);
      expect(read.tables.length).toBeGreaterThanOrEqual(2);
      for (const t of read.tables) {
        expect(t.style).toBe("Table Grid");
        expect(t.repeats).toBe(true);
        expect(t.rows).toBeGreaterThan(1);
      }
      const texts = read.paragraphs.map((p) => p.text);
      expect(m.paragraphs.length).toBeGreaterThan(2);
      for (const p of m.paragraphs) expect(texts).toContain(p);
      expect(read.paragraphs.filter((p) => p.style === "Caption").length).toBe(
        read.tables.length + charts(m).length,
      );
      expect(read.inline).toEqual(charts(m).map((c) => c.alt));
      // The part per national sub-goal: in a linked plan only, with a row per sub-goal.
      const sv = m.lang === "sv";
      const part = sv ? "Nationella jämställdhetspolitiska delmål" : "National gender-equality sub-goals";
      expect(headings.some((h) => h.style === "Heading 2" && h.text === part)).toBe(m.chain === true);
      const perSubGoal = read.tables.find(
        (t) => t.header[0] === (sv ? "Nationellt delmål" : "National sub-goal"),
      );
      const actions = read.tables.find((t) => t.header.at(-1) === (sv ? "Åtgärd" : "Action"));
      if (m.chain) {
        // The six sub-goals, and the goals without one when there are such.
        expect(perSubGoal?.rows).toBeGreaterThanOrEqual(1 + 6);
        expect(actions?.rows).toBeGreaterThan(1);
        expect(
          texts.some((t) => t.startsWith(sv ? "Under nationellt delmål" : "Under national sub-goal")),
        ).toBe(true);
      } else expect([perSubGoal, actions]).toEqual([undefined, undefined]);
    }
  }, 120_000);
});

/** A binary PPM (P6) as width, height and RGB bytes. */
function readPpm(bytes: Buffer): { width: number; height: number; rgb: Buffer } {
  const header = bytes.subarray(0, 64).toString("latin1");
  const match = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(header);
  if (!match) throw new Error("not a binary PPM");
  return { width: Number(match[1]), height: Number(match[2]), rgb: bytes.subarray(match[0].length) };
}

describe("LibreOffice Writer draws the section", () => {
  const DPI = 50;

  it("opens every document and draws every chart with coloured ink above its caption", async () => {
    const out = join(dir, "pdf");
    await run("soffice", ["--headless", "--convert-to", "pdf", "--outdir", out, ...made.map((m) => m.path)], {
      timeout: 300_000,
      env: { ...process.env, HOME: join(dir, "home") },
    });
    for (const m of made) {
      const pdf = join(out, `${m.name}.pdf`);
      await run("pdftoppm", ["-r", String(DPI), pdf, join(dir, m.name)], { timeout: 60_000 });
      const { stdout: bbox } = await run("pdftotext", ["-bbox", pdf, "-"], { timeout: 60_000 });
      const pages = bbox.split("<page ").slice(1);
      const word = m.lang === "sv" ? "Figur" : "Figure";
      const images = readdirSync(dir)
        .filter((f) => f.startsWith(`${m.name}-`) && f.endsWith(".ppm"))
        .sort();
      let drawn = 0;
      pages.forEach((page, index) => {
        const captions = [
          ...page.matchAll(/yMin="([\d.]+)"[^>]*>([^<]*)<\/word>\s*<word[^>]*>(\d+)\.<\/word>/g),
        ].filter((c) => c[2] === word);
        if (captions.length === 0) return;
        const image = readPpm(readFileSync(join(dir, images[index]!)));
        for (const c of captions) {
          const bottom = Math.floor((Number(c[1]) * DPI) / 72);
          const top = Math.max(0, bottom - Math.round((9 / 2.54) * DPI));
          let coloured = 0;
          for (let y = top; y < bottom; y++)
            for (let x = 0; x < image.width; x++) {
              const at = (y * image.width + x) * 3;
              const [r, g, b] = [image.rgb[at]!, image.rgb[at + 1]!, image.rgb[at + 2]!];
              if (Math.max(r, g, b) - Math.min(r, g, b) > 60) coloured++;
            }
          expect(coloured).toBeGreaterThan(200);
          drawn++;
        }
      });
      expect(drawn).toBe(charts(m).length);
    }
  }, 300_000);
});

describe("the section as HTML for the clipboard (Copy for Word), read by Python's html.parser", () => {
  const READER = `
import html.parser, json, sys
class R(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(); self.stack = []; self.out = {"h1": [], "h2": [], "p": [], "tables": 0, "th": 0}; self.buf = ""
    def handle_starttag(self, tag, attrs):
        if tag == "table": self.out["tables"] += 1
        if tag == "th": self.out["th"] += 1
        self.stack.append(tag); self.buf = ""
    def handle_endtag(self, tag):
        if tag in ("h1", "h2", "p"): self.out[tag].append(self.buf)
        self.stack.pop()
    def handle_data(self, d): self.buf += d
r = R(); r.feed(open(sys.argv[1], encoding="utf-8").read()); print(json.dumps(r.out))
`;

  it("has the headings, a table per table and chart with its header row, and the ready text word for word", async () => {
    for (const m of made) {
      const htmlPath = join(dir, `${m.name}.html`);
      writeFileSync(htmlPath, sectionHtml(m.section));
      const { stdout } = await run("/usr/bin/python3", ["-c", READER, htmlPath], { timeout: 60_000 });
      const read = JSON.parse(stdout) as {
        h1: string[];
        h2: string[];
        p: string[];
        tables: number;
        th: number;
      };
      expect(read.h1).toEqual([m.section.title]);
      expect(read.h2.length).toBeGreaterThanOrEqual(5);
      const tables = m.section.blocks.filter((b) => b.kind === "table" || b.kind === "chart");
      expect(read.tables).toBe(tables.length);
      for (const p of m.paragraphs) expect(read.p).toContain(p);
    }
  });

  it("puts each chart as its picture with its alt text where one is given, and takes nothing but a PNG", () => {
    const m = made[0]!;
    const png = "data:image/png;base64,iVBORw0KGgo=";
    const html = sectionHtml(m.section, [
      { src: png, width: 600, height: 360 },
      { src: 'data:text/html,<script>alert("x")</script>', width: 600, height: 360 },
      null,
    ]);
    const [first, second, third] = charts(m);
    expect(html).toContain(
      `<img src="${png}" width="600" height="360" alt="${first!.alt.replace(/"/g, "&quot;")}">`,
    );
    expect(html.match(/<img /g)).toHaveLength(1);
    expect(html).not.toContain("<script>");
    // The other two come as their figures in a table, after their captions.
    for (const c of [second!, third!]) expect(html).toContain(`${c.caption}</p><table`);
    const tables = m.section.blocks.filter((b) => b.kind === "table").length;
    expect(html.match(/<table /g)).toHaveLength(tables + 2);
  });

  it("escapes workbook text, so a goal named like markup stays text", () => {
    const section: ReportSection = {
      lang: "sv",
      title: "Årsbokslut",
      blocks: [{ kind: "paragraph", text: 'Mål <script>alert("x")</script> & mer' }],
    };
    expect(sectionHtml(section)).toBe(
      '<div lang="sv"><p>Mål &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; mer</p></div>',
    );
  });
});

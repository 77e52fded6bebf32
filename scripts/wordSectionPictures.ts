/**
 * `npm run docs:word-pictures`: the pictures of the Word section in the README and
 * docs/word-section.md, made anew from today's output. The example plan's section
 * (Helår 2020, Swedish) is written as the command line writes it, LibreOffice Writer
 * converts it to PDF, and pdftoppm draws two of its pages at 72 dpi: the first (heading,
 * ready text, key figures) and the one with the first chart (found by its caption).
 * Needs soffice and poppler-utils (pdftotext, pdftoppm), as the tests do.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { prepareSummary } from "../src/app/summariseWorkbook";
import { reportSection } from "../src/core/summary";
import { sectionDocx } from "../src/workbook/docx";
import { openXlsx, xlsxPort } from "../src/workbook/xlsx";

const ROOT = join(__dirname, "..");
const OUT = join(ROOT, "assets", "screenshots");

/** The 1-based number of the first page whose text holds `text`. */
function pageWith(pdf: string, text: string): number {
  const pages = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).split("\f");
  const i = pages.findIndex((p) => p.includes(text));
  if (i < 0) throw new Error(`no page with "${text}"`);
  return i + 1;
}

function drawPage(pdf: string, page: number, png: string, dir: string): void {
  const stem = join(dir, `page${page}`);
  execFileSync("pdftoppm", ["-png", "-r", "72", "-singlefile", "-f", `${page}`, "-l", `${page}`, pdf, stem]);
  copyFileSync(`${stem}.png`, png);
  process.stdout.write(`${png} (page ${page})\n`);
}

async function main(): Promise<void> {
  const port = xlsxPort(await openXlsx(readFileSync(join(ROOT, "assets", "example", "exempelplan.xlsx"))));
  const prepared = await prepareSummary(port, "Helår 2020", "sv", "2026-01-15");
  if (!prepared.ok) throw new Error("the example plan has no period Helår 2020");
  const dir = mkdtempSync(join(tmpdir(), "cemr-word-pictures-"));
  const docx = join(dir, "avsnitt.docx");
  writeFileSync(docx, await sectionDocx(reportSection(prepared.summary, "sv")));
  execFileSync("soffice", ["--headless", "--convert-to", "pdf", "--outdir", dir, docx], { stdio: "ignore" });
  const pdf = join(dir, "avsnitt.pdf");
  drawPage(pdf, 1, join(OUT, "word-section-sv-text.png"), dir);
  drawPage(pdf, pageWith(pdf, "Figur 1."), join(OUT, "word-section-sv-charts.png"), dir);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});

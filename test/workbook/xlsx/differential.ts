/**
 * Test helper for the differential test: our reader's cells and openpyxl's, side by
 * side, as comparable text per cell ("Sheet!A1" → value), and the differences.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { CellValue } from "../../../src/core/cells/cells";
import { WorkbookFileError, readXlsxBytes } from "../../../src/workbook/xlsx";

type PyValue =
  number | string | boolean | { date: string } | { time: string } | { duration: number } | { nan: true };
type PyFile = { error: string } | { sheets: Record<string, [number, number, PyValue][]> };

/** What openpyxl reads of each file, from one python process for all of them. */
export function openpyxlCells(files: readonly string[]): Record<string, PyFile> {
  const script = join(__dirname, "../../../scripts/fixtures/openpyxl_cells.py");
  const run = spawnSync("/usr/bin/python3", [script, ...files], {
    maxBuffer: 256 * 1024 * 1024,
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(`openpyxl_cells.py failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as Record<string, PyFile>;
}

function column(c: number): string {
  let s = "";
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A Date as openpyxl's isoformat writes it: seconds, microseconds only when there are some. */
function isoOf(d: Date): string {
  const text = d.toISOString().replace("Z", "");
  const [whole, ms] = text.split(".");
  return ms === "000" ? whole! : `${whole}.${ms}000`;
}

function ours(v: CellValue): string | null {
  if (v === null || v === undefined || v === "") return null;
  if (v instanceof Date) {
    const iso = isoOf(v);
    // A time of day alone: openpyxl gives a time, we give it on 1899-12-30 as Office.js does.
    return iso.startsWith("1899-12-30T") ? `time ${iso.slice(11)}` : `date ${iso}`;
  }
  return `${typeof v} ${String(v)}`;
}

function theirs(v: PyValue): string | null {
  if (v === "") return null;
  if (typeof v === "object") {
    if ("date" in v) return `date ${v.date.includes("T") ? v.date : `${v.date}T00:00:00`}`;
    if ("time" in v) return `time ${v.time}`;
    if ("duration" in v) return `duration ${v.duration}`;
    return "nan";
  }
  return `${typeof v} ${String(v)}`;
}

export type FileComparison =
  | { kind: "both refuse"; ours: string; theirs: string }
  | { kind: "we refuse"; ours: string }
  | { kind: "they refuse"; theirs: string }
  | { kind: "compared"; cells: number; differences: string[] };

/** Our cells against openpyxl's for one file. */
export function compare(file: string, py: PyFile): FileComparison {
  let read;
  try {
    read = readXlsxBytes(new Uint8Array(readFileSync(file)));
  } catch (e) {
    if (!(e instanceof WorkbookFileError)) throw e;
    return "error" in py
      ? { kind: "both refuse", ours: e.message, theirs: py.error }
      : { kind: "we refuse", ours: e.message };
  }
  if ("error" in py) return { kind: "they refuse", theirs: py.error };
  const a = new Map<string, string>();
  for (const s of read.raw.sheets)
    s.values.forEach((row, r) =>
      row.forEach((v, c) => {
        const t = ours(v);
        if (t !== null) a.set(`${s.sheet}!${column(s.left + c)}${s.top + r + 1}`, t);
      }),
    );
  const b = new Map<string, string>();
  for (const [sheet, cells] of Object.entries(py.sheets))
    for (const [r, c, v] of cells) {
      const t = theirs(v);
      if (t !== null) b.set(`${sheet}!${column(c)}${r + 1}`, t);
    }
  const differences: string[] = [];
  for (const [k, v] of a)
    if (b.get(k) !== v) differences.push(`${k}: ours ${v} | openpyxl ${b.get(k) ?? "empty"}`);
  for (const [k, v] of b) if (!a.has(k)) differences.push(`${k}: ours empty | openpyxl ${v}`);
  return { kind: "compared", cells: a.size, differences };
}

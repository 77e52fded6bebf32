/** File names of hand-outs: "<period> - <responsible>.xlsx", safe on Windows, macOS and Linux. */

/** Characters no common file system accepts in a name, and control characters. */
const UNSAFE = /[<>:"/\\|?*\u0000-\u001f]/g;

/**
 * A name part made safe: runs of spaces, tabs and line breaks (Alt+Enter in a cell) become one
 * space, other unsafe characters "-"; no trailing dot.
 */
export function safeNamePart(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .replace(UNSAFE, "-")
    .trim()
    .replace(/[. ]+$/, "")
    .slice(0, 100);
}

/**
 * The file name of a hand-out; `taken` holds the names given so far in the round
 * (compared without case) and gets this one, so two units never share a file.
 * @example handoutFileName("Delår 2022", "HR/Löner", new Set()) === "Delår 2022 - HR-Löner.xlsx"
 */
export function handoutFileName(period: string, label: string, taken: Set<string>): string {
  const base = `${safeNamePart(period)} - ${safeNamePart(label) || "-"}`;
  let name = `${base}.xlsx`;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base} (${n}).xlsx`;
  taken.add(name.toLowerCase());
  return name;
}

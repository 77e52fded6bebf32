/**
 * Part names (the zip entry names of an Office package) and how relationship
 * targets resolve to them. Part names are kept without the leading "/" that OPC
 * writes in `[Content_Types].xml` and absolute targets; they compare
 * case-insensitively (OPC says so), which `partKey` gives.
 */

/** A part name in the form the package uses: no leading "/" (backslashes are not separators in a zip). */
export function normalizePartName(name: string): string {
  let n = name;
  while (n.startsWith("/")) n = n.slice(1);
  return n;
}

/**
 * Why a zip entry name cannot be a part of the package, or null when it can: a
 * name that would land outside the folder it is unpacked into (`../x`, `/etc/x`,
 * `C:x`) or that uses backslashes (zip's separator is "/"; a Windows unpacker
 * turns `..\x` into a climb). OPC part names are none of these (ECMA-376 Part 2, 6.2.2).
 */
export function entryNameProblem(name: string): string | null {
  if (name.includes("\\")) return "its name uses backslashes, which zip does not allow";
  if (name.startsWith("/")) return "its name is an absolute path, outside the package";
  if (/^[A-Za-z]:/.test(name)) return "its name starts with a drive letter, outside the package";
  if (name.split("/").some((seg) => seg === ".." || seg === "."))
    return 'its name climbs out of the package (a "." or ".." segment, which no part name has)';
  if (name.includes("\0")) return "its name holds a NUL character";
  return null;
}

/** The key two part names share when OPC treats them as the same part. */
export function partKey(name: string): string {
  return normalizePartName(name).toLowerCase();
}

/** The folder of a part ("xl/worksheets/" for "xl/worksheets/sheet1.xml", "" at the root). */
export function partFolder(part: string): string {
  const slash = part.lastIndexOf("/");
  return slash < 0 ? "" : part.slice(0, slash + 1);
}

/** The relationships part of a part; "" stands for the package itself (`_rels/.rels`). */
export function relsPartOf(part: string): string {
  if (part === "") return "_rels/.rels";
  const folder = partFolder(part);
  return `${folder}_rels/${part.slice(folder.length)}.rels`;
}

function percentDecode(s: string): string {
  if (!s.includes("%")) return s;
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/**
 * The part an internal relationship target points at, from the part holding the
 * relationship ("" for the package). Absolute targets ("/xl/tables/table1.xml", as
 * openpyxl writes them) start at the package root; relative ones at the source
 * part's folder, with "." and ".." resolved. Returns null for a target that climbs
 * out of the package.
 */
export function resolveTarget(sourcePart: string, target: string): string | null {
  const clean = percentDecode(target.replace(/[?#].*$/, ""));
  const absolute = clean.startsWith("/");
  const segments = (absolute ? clean : partFolder(sourcePart) + clean).split("/");
  const out: string[] = [];
  for (const seg of segments) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") {
      if (out.length === 0) return null;
      out.pop();
    } else out.push(seg);
  }
  return out.length === 0 ? null : out.join("/");
}

/** A target for a relationship from `sourcePart` to `part`, relative as Excel writes them. */
export function relativeTarget(sourcePart: string, part: string): string {
  const from = partFolder(sourcePart).split("/").filter(Boolean);
  const to = part.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}

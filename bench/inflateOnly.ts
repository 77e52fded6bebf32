/**
 * The floor of the command line measurements (issue 23): what any reader of the
 * file must do before parsing a single tag, inflating every part and decoding
 * every XML part to text (strictly, as the package layer does), and nothing else.
 * Compiled by bench/compiled.ts, run as `node inflateOnly.js FILE`.
 */
import { readFileSync } from "node:fs";
import { Package, decodePartText } from "../src/workbook/xlsx";

function main(path: string | undefined): void {
  if (!path) throw new Error("usage: inflateOnly.ts FILE");
  const pkg = Package.open(new Uint8Array(readFileSync(path)));
  let chars = 0;
  for (const name of pkg.partNames()) {
    const bytes = pkg.bytes(name);
    if (/\.(xml|rels)$/i.test(name)) chars += decodePartText(bytes, name).length;
  }
  process.stdout.write(`${chars} characters\n`);
}

try {
  main(process.argv[2]);
} catch (e) {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 2;
}

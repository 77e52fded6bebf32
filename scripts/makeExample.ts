/**
 * `npm run example`: writes the example plan workbooks (Swedish and English) under
 * assets/example/ from the data in scripts/example/. Deterministic: the same data
 * gives the same tables and the same file dates.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { LANGS } from "../src/core/language";
import { EXAMPLE_FILES, exampleBytes } from "./example/buildExample";

/** Writes both example files relative to the repository's root. */
async function main(): Promise<void> {
  const root = join(__dirname, "..");
  for (const lang of LANGS) {
    const path = join(root, EXAMPLE_FILES[lang]);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, await exampleBytes(lang));
    process.stdout.write(`${EXAMPLE_FILES[lang]}\n`);
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});

// `npm run build:cli` (also part of `npm run build` and run by `npm pack`): the command
// line as ONE minified CommonJS file, dist-cli/cemr.js, with everything it uses bundled
// in. The packed package therefore has no runtime dependencies (an install of the
// tarball fetches nothing), no TypeScript runs at start, and Node loads a single file
// instead of resolving hundreds of modules. Beside it, THIRD-PARTY-LICENSES.txt holds
// the licence of every package whose code the bundle carries.
import { build } from "esbuild";
import { mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join, sep } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
export const CLI_DIR = join(root, "dist-cli");
export const CLI_FILE = join(CLI_DIR, "cemr.js");
const LICENSES_FILE = join(CLI_DIR, "THIRD-PARTY-LICENSES.txt");

/** Writes through a temporary file and a rename, so a reader never sees half a file. */
function writeAtomically(path, contents, mode = 0o644) {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, contents, { mode });
  renameSync(temporary, path);
}

/** The folder of the package each bundled input comes from, e.g. node_modules/exceljs. */
function packageFolders(inputs) {
  const folders = new Set();
  for (const input of inputs) {
    const parts = input.split(/[\\/]/);
    const last = parts.lastIndexOf("node_modules");
    if (last < 0) continue;
    const scoped = parts[last + 1]?.startsWith("@");
    folders.add(parts.slice(0, last + (scoped ? 3 : 2)).join(sep));
  }
  return [...folders];
}

/** One section per bundled package: name, version, declared licence and its licence text. */
function licenceSection(folder) {
  const pkg = JSON.parse(readFileSync(join(root, folder, "package.json"), "utf8"));
  const licence =
    typeof pkg.license === "string" ? pkg.license : (pkg.license?.type ?? "no licence declared");
  const file = readdirSync(join(root, folder)).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
  const text = file
    ? readFileSync(join(root, folder, file), "utf8").trim()
    : "(the package ships no licence text; the line above is what its package.json declares)";
  return { id: `${pkg.name}@${pkg.version}`, text: `${pkg.name} ${pkg.version}: ${licence}\n\n${text}` };
}

/** Builds dist-cli/; returns the bundle's size in bytes and the packages it carries. */
export async function buildCli() {
  const result = await build({
    entryPoints: [join(root, "src", "cli", "main.ts")],
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    minify: true,
    charset: "utf8",
    legalComments: "none",
    banner: { js: "#!/usr/bin/env node" },
    tsconfig: join(root, "tsconfig.json"),
    metafile: true,
    write: false,
    outfile: CLI_FILE,
    logLevel: "warning",
  });
  const [bundle] = result.outputFiles;
  // Nested copies of one version (isarray@1.0.0 five times) are listed once.
  const byId = new Map(
    packageFolders(Object.keys(result.metafile.inputs))
      .map(licenceSection)
      .map((s) => [s.id, s]),
  );
  const sections = [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
  mkdirSync(CLI_DIR, { recursive: true });
  writeAtomically(CLI_FILE, bundle.contents, 0o755);
  writeAtomically(
    LICENSES_FILE,
    [
      "The command line (cemr.js) bundles code of the following packages, under these licences.",
      ...sections.map((s) => s.text),
    ].join(`\n\n${"-".repeat(72)}\n\n`) + "\n",
  );
  return { bytes: bundle.contents.length, packages: sections.map((s) => s.id) };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { bytes, packages } = await buildCli();
  console.log(
    `dist-cli/cemr.js: ${(bytes / 1024).toFixed(0)} KB, ${packages.length} bundled packages (licences in dist-cli/THIRD-PARTY-LICENSES.txt)`,
  );
}

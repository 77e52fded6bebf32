/**
 * The command line (docs/cli.md): `cemr <command> …`, with the commands of commands.ts,
 * bundled to dist-cli/cemr.js by scripts/buildCli.mjs (in the project, `npm run -s cli
 * -- …` runs it from the sources). The shell around runCli: real files, real streams
 * and today's date.
 */
import { access, mkdir, readFile, readdir, realpath, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { deflateRawSync } from "node:zlib";
import { isoFromLocalDate, type IsoDate } from "../core/dates";
import type { CliIo } from "./cliIo";
import { runCli } from "./run";
import { setDeflater } from "../workbook/xlsx";

// Copies' new parts are deflated by Node's own zlib (the web page uses fflate).
setDeflater((data, level) => deflateRawSync(data, { level }));

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/** The canonical path of a file that may not exist yet (its folder resolved). */
async function canonical(path: string): Promise<string> {
  const full = resolve(path);
  if (await exists(full)) return realpath(full);
  const folder = await realpath(dirname(full)).catch(() => dirname(full));
  return resolve(folder, basename(full));
}

/** The files in a folder (following links), or null when the path is no folder. */
async function listFolder(path: string): Promise<readonly string[] | null> {
  const entries = await readdir(path, { withFileTypes: true }).catch(() => null);
  if (entries === null) return null;
  const isFile = async (name: string) => (await stat(join(path, name)).catch(() => null))?.isFile() === true;
  const names = entries.map((e) => e.name);
  const files = await Promise.all(names.map(isFile));
  return names.filter((_, i) => files[i]);
}

/** Today in the local time zone, as the user's calendar shows it. */
function today(): IsoDate {
  return isoFromLocalDate(new Date());
}

const io: CliIo = {
  readFile: async (path) => new Uint8Array(await readFile(path)),
  writeFile: (path, bytes) => writeFile(path, bytes),
  sameFile: async (a, b) => (await canonical(a)) === (await canonical(b)),
  exists,
  listFolder,
  makeDir: async (path) => {
    await mkdir(path, { recursive: true });
  },
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
  showProgress: process.stderr.isTTY === true,
  today,
  env: process.env,
};

runCli(process.argv.slice(2), io).then(
  (status) => {
    process.exitCode = status;
  },
  (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  },
);

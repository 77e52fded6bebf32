/** Test helper: runs the command line in-process on real temporary files, capturing its output. */
import { access, mkdir, mkdtemp, readFile, readdir, realpath, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { CliIo } from "../../src/cli/cliIo";
import type { LocaleEnv } from "../../src/cli/locale";
import { runCli } from "../../src/cli/run";

export type CliRun = { status: number; stdout: string[]; stderr: string[] };

const exists = (p: string) =>
  access(p).then(
    () => true,
    () => false,
  );

/** A fresh folder under the system's temporary folder. */
export function tempFolder(): Promise<string> {
  return mkdtemp(join(tmpdir(), "cemr-cli-"));
}

/** Runs one command line as if typed on 2019-09-15, in an environment whose locale names no language (LANG=C.UTF-8). */
export function cli(...argv: string[]): Promise<CliRun> {
  return cliIn({ LANG: "C.UTF-8" }, ...argv);
}

/** Runs one command line as if typed on 2019-09-15 with these locale variables. */
export async function cliIn(env: LocaleEnv, ...argv: string[]): Promise<CliRun> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const io: CliIo = {
    readFile: async (p) => new Uint8Array(await readFile(p)),
    writeFile: (p, bytes) => writeFile(p, bytes),
    sameFile: async (a, b) => {
      const canon = async (p: string) => ((await exists(p)) ? realpath(p) : resolve(p));
      return (await canon(a)) === (await canon(b));
    },
    exists,
    listFolder: async (p) => {
      const entries = await readdir(p, { withFileTypes: true }).catch(() => null);
      return entries?.filter((e) => e.isFile()).map((e) => e.name) ?? null;
    },
    makeDir: async (p) => {
      await mkdir(p, { recursive: true });
    },
    stdout: (t) => stdout.push(t),
    stderr: (t) => stderr.push(t),
    showProgress: false,
    today: () => "2019-09-15",
    env,
  };
  const status = await runCli(argv, io);
  return { status, stdout, stderr };
}

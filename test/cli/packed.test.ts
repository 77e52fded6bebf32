/**
 * The command line as a user installs it: `npm pack`, the tarball installed into an
 * empty folder with npm offline (so it needs nothing else from the registry), then
 * `npx cemr …` there. Its output and exit status equal the in-process command line's
 * (what `npm run -s cli` runs), its version is package.json's (built into the bundle),
 * and the folder holds no TypeScript.
 */
import { execFile, execFileSync } from "node:child_process";
import { copyFile, mkdir, readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import { cleanEnv, ROOT } from "./builtCli";
import { cli, tempFolder } from "./cliHarness";

jest.setTimeout(120_000);

const PACKAGE = "cemr-uppfoljning";
let app = "";
let tarball = "";

/** Every file under a folder, relative to it. */
async function filesUnder(dir: string, prefix = ""): Promise<string[]> {
  const entries = await readdir(join(dir, prefix), { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) =>
      e.isDirectory() ? filesUnder(dir, join(prefix, e.name)) : Promise.resolve([join(prefix, e.name)]),
    ),
  );
  return nested.flat().sort();
}

type Run = { status: number; stdout: string; stderr: string };

/** The locale variables as the in-process runs have them (cliHarness): a locale of no language. */
const LOCALE = { LC_ALL: "", LC_MESSAGES: "", LANG: "C.UTF-8" };

/** `npx BIN ARGS` in the install folder, with npm offline, in `locale`. */
function npx(bin: string, ...args: string[]): Promise<Run> {
  return npxIn(LOCALE, bin, ...args);
}

function npxIn(locale: Record<string, string>, bin: string, ...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      "npx",
      [bin, ...args],
      {
        cwd: app,
        env: cleanEnv({ npm_config_offline: "true", npm_config_update_notifier: "false", ...locale }),
      },
      (error, stdout, stderr) => {
        const status = error ? (typeof error.code === "number" ? error.code : -1) : 0;
        resolve({ status, stdout, stderr });
      },
    );
  });
}

/** The same command line run in process, as `npm run -s cli` would, with its output joined as a process prints it. */
async function inProcess(...args: string[]): Promise<Run> {
  const run = await cli(...args);
  const text = (lines: string[]) => lines.map((l) => `${l}\n`).join("");
  return { status: run.status, stdout: text(run.stdout), stderr: text(run.stderr) };
}

beforeAll(async () => {
  const work = await tempFolder();
  const npm = (args: string[], cwd: string) =>
    execFileSync("npm", args, { cwd, env: cleanEnv({ npm_config_update_notifier: "false" }), stdio: "pipe" });
  // prepack builds dist-cli/ from the sources first.
  npm(["pack", "--pack-destination", work], ROOT);
  tarball = join(work, (await readdir(work)).find((f) => f.endsWith(".tgz")) ?? "no tarball");
  app = join(work, "tom-mapp");
  await mkdir(app);
  npm(["install", "--offline", "--no-audit", "--no-fund", tarball], app);
  await copyFile(join(ROOT, "assets/example/exempelplan.xlsx"), join(app, "plan.xlsx"));
});

describe("the packed command line, installed into an empty folder", () => {
  it("installs nothing but itself: the bundle, its licences, README and package.json, no TypeScript", async () => {
    const modules = (await readdir(join(app, "node_modules"))).filter((f) => !f.startsWith("."));
    expect(modules).toEqual([PACKAGE]);
    expect(await filesUnder(join(app, "node_modules", PACKAGE))).toEqual([
      "LICENSE",
      "README.md",
      join("dist-cli", "THIRD-PARTY-LICENSES.txt"),
      join("dist-cli", "cemr.js"),
      "package.json",
    ]);
    expect((await readdir(join(app, "node_modules", ".bin"))).sort()).toEqual(["cemr", "cemr-uppfoljning"]);
  });

  it("checks a plan with `npx cemr check plan.xlsx` as the command line does today", async () => {
    const args = ["check", "plan.xlsx", "--date", "2020-12-31"];
    const installed = await npx("cemr", ...args);
    expect(installed).toEqual(await inProcess("check", join(app, "plan.xlsx"), "--date", "2020-12-31"));
    expect(installed.status).toBe(0);
    expect(installed.stdout).toContain("0 fel, 4 varningar, 0 info");
  });

  it("prints the same JSON under its long name, and the same summary", async () => {
    const check = await npx(
      "cemr-uppfoljning",
      "check",
      "plan.xlsx",
      "--json",
      "--lang",
      "en",
      "--date",
      "2020-12-31",
    );
    expect(check).toEqual(
      await inProcess("check", join(app, "plan.xlsx"), "--json", "--lang", "en", "--date", "2020-12-31"),
    );
    const report = await npx("cemr", "report", "plan.xlsx", "--period", "Helår 2020", "--json");
    expect(report).toEqual(
      await inProcess("report", join(app, "plan.xlsx"), "--period", "Helår 2020", "--json"),
    );
    expect(report.status).toBe(0);
  });

  it("prints the help, a command's help and the package's version as the command line does, exit 0", async () => {
    const { version } = JSON.parse(await readFile(join(ROOT, "package.json"), "utf8")) as { version: string };
    expect(await npx("cemr", "--version")).toEqual({ status: 0, stdout: `${version}\n`, stderr: "" });
    const help = await npx("cemr", "--help");
    expect(help).toEqual(await inProcess("--help"));
    expect(help.stdout.split("\n")[0]).toBe(`cemr ${version}`);
    // Under an English locale, the help and the messages are English, as in process.
    const english = await npxIn(
      { LC_ALL: "", LC_MESSAGES: "", LANG: "en_GB.UTF-8" },
      "cemr",
      "check",
      "--help",
    );
    expect(english.status).toBe(0);
    expect(english.stdout).toMatch(/^cemr check: Checks plan workbooks/);
    expect(english.stdout).toBe((await inProcess("check", "--help", "--lang", "en")).stdout);
  });

  it("exits 2 with the same one line for a missing file and for bad arguments", async () => {
    const missing = await npx("cemr", "check", "finns-inte.xlsx");
    expect(missing).toEqual({ ...(await inProcess("check", "finns-inte.xlsx")), status: 2 });
    expect(missing.stderr).toBe("Filen finns inte: finns-inte.xlsx\n");
    const usage = await npx("cemr");
    expect(usage.status).toBe(2);
    expect(usage.stderr).toBe((await inProcess()).stderr);
  });
});

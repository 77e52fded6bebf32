/**
 * The command line as a real process: exit status, standard output and standard
 * error as a script sees them. Few spawns, as each costs about half a second.
 */
import { execFile } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { tempFolder } from "./cliHarness";

const root = join(__dirname, "../..");

function run(...argv: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["--import", "tsx", "src/cli/main.ts", ...argv],
      { cwd: root },
      (error, stdout, stderr) => {
        const status = error && typeof error.code === "number" ? error.code : 0;
        resolve({ status, stdout, stderr });
      },
    );
  });
}

jest.setTimeout(30_000);

describe("the command line as a process", () => {
  it("writes a template, then prints only JSON on standard output for check --json and exits 1", async () => {
    const out = join(await tempFolder(), "plan.xlsx");
    const made = await run("template", "--out", out);
    expect(made.status).toBe(0);
    const checked = await run("check", out, "--json", "--date", "2019-09-15");
    expect(checked.status).toBe(1);
    expect(Object.keys(JSON.parse(checked.stdout) as object)).toEqual(["findings"]);
    expect(checked.stderr).toBe("");
  });

  it("prints package.json's version and a command's help on standard output from the sources (npm run cli), exit 0", async () => {
    const { version } = JSON.parse(await readFile(join(root, "package.json"), "utf8")) as { version: string };
    expect(await run("--version")).toEqual({ status: 0, stdout: `${version}\n`, stderr: "" });
    const help = await run("report", "--help");
    expect([help.status, help.stderr]).toEqual([0, ""]);
    expect(help.stdout).toMatch(/^cemr report: /);
  });

  it.each([
    ["a missing file", async (folder: string) => join(folder, "finns-inte.xlsx")],
    [
      "a text file",
      async (folder: string) => {
        const path = join(folder, "lista.xlsx");
        await writeFile(path, "Mål;Aktivitet\nJämställda löner;Lönekartläggning\n");
        return path;
      },
    ],
    [
      "an old .xls file (compound file signature)",
      async () => join(root, "test/fixtures/old-format-goals.xls"),
    ],
  ])("refuses %s with exit 2 and one line on standard error, no stack trace", async (_, make) => {
    const path = await make(await tempFolder());
    const result = await run("check", path);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toContain(path);
    expect(result.stderr).not.toMatch(/\bat \S+ \(/);
  });
});

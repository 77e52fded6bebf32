/**
 * The package could be published: package.json says what npm's registry shows (name,
 * licence, repository, keywords, engines) and what a user installs (bin, files), and
 * `npm publish --dry-run` passes and lists only what a user needs. The dry run is
 * pointed at a registry address where nothing listens, so it proves that the check
 * needs no network (npm's documentation of --dry-run: npm changes nothing and only
 * reports what it would have done).
 */
import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { cleanEnv, ROOT } from "./builtCli";

// prepack builds the command line first: seconds alone, more on a loaded machine.
jest.setTimeout(180_000);

type Manifest = {
  name: string;
  version: string;
  private?: boolean;
  license: string;
  repository: { type: string; url: string };
  keywords: string[];
  engines: { node: string };
  bin: Record<string, string>;
  files: string[];
  dependencies?: Record<string, string>;
};

type DryRun = { status: number; stdout: string; stderr: string };

/** `npm publish --dry-run --json` in the project, against a registry that does not answer. */
function publishDryRun(): Promise<DryRun> {
  return new Promise((resolve) => {
    execFile(
      "npm",
      ["publish", "--dry-run", "--json"],
      {
        cwd: ROOT,
        env: cleanEnv({ npm_config_registry: "http://127.0.0.1:9/", npm_config_update_notifier: "false" }),
      },
      (error, stdout, stderr) => {
        const status = error ? (typeof error.code === "number" ? error.code : -1) : 0;
        resolve({ status, stdout, stderr });
      },
    );
  });
}

let manifest: Manifest;
beforeAll(async () => {
  manifest = JSON.parse(await readFile(join(ROOT, "package.json"), "utf8")) as Manifest;
});

describe("the package, as npm would publish it", () => {
  it("is not private, and names itself, its licence, repository, keywords and Node versions", async () => {
    expect(manifest.private).toBeUndefined();
    expect(manifest.name).toBe("cemr-uppfoljning");
    expect(manifest.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(manifest.license).toBe("MIT");
    // The licence file says what package.json declares.
    expect((await readFile(join(ROOT, "LICENSE"), "utf8")).split("\n")[0]).toBe("MIT License");
    expect(manifest.repository).toEqual({
      type: "git",
      url: expect.stringMatching(/^git\+https:\/\/.+\.git$/),
    });
    expect(manifest.keywords).toEqual(expect.arrayContaining(["cemr", "excel", "xlsx", "cli"]));
    expect(manifest.engines.node).toMatch(/^>=20\b/);
    expect(manifest.bin).toEqual({ cemr: "dist-cli/cemr.js", "cemr-uppfoljning": "dist-cli/cemr.js" });
    expect(manifest.files).toEqual(["dist-cli/"]);
    // Everything the command needs is bundled into dist-cli/cemr.js.
    expect(manifest.dependencies).toBeUndefined();
  });

  it("passes `npm publish --dry-run` offline, listing only the command, its licences, README and package.json", async () => {
    const run = await publishDryRun();
    expect(run.status).toBe(0);
    // Standard output: prepack's line (the command line built from the sources), then npm's JSON.
    const json = run.stdout.slice(run.stdout.search(/^\{/m));
    const report = JSON.parse(json) as Record<string, { id: string; files: { path: string }[] }>;
    const published = report[manifest.name];
    expect(published?.id).toBe(`${manifest.name}@${manifest.version}`);
    expect(published?.files.map((f) => f.path).sort()).toEqual([
      "LICENSE",
      "README.md",
      "dist-cli/THIRD-PARTY-LICENSES.txt",
      "dist-cli/cemr.js",
      "package.json",
    ]);
    // npm would publish package.json as it is: it corrects nothing and warns of nothing but the login a real publish needs.
    const warnings = run.stderr.split("\n").filter((l) => l.startsWith("npm warn"));
    expect(warnings.filter((l) => !/requires you to be logged in .*\(dry-run\)/.test(l))).toEqual([]);
    expect(run.stderr).toContain("(dry-run)");
  });
});

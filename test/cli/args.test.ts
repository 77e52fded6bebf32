/**
 * The command line's registry and parser: the usage line, the dispatch and each
 * command's options come from one list (src/cli/commands.ts).
 */
import { parseArgs, type CommandSyntax } from "../../src/cli/args";
import { CliError } from "../../src/cli/cliIo";
import { COMMANDS } from "../../src/cli/commands";
import { cli } from "./cliHarness";

const SPECS: readonly CommandSyntax[] = [
  { name: "make", files: "none", options: ["--out"] },
  { name: "read", files: "one", options: ["--json"] },
  { name: "sum", files: "many", options: ["--period"] },
];

const refusal = (argv: string[]): string => {
  try {
    parseArgs(argv, SPECS);
  } catch (e) {
    if (e instanceof CliError) return e.message;
    throw e;
  }
  throw new Error(`parsed: ${argv.join(" ")}`);
};

describe("the command registry", () => {
  it("names every command in the usage line, in the registry's order", async () => {
    const run = await cli();
    expect(run.status).toBe(2);
    expect(run.stderr).toEqual([`Användning: cemr ${COMMANDS.map((c) => c.name).join("|")} … (se README)`]);
    expect(COMMANDS.map((c) => c.name)).toEqual([
      "template",
      "check",
      "report",
      "import",
      "setup",
      "handout",
      "collect",
    ]);
  });

  it("refuses, for every command, an option that only another command takes", async () => {
    for (const command of COMMANDS) {
      const foreign = COMMANDS.flatMap((c) => c.options).find(
        (o) => !(command.options as readonly string[]).includes(o),
      );
      if (foreign === undefined) continue;
      const run = await cli(command.name, "plan.xlsx", foreign, "--lang", "en");
      expect([run.status, run.stderr]).toEqual([2, [`Unknown option for ${command.name}: ${foreign}`]]);
    }
  });
});

describe("parseArgs", () => {
  it("gives the command's entry and its arguments", () => {
    const { command, args } = parseArgs(
      ["sum", "a.xlsx", "b.xlsx", "--period=Delår 2019", "--lang", "en"],
      SPECS,
    );
    expect(command).toBe(SPECS[2]);
    expect(args).toMatchObject({
      file: "a.xlsx",
      files: ["a.xlsx", "b.xlsx"],
      period: "Delår 2019",
      lang: "en",
    });
  });

  it("takes no more files than the command reads, naming the first one too many", () => {
    expect(refusal(["make", "x.xlsx"])).toBe("Oväntat argument: x.xlsx");
    expect(refusal(["read", "x.xlsx", "y.xlsx"])).toBe("Oväntat argument: y.xlsx");
    expect(parseArgs(["sum", "x", "y", "z"], SPECS).args.files).toEqual(["x", "y", "z"]);
  });

  it("refuses an unknown command, and says how to use it when none is named", () => {
    expect(refusal(["frobnicate"])).toBe("Okänt kommando: frobnicate");
    expect(refusal(["--lang", "en"])).toBe("Unknown command: --lang");
    expect(refusal([])).toBe("Användning: cemr make|read|sum … (se README)");
  });
});

/**
 * The command line's registry and parser: the usage line, the dispatch and each
 * command's options come from one list (src/cli/commands.ts).
 */
import { parseCommandLine, type CommandSyntax, type ParsedArgs } from "../../src/cli/args";
import { CliError } from "../../src/cli/cliIo";
import { COMMANDS } from "../../src/cli/commands";
import { cli } from "./cliHarness";

const SPECS: readonly CommandSyntax[] = [
  {
    name: "make",
    files: "none",
    options: [{ name: "--out", value: { sv: "FIL", en: "FILE" }, required: true, help: { sv: "", en: "" } }],
  },
  { name: "read", files: "one", options: [{ name: "--json", help: { sv: "", en: "" } }] },
  {
    name: "sum",
    files: "many",
    options: [
      {
        name: "--period",
        value: { sv: "NAMN", en: "NAME" },
        default: { sv: "", en: "" },
        help: { sv: "", en: "" },
      },
    ],
  },
];

/** The command and arguments of a command line that runs one. */
function parsed(argv: string[]): { command: CommandSyntax; args: ParsedArgs } {
  const request = parseCommandLine(argv, SPECS);
  if (request.kind !== "run") throw new Error(`not a run: ${request.kind}`);
  return request;
}

const refusal = (argv: string[]): string => {
  try {
    parseCommandLine(argv, SPECS);
  } catch (e) {
    if (e instanceof CliError) return e.message;
    throw e;
  }
  throw new Error(`parsed: ${argv.join(" ")}`);
};

describe("the command registry", () => {
  it("names every command in the short usage, in the registry's order", async () => {
    const run = await cli();
    expect(run.status).toBe(2);
    expect(run.stdout).toEqual([]);
    expect(run.stderr.join(" ").replace(/\s+/g, " ")).toBe(
      "Användning: cemr KOMMANDO [ARGUMENT…] [FLAGGOR], där KOMMANDO är " +
        `${COMMANDS.slice(0, -1)
          .map((c) => c.name)
          .join(", ")} eller ${COMMANDS[COMMANDS.length - 1]?.name} Hjälp: cemr --help`,
    );
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

  it("refuses, for every command, an option that only another command takes, then shows its usage", async () => {
    for (const command of COMMANDS) {
      const own = command.options.map((o) => o.name as string);
      const foreign = COMMANDS.flatMap((c) => c.options.map((o) => o.name as string)).find(
        (o) => !own.includes(o),
      );
      if (foreign === undefined) continue;
      const run = await cli(command.name, "plan.xlsx", foreign, "--lang", "en");
      expect(run.status).toBe(2);
      expect(run.stderr[0]).toBe(`Unknown option for ${command.name}: ${foreign}`);
      expect(run.stderr[1]).toMatch(new RegExp(`^Usage: cemr ${command.name} `));
      expect(run.stderr[run.stderr.length - 1]).toBe(`Help: cemr ${command.name} --help`);
    }
  });

  it("gives an option the same kind in every command, flag or value, so the parser can tell values from files", () => {
    const kinds = new Map<string, Set<boolean>>();
    for (const o of COMMANDS.flatMap((c) => c.options))
      kinds.set(o.name, (kinds.get(o.name) ?? new Set()).add(o.value !== undefined));
    expect([...kinds].filter(([, k]) => k.size > 1).map(([name]) => name)).toEqual([]);
  });
});

describe("parseCommandLine", () => {
  it("gives the command's entry and its arguments", () => {
    const { command, args } = parsed(["sum", "a.xlsx", "b.xlsx", "--period=Delår 2019", "--lang", "en"]);
    expect(command).toBe(SPECS[2]);
    expect(args).toMatchObject({
      file: "a.xlsx",
      files: ["a.xlsx", "b.xlsx"],
      period: "Delår 2019",
      lang: "en",
    });
  });

  it("takes options before the command too", () => {
    expect(parsed(["--lang", "en", "--period", "Delår 2019", "sum", "a.xlsx"]).args).toMatchObject({
      files: ["a.xlsx"],
      period: "Delår 2019",
      lang: "en",
    });
  });

  it("takes no more files than the command reads, naming the first one too many", () => {
    expect(refusal(["make", "x.xlsx", "--out", "y.xlsx"])).toBe("Oväntat argument: x.xlsx");
    expect(refusal(["read", "x.xlsx", "y.xlsx"])).toBe("Oväntat argument: y.xlsx");
    expect(parsed(["sum", "x", "y", "z"]).args.files).toEqual(["x", "y", "z"]);
  });

  it("refuses a command without the file it reads or an option it requires, naming the option in the user's language", () => {
    expect(refusal(["read"])).toBe("read behöver en fil att läsa");
    expect(refusal(["make"])).toBe("make behöver --out FIL");
    expect(refusal(["make", "--lang", "en"])).toBe("make needs --out FILE");
  });

  it("refuses an unknown command, an unknown option and a lone short option", () => {
    expect(refusal(["frobnicate"])).toBe("Okänt kommando: frobnicate");
    expect(refusal(["--lang", "en", "frobnicate"])).toBe("Unknown command: frobnicate");
    expect(refusal(["read", "x.xlsx", "--period", "P"])).toBe("Okänd flagga för read: --period");
    expect(refusal(["read", "x.xlsx", "-x"])).toBe("Okänd flagga för read: -x");
  });

  it("asks for help with --help, -h or help, wherever they stand, and for the version with --version", () => {
    for (const argv of [["--help"], ["-h"], ["help"], ["--lang", "en", "-h"]])
      expect(parseCommandLine(argv, SPECS)).toMatchObject({ kind: "help", command: null });
    for (const argv of [
      ["read", "--help"],
      ["help", "read"],
      ["-h", "read"],
      ["read", "x.xlsx", "--frob", "-h"],
    ])
      expect(parseCommandLine(argv, SPECS)).toMatchObject({ kind: "help", command: SPECS[1] });
    expect(parseCommandLine(["--version"], SPECS)).toMatchObject({ kind: "version" });
    expect(parseCommandLine([], SPECS)).toMatchObject({ kind: "usage" });
    expect(refusal(["help", "frobnicate"])).toBe("Okänt kommando: frobnicate");
    // "-h" as the value of an option is that value, not a call for help.
    expect(parsed(["sum", "x.xlsx", "--period", "-h"]).args.period).toBe("-h");
  });
});

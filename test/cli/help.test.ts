/**
 * The command line's help, held to the commands registry (src/cli/commands.ts): every
 * command, every option with its default, every example and exit status appears, in
 * both languages, so a command or option added to the registry cannot be left out of
 * the help; and the language follows --lang, then the locale, then Swedish.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { LANG_OPTION, parseCommandLine, type OptionSyntax } from "../../src/cli/args";
import { COMMANDS, type CommandSpec } from "../../src/cli/commands";
import { commandHelp, generalHelp } from "../../src/cli/help";
import { langOfLocale } from "../../src/cli/locale";
import type { Lang } from "../../src/core/language/language";
import { CLI_HELP_DOC, commandsShown, withHelp } from "../../scripts/cliHelpDoc";
import { cli, cliIn } from "./cliHarness";

/** The version in package.json, read as npm reads it. */
const PACKAGE_VERSION = (
  JSON.parse(readFileSync(join(__dirname, "../../package.json"), "utf8")) as { version: string }
).version;

/** The text with its line breaks and indentation as single spaces (the help wraps at 80 columns). */
const flat = (text: string): string => text.replace(/\s+/g, " ");

/** A command line as a shell splits it: words, with "…" keeping spaces inside. */
function shellWords(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? "");
}

/** What the help must say of an option: "--out FIL  what it does (default or required)". */
function optionEntry(o: OptionSyntax, lang: Lang): string {
  const note = o.required
    ? { sv: "krävs", en: "required" }[lang]
    : o.default
      ? `${{ sv: "förval", en: "default" }[lang]}: ${o.default[lang]}`
      : null;
  const left = o.value ? `${o.name} ${o.value[lang]}` : o.name;
  return `${left} ${o.help[lang]}${note === null ? "" : ` (${note})`}`;
}

describe.each<Lang>(["sv", "en"])("the help (%s)", (lang) => {
  it("lists every command of the registry with its summary, and the options every command takes", () => {
    const help = flat(generalHelp(COMMANDS, lang, "9.9.9"));
    expect(help).toContain("cemr 9.9.9");
    for (const c of COMMANDS) expect(help).toContain(` ${c.name} ${c.summary[lang]}`);
    expect(help).toContain(optionEntry(LANG_OPTION, lang));
    expect(help).toContain("-h, --help");
    expect(help).toContain("--version");
  });

  it.each(COMMANDS.map((c) => [c.name, c] as const))(
    "of %s shows its usage, every option with its default, its examples and exit statuses",
    (name, command: CommandSpec) => {
      const text = commandHelp(command, lang);
      const help = flat(text);
      // The second paragraph: "Användning: cemr check FIL|MAPP… [--date DATUM] …".
      const usage = `${flat(text.split("\n\n")[1] ?? "")} `;
      expect(usage).toMatch(new RegExp(`^${lang === "sv" ? "Användning" : "Usage"}: cemr ${name} `));
      for (const o of [...command.options, LANG_OPTION]) {
        expect(help).toContain(optionEntry(o, lang));
        const inUsage = o.value ? `${o.name} ${o.value[lang]}` : o.name;
        expect(usage).toContain(o.required ? ` ${inUsage} ` : `[${inUsage}]`);
      }
      expect(help).toContain("-h, --help");
      expect(command.examples.length).toBeGreaterThan(0);
      for (const e of command.examples) expect(help).toContain(`cemr ${e[lang]}`);
      for (const e of command.exits) expect(help).toContain(`${e.status} ${e.meaning[lang]}`);
      expect(command.exits.map((e) => e.status)).toContain(0);
      expect(command.exits.map((e) => e.status)).toContain(2);
    },
  );

  it("gives examples that the parser takes as the command they illustrate", () => {
    for (const c of COMMANDS)
      for (const e of c.examples) {
        const request = parseCommandLine(shellWords(e[lang]), COMMANDS);
        expect([e[lang], request.kind, request.kind === "run" ? request.command.name : null]).toEqual([
          e[lang],
          "run",
          c.name,
        ]);
      }
  });

  it("keeps every line within 80 columns", () => {
    const texts = [
      generalHelp(COMMANDS, lang, PACKAGE_VERSION),
      ...COMMANDS.map((c) => commandHelp(c, lang)),
    ];
    const long = texts.flatMap((t) => t.split("\n")).filter((l) => l.length > 80);
    expect(long).toEqual([]);
  });
});

describe("the help is derived from the registry", () => {
  it("is shown in docs/cli-help.md as the command line prints it, for the list and for every command", () => {
    const doc = readFileSync(CLI_HELP_DOC, "utf8");
    // When this fails, the registry changed: `npm run -s docs:cli` writes the help into the page again.
    expect(doc).toBe(withHelp(doc));
    expect(new Set(commandsShown(doc))).toEqual(new Set(["cemr", ...COMMANDS.map((c) => c.name)]));
  });

  it("shows a command and an option that are added to it", () => {
    const added: CommandSpec = {
      name: "archive",
      files: "one",
      operands: { sv: "PLAN", en: "PLAN" },
      options: [
        {
          name: "--year",
          value: { sv: "ÅR", en: "YEAR" },
          default: { sv: "i år", en: "this year" },
          help: { sv: "Året som arkiveras", en: "The year archived" },
        },
      ],
      summary: { sv: "Arkiverar ett år", en: "Archives a year" },
      about: { sv: "Flyttar ett års rader.", en: "Moves a year's rows." },
      examples: [{ sv: "archive plan.xlsx --year 2019", en: "archive plan.xlsx --year 2019" }],
      exits: [{ status: 0, meaning: { sv: "klart", en: "done" } }],
      run: () => Promise.resolve(0),
    };
    expect(flat(generalHelp([...COMMANDS, added], "sv", "1.0.0"))).toContain(" archive Arkiverar ett år");
    const help = flat(commandHelp(added, "en"));
    expect(help).toContain("Usage: cemr archive PLAN [--year YEAR] [--lang sv|en]");
    expect(help).toContain("--year YEAR The year archived (default: this year)");
  });
});

describe("the command line's help, version and usage", () => {
  it("prints the usage with every command on standard output for --help, -h and help, exit 0", async () => {
    const runs = await Promise.all([cli("--help"), cli("-h"), cli("help")]);
    for (const run of runs) {
      expect(run.status).toBe(0);
      expect(run.stderr).toEqual([]);
      expect(run.stdout).toEqual([generalHelp(COMMANDS, "sv", PACKAGE_VERSION)]);
    }
  });

  it("prints a command's help for `COMMAND --help`, `COMMAND -h` and `help COMMAND`, exit 0", async () => {
    for (const c of COMMANDS) {
      const runs = await Promise.all([
        cli(c.name, "--help"),
        cli(c.name, "-h"),
        cli("help", c.name, "--lang", "en"),
      ]);
      expect(runs.map((r) => [r.status, r.stderr])).toEqual([
        [0, []],
        [0, []],
        [0, []],
      ]);
      expect(runs[0]?.stdout).toEqual([commandHelp(c, "sv")]);
      expect(runs[1]?.stdout).toEqual(runs[0]?.stdout);
      expect(runs[2]?.stdout).toEqual([commandHelp(c, "en")]);
    }
    // Help wins over the rest of the line, even a mistake in it.
    expect((await cli("check", "plan.xlsx", "--period", "P", "--help")).stdout).toEqual([
      commandHelp(COMMANDS[1], "sv"),
    ]);
  });

  it("prints the package's version for --version, exit 0", async () => {
    expect(await cli("--version")).toEqual({ status: 0, stdout: [PACKAGE_VERSION], stderr: [] });
  });

  it("prints a short usage on standard error for an unknown command or option, exit 2", async () => {
    const unknown = await cli("frobnicate", "plan.xlsx");
    expect(unknown.status).toBe(2);
    expect(unknown.stdout).toEqual([]);
    expect(unknown.stderr[0]).toBe("Okänt kommando: frobnicate");
    expect(flat(unknown.stderr.slice(1).join("\n"))).toContain(`där KOMMANDO är ${COMMANDS[0].name}, `);
    expect(unknown.stderr[unknown.stderr.length - 1]).toBe("Hjälp: cemr --help");
    const option = await cli("report", "plan.xlsx", "--period", "Helår 2019", "--date", "2019-09-15");
    expect(option.status).toBe(2);
    expect(option.stdout).toEqual([]);
    expect(flat(option.stderr.join("\n"))).toBe(
      "Okänd flagga för report: --date " +
        "Användning: cemr report FIL|MAPP… --period NAMN [--out FIL|MAPP] [--docx FIL|MAPP] [--json] [--force] [--lang sv|en] " +
        "Hjälp: cemr report --help",
    );
  });
});

describe("the language of the command line's texts", () => {
  it("reads LC_ALL, then LC_MESSAGES, then LANG; a locale of another language names none", () => {
    expect(langOfLocale({})).toBeNull();
    expect(langOfLocale({ LANG: "sv_SE.UTF-8" })).toBe("sv");
    expect(langOfLocale({ LANG: "en_GB.UTF-8" })).toBe("en");
    expect(langOfLocale({ LANG: "en" })).toBe("en");
    expect(langOfLocale({ LANG: "sv_FI@euro" })).toBe("sv");
    expect(langOfLocale({ LC_MESSAGES: "en_US.UTF-8", LANG: "sv_SE.UTF-8" })).toBe("en");
    expect(langOfLocale({ LC_ALL: "sv_SE.UTF-8", LC_MESSAGES: "en_US.UTF-8", LANG: "en_US.UTF-8" })).toBe(
      "sv",
    );
    // POSIX: LC_ALL set to C overrides LANG; the C locale is no language.
    expect(langOfLocale({ LC_ALL: "C", LANG: "en_US.UTF-8" })).toBeNull();
    expect(langOfLocale({ LC_ALL: "", LANG: "en_US.UTF-8" })).toBe("en");
    expect(langOfLocale({ LANG: "C.UTF-8" })).toBeNull();
    expect(langOfLocale({ LANG: "de_DE.UTF-8" })).toBeNull();
  });

  it("follows --lang, else the locale, else speaks Swedish, in help, messages and findings", async () => {
    const english = { LANG: "en_GB.UTF-8" };
    expect((await cliIn(english, "--help")).stdout).toEqual([generalHelp(COMMANDS, "en", PACKAGE_VERSION)]);
    expect((await cliIn(english, "--help", "--lang", "sv")).stdout).toEqual([
      generalHelp(COMMANDS, "sv", PACKAGE_VERSION),
    ]);
    expect((await cliIn({ LANG: "de_DE.UTF-8" }, "-h")).stdout).toEqual([
      generalHelp(COMMANDS, "sv", PACKAGE_VERSION),
    ]);
    expect((await cliIn({}, "check", "finns-inte.xlsx")).stderr).toEqual([
      "Filen finns inte: finns-inte.xlsx",
    ]);
    expect((await cliIn(english, "check", "finns-inte.xlsx")).stderr).toEqual([
      "No such file: finns-inte.xlsx",
    ]);
    expect((await cliIn({ LC_ALL: "sv_SE.UTF-8", LANG: "en_GB.UTF-8" }, "frobnicate")).stderr[0]).toBe(
      "Okänt kommando: frobnicate",
    );
    // The shipped example plan (assets/example), checked under an English locale: English counts and messages.
    const plan = join(__dirname, "../../assets/example/exempelplan.xlsx");
    const checked = await cliIn(english, "check", plan, "--date", "2020-12-31");
    expect(checked.stdout[checked.stdout.length - 1]).toBe("0 errors, 4 warnings, 0 info");
    const swedish = await cliIn(english, "check", plan, "--date", "2020-12-31", "--lang", "sv");
    expect(swedish.stdout[swedish.stdout.length - 1]).toBe("0 fel, 4 varningar, 0 info");
  });
});

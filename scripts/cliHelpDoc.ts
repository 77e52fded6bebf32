/**
 * `npm run -s docs:cli`: writes the command line's help, as `cemr --help` and
 * `cemr COMMAND --help` print it, into docs/cli-help.md, between its markers
 * `<!-- help:NAME:LANG -->` and `<!-- /help -->` (NAME is a command, or `cemr` for the
 * list of commands). test/cli/help.test.ts fails when the file differs from what this
 * writes, so the reference cannot drift from the commands registry.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { COMMANDS } from "../src/cli/commands";
import { commandHelp, generalHelp } from "../src/cli/help";
import { CLI_VERSION } from "../src/cli/version";
import type { Lang } from "../src/core/language";

export const CLI_HELP_DOC = join(__dirname, "..", "docs", "cli-help.md");

const MARKED = /(<!-- help:([a-z]+):(sv|en) -->\n)[\s\S]*?(<!-- \/help -->)/g;

/** The help of NAME (a command, or "cemr") in a language, as the command line prints it. */
function helpOf(name: string, lang: Lang): string {
  if (name === "cemr") return generalHelp(COMMANDS, lang, CLI_VERSION);
  const command = COMMANDS.find((c) => c.name === name);
  if (command === undefined) throw new Error(`docs/cli-help.md names no command "${name}"`);
  return commandHelp(command, lang);
}

/** The document with each marked block replaced by the help it names, in a text code block. */
export function withHelp(doc: string): string {
  return doc.replace(
    MARKED,
    (_, open: string, name: string, lang: Lang, close: string) =>
      `${open}\n\`\`\`text\n${helpOf(name, lang)}\n\`\`\`\n\n${close}`,
  );
}

/** The commands whose help the document shows. */
export function commandsShown(doc: string): string[] {
  return [...doc.matchAll(MARKED)].map((m) => m[2] ?? "");
}

if (require.main === module) {
  writeFileSync(CLI_HELP_DOC, withHelp(readFileSync(CLI_HELP_DOC, "utf8")));
  process.stdout.write("docs/cli-help.md\n");
}

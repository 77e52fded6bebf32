/**
 * What a command may do to the outside world, passed in so that the commands run
 * in tests without spawning processes: files, the two output streams, today's date
 * and the locale.
 */
import type { IsoDate } from "../core/dates";
import type { LocaleEnv } from "./locale";

export type CliIo = {
  readonly readFile: (path: string) => Promise<Uint8Array>;
  readonly writeFile: (path: string, bytes: Uint8Array) => Promise<void>;
  /** True when both paths name the same file (the input must never be overwritten). */
  readonly sameFile: (a: string, b: string) => Promise<boolean>;
  readonly exists: (path: string) => Promise<boolean>;
  /** The names of the files in a folder (not its subfolders), or null when the path is no folder. */
  readonly listFolder: (path: string) => Promise<readonly string[] | null>;
  /** Creates a folder and its parents (handout --out DIR); without it the folder must exist. */
  readonly makeDir?: (path: string) => Promise<void>;
  readonly stdout: (text: string) => void;
  /** Progress and errors; never results. */
  readonly stderr: (text: string) => void;
  /** Whether progress lines are wanted (a person watching a terminal). */
  readonly showProgress: boolean;
  readonly today: () => IsoDate;
  /** The locale variables, for the language when no --lang is given. */
  readonly env: LocaleEnv;
};

/** A failure the user must fix (exit status 2): one line, no stack trace. */
export class CliError extends Error {
  /** The reason without the file's name, for a table that names the file already. */
  readonly reason: string;
  constructor(message: string, reason?: string) {
    super(message);
    this.name = "CliError";
    this.reason = reason ?? message;
  }
}

import type { Lang } from "../core/i18n";

/** Where a command writes; tests pass in-memory streams. */
export type CliIo = {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  cwd: string;
};

/** Options every command understands. */
export type CommonOptions = { lang: Lang; json: boolean };

/** A command: parses its own arguments, returns the process exit code (0 ok, 1 invalid input, 2 usage). */
export type Command = {
  name: string;
  summary: { vi: string; en: string };
  usage: string;
  run(args: string[], io: CliIo): Promise<number>;
};

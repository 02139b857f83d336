import type { CliIo } from "../../cli/cliIo";

/** An in-memory `CliIo` for command tests: what the command wrote, as text. */
export type MemoryIo = CliIo & { out(): string; err(): string };

export function memoryIo(cwd: string): MemoryIo {
  let stdout = "";
  let stderr = "";
  return {
    cwd,
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    out: () => stdout,
    err: () => stderr,
  };
}

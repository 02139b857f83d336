import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import type { Localized } from "../core/i18n/localized";
import { msg } from "../core/i18n/localized";
import { errorMessage } from "./errorMessage";

export type ReadJsonResult =
  { ok: true; value: unknown; path: string } | { ok: false; path: string; message: Localized };

/**
 * Reads and JSON-parses a file relative to `cwd`. Never throws: a missing or unreadable file, or JSON that does
 * not parse, comes back as a message naming the file (and the line and column of a syntax error).
 */
export async function readJsonFile(file: string, cwd: string): Promise<ReadJsonResult> {
  const path = resolve(cwd, file);
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    return { ok: false, path, message: unreadableMessage(file, error) };
  }
  // Notepad on Windows saves UTF-8 with a byte-order mark, which JSON.parse rejects.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  try {
    return { ok: true, value: JSON.parse(text) as unknown, path };
  } catch (error) {
    const reason = errorMessage(error);
    const { line, column } = lineAndColumn(text, positionOf(reason, text));
    return {
      ok: false,
      path,
      message: msg(
        `${file}: không phải JSON hợp lệ tại dòng ${line}, cột ${column} (${reason}).`,
        `${file}: not valid JSON at line ${line}, column ${column} (${reason}).`,
      ),
    };
  }
}

function unreadableMessage(file: string, error: unknown): Localized {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === "ENOENT") return msg(`${file}: không tìm thấy tệp.`, `${file}: no such file.`);
  if (code === "EISDIR")
    return msg(`${file}: là thư mục, không phải tệp.`, `${file}: is a directory, not a file.`);
  const reason = errorMessage(error);
  return msg(`${file}: không đọc được tệp (${reason}).`, `${file}: cannot read the file (${reason}).`);
}

/** V8 names the character offset ("… at position 42"); without one the input ended early. */
function positionOf(reason: string, text: string): number {
  const match = /position (\d+)/.exec(reason);
  return match?.[1] === undefined ? text.length : Number(match[1]);
}

/** 1-based line and column of a character offset. */
export function lineAndColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, position);
  const lines = before.split("\n");
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}

import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import type { Localized } from "../core/i18n";
import { msg } from "../core/i18n";
import { errorMessage } from "./errorMessage";
import { findJsonSyntaxError, lineAndColumn } from "./findJsonSyntaxError";

export type ReadJsonResult =
  { ok: true; value: unknown; path: string } | { ok: false; path: string; message: Localized };

/**
 * Reads and JSON-parses a file relative to `cwd`. Never throws: a missing or unreadable file, or JSON that does
 * not parse, comes back as a one-line message naming the file, and for a syntax error the line and column of the
 * offending token and what to write instead.
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
    return { ok: false, path, message: syntaxErrorMessage(file, text, error) };
  }
}

/**
 * Node 20's JSON.parse does not always name a position, so the scanner finds the token. Should it ever accept
 * what JSON.parse rejected, the message says so without a line it cannot vouch for.
 */
function syntaxErrorMessage(file: string, text: string, error: unknown): Localized {
  const found = findJsonSyntaxError(text);
  if (found === undefined) {
    const reason = oneLine(errorMessage(error));
    return msg(`${file}: không phải JSON hợp lệ (${reason}).`, `${file}: not valid JSON (${reason}).`);
  }
  const { line, column } = lineAndColumn(text, found.position);
  return msg(
    `${file}: không phải JSON hợp lệ tại dòng ${line}, cột ${column}: ${found.reason.vi}.`,
    `${file}: not valid JSON at line ${line}, column ${column}: ${found.reason.en}.`,
  );
}

function unreadableMessage(file: string, error: unknown): Localized {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === "ENOENT") return msg(`${file}: không tìm thấy tệp.`, `${file}: no such file.`);
  if (code === "EISDIR")
    return msg(`${file}: là thư mục, không phải tệp.`, `${file}: is a directory, not a file.`);
  const reason = oneLine(errorMessage(error));
  return msg(`${file}: không đọc được tệp (${reason}).`, `${file}: cannot read the file (${reason}).`);
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, " ").trim();
}

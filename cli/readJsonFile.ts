import { constants } from "node:fs";
import { open, stat } from "node:fs/promises";
import { resolve } from "node:path";
import type { Localized } from "../core/i18n";
import { msg } from "../core/i18n";
import type { JsonLimits, JsonProblemCode } from "../core/json";
import { DEFAULT_JSON_LIMITS, parseJsonText } from "../core/json";
import { decodeUtf8Text } from "./decodeUtf8Text";
import { errorMessage } from "./errorMessage";

/** Why a file was not read: the JSON problem codes, or one of the file's own. */
export type ReadJsonCode = JsonProblemCode | "missing" | "not-a-file" | "unreadable" | "not-utf8";

export type ReadJsonResult =
  | { ok: true; value: unknown; path: string }
  | { ok: false; path: string; code: ReadJsonCode; message: Localized };

/**
 * Reads and parses a JSON file relative to `cwd`, safely: regular files only (a FIFO or a device is refused
 * before it is opened for reading, so nothing hangs), the size checked before reading, UTF-8 validated (a byte-
 * order mark is dropped), then strict JSON within the limits (core's parseJsonText: duplicate keys, depth,
 * `__proto__`). Never throws: every problem is one line naming the file, and the place in it.
 */
export async function readJsonFile(
  file: string,
  cwd: string,
  limits: Partial<JsonLimits> = {},
): Promise<ReadJsonResult> {
  const path = resolve(cwd, file);
  const maxBytes = limits.maxBytes ?? DEFAULT_JSON_LIMITS.maxBytes;
  const fail = (code: ReadJsonCode, message: Localized): ReadJsonResult => ({
    ok: false,
    path,
    code,
    message: msg(`${file}: ${message.vi}`, `${file}: ${message.en}`),
  });
  let bytes: Buffer;
  try {
    const kind = await fileKind(path);
    if (kind !== "file") return fail("not-a-file", notAFile(kind));
    // O_NONBLOCK: should the path have been swapped for a FIFO since, opening it does not wait for a writer.
    const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      const info = await handle.stat();
      if (!info.isFile()) return fail("not-a-file", notAFile("other"));
      if (info.size > maxBytes) return fail("too-large", tooLarge(info.size, maxBytes));
      // Read one byte past the bound: a file that grew since stat is still caught.
      const buffer = Buffer.alloc(Math.min(info.size, maxBytes) + 1);
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
      if (bytesRead > maxBytes) return fail("too-large", tooLarge(bytesRead, maxBytes));
      bytes = buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch (error) {
    return unreadable(fail, error);
  }
  const decoded = decodeUtf8Text(bytes);
  if (!decoded.ok) return fail("not-utf8", decoded.message);
  const parsed = parseJsonText(decoded.text, { ...limits, maxBytes });
  if (!parsed.ok) return fail(parsed.problem.code, parsed.problem.message);
  return { ok: true, value: parsed.value, path };
}

type FileKind = "file" | "directory" | "other";

async function fileKind(path: string): Promise<FileKind> {
  const info = await stat(path);
  return info.isFile() ? "file" : info.isDirectory() ? "directory" : "other";
}

function notAFile(kind: FileKind): Localized {
  return kind === "directory"
    ? msg("là thư mục, không phải tệp.", "is a directory, not a file.")
    : msg(
        "không phải tệp thông thường (là thiết bị, FIFO hoặc socket); hãy chỉ ra một tệp JSON.",
        "is not a regular file (a device, a FIFO or a socket); give a JSON file.",
      );
}

function tooLarge(size: number, maxBytes: number): Localized {
  return msg(
    `tệp quá lớn (${size} byte; tối đa ${maxBytes} byte).`,
    `the file is too large (${size} bytes; at most ${maxBytes}).`,
  );
}

function unreadable(fail: (code: ReadJsonCode, message: Localized) => ReadJsonResult, error: unknown) {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === "ENOENT") return fail("missing", msg("không tìm thấy tệp.", "no such file."));
  if (code === "EISDIR") return fail("not-a-file", notAFile("directory"));
  const reason = errorMessage(error)
    .replace(/\s*\n\s*/g, " ")
    .trim();
  return fail("unreadable", msg(`không đọc được tệp (${reason}).`, `cannot read the file (${reason}).`));
}

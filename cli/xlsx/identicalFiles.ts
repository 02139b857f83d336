import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { basename, resolve } from "node:path";
import { msg } from "../../core/i18n";
import type { SheetProblem } from "../../core/sheets";

/**
 * For each file whose bytes are those of a file before it in the list, that earlier file (the same workbook saved
 * twice, or downloaded into two folders). Files that cannot be read are left out: their reader says why.
 */
export async function identicalFiles(files: readonly string[], cwd: string): Promise<Map<string, string>> {
  const first = new Map<string, string>();
  const copies = new Map<string, string>();
  for (const file of files) {
    const digest = await readFile(resolve(cwd, file)).then(
      (bytes) => createHash("sha256").update(bytes).digest("hex"),
      () => undefined,
    );
    if (digest === undefined) continue;
    const earlier = first.get(digest);
    if (earlier === undefined) first.set(digest, file);
    else if (earlier !== file) copies.set(file, earlier);
  }
  return copies;
}

/** The one problem of a copy of a file that could not be used: its problems are said once, at the first. */
export function copyOfUnusableFile(file: string, earlier: string): SheetProblem {
  const [copy, original] = [basename(file), basename(earlier)];
  const [a, b] = copy === original ? [file, earlier] : [copy, original];
  return {
    type: "duplicate-file",
    message: msg(
      `Tệp ${a} giống hệt tệp ${b} (cùng nội dung); chỉ xét một lần, lỗi đã nêu ở tệp ${b}.`,
      `The file ${a} is identical to ${b} (same content); it is considered once, its problems are listed at ${b}.`,
    ),
  };
}

import type JSZip from "jszip";
import type { Localized } from "../../core/i18n";
import { msg } from "../../core/i18n";

/** A zip entry that inflates past its bound: refused as soon as it is, before it is held in memory. */
export class ZipEntryTooLargeError extends Error {
  constructor(
    readonly entry: string,
    readonly maxBytes: number,
  ) {
    super(`${entry}: more than ${maxBytes} bytes when decompressed`);
  }

  get words(): Localized {
    return msg(
      `phần "${this.entry}" trong tệp nén giải nén ra hơn ${this.maxBytes} byte (tối đa ${this.maxBytes}); tệp có thể là "bom nén" hoặc không phải bảng tính của thidua`,
      `the part "${this.entry}" of the package decompresses to more than ${this.maxBytes} bytes (at most ${this.maxBytes}); the file may be a zip bomb or not a thidua workbook`,
    );
  }
}

/** The size a zip entry declares for itself (JSZip keeps it in a private field), if any. */
export function declaredSize(file: JSZip.JSZipObject): number | undefined {
  const size = (file as unknown as { _data?: { uncompressedSize?: unknown } })._data?.uncompressedSize;
  return typeof size === "number" ? size : undefined;
}

/**
 * Inflates one entry chunk by chunk and counts what comes out, stopping past `maxBytes` whatever the entry
 * declared (a zip's sizes can lie). Returns the bytes, or undefined when there is no such entry.
 */
export async function readZipEntry(
  zip: JSZip,
  name: string,
  maxBytes: number,
): Promise<Uint8Array | undefined> {
  const file = zip.file(name);
  if (!file) return undefined;
  if ((declaredSize(file) ?? 0) > maxBytes) throw new ZipEntryTooLargeError(name, maxBytes);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    const stream = file.nodeStream("nodebuffer");
    stream
      .on("data", (chunk: Buffer) => {
        total += chunk.length;
        if (total > maxBytes) {
          stream.pause();
          reject(new ZipEntryTooLargeError(name, maxBytes));
          return;
        }
        chunks.push(chunk);
      })
      .on("error", reject)
      .on("end", () => resolve(Buffer.concat(chunks, total)));
  });
}

/** The entry as UTF-8 text (see readZipEntry). */
export async function readZipEntryText(
  zip: JSZip,
  name: string,
  maxBytes: number,
): Promise<string | undefined> {
  const bytes = await readZipEntry(zip, name, maxBytes);
  return bytes === undefined ? undefined : Buffer.from(bytes).toString("utf8");
}

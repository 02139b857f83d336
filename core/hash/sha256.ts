import { sha256 } from "@noble/hashes/sha2";
import { bytesToHex } from "@noble/hashes/utils";

/** Text is encoded this many UTF-16 units at a time, so a long text never becomes one giant byte array. */
const CHUNK = 1 << 16;

const encoder = new TextEncoder();

/**
 * Incremental SHA-256 over UTF-8 text fed piece by piece: `new Sha256().update(a).update(b).digest()` equals the
 * hash of a + b (lone surrogates as U+FFFD, like TextEncoder). The compression is @noble/hashes' (pure, so core
 * runs in the pane, the functions and the CLI alike); this class only feeds it UTF-8 in bounded chunks.
 */
export class Sha256 {
  private readonly hash = sha256.create();
  private finished = false;

  /** Adds the UTF-8 bytes of `text`. */
  update(text: string): this {
    if (this.finished) throw new Error("Sha256: update after digest");
    let start = 0;
    while (start < text.length) {
      let end = Math.min(start + CHUNK, text.length);
      // Never cut a surrogate pair in two: each half alone would encode as U+FFFD.
      if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end--;
      this.hash.update(encoder.encode(text.slice(start, end)));
      start = end;
    }
    return this;
  }

  /** The hash as 64 lowercase hex digits; the hasher takes no more text after it. */
  digest(): string {
    if (this.finished) throw new Error("Sha256: digest called twice");
    this.finished = true;
    return bytesToHex(this.hash.digest());
  }
}

/** SHA-256 of the UTF-8 bytes of `text`, as 64 lowercase hex digits. */
export function sha256Hex(text: string): string {
  return new Sha256().update(text).digest();
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/**
 * Incremental SHA-256 (FIPS 180-4) over UTF-8 text fed piece by piece: `new Sha256().update(a).update(b).digest()`
 * equals the hash of a + b. Pure so core runs in the pane, the functions and the CLI alike; it works on 32-bit words
 * in typed arrays and reuses its buffers, so hashing a bloc's inputs never builds one giant string or byte array.
 */
export class Sha256 {
  private readonly state = Int32Array.from(INITIAL);
  private readonly block = new Uint8Array(64);
  private readonly words = new Int32Array(64);
  private fill = 0;
  private length = 0;
  private finished = false;

  /** Adds the UTF-8 bytes of `text` (lone surrogates as U+FFFD, like TextEncoder). */
  update(text: string): this {
    this.ensureOpen();
    if (text.length >= LONG_TEXT) return this.updateLong(text);
    const block = this.block;
    let fill = this.fill;
    let count = 0;
    for (let i = 0; i < text.length; i++) {
      let c = text.charCodeAt(i);
      if (c < 0x80) {
        block[fill++] = c;
        count++;
        if (fill === 64) fill = this.flush();
        continue;
      }
      let bytes: number;
      if (c < 0x800) bytes = 2;
      else if (c >= 0xd800 && c <= 0xdfff) {
        const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
        if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
          c = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
          i++;
          bytes = 4;
        } else {
          c = 0xfffd;
          bytes = 3;
        }
      } else bytes = 3;
      count += bytes;
      for (let k = 0; k < bytes; k++) {
        const shift = 6 * (bytes - 1 - k);
        block[fill++] = k === 0 ? LEAD[bytes]! | (c >> shift) : 0x80 | ((c >> shift) & 0x3f);
        if (fill === 64) fill = this.flush();
      }
    }
    this.length += count;
    this.fill = fill;
    return this;
  }

  /** Adds raw bytes (from `start` to `end`). */
  updateBytes(bytes: Uint8Array, start = 0, end = bytes.length): this {
    this.ensureOpen();
    let i = start;
    const block = this.block;
    while (i < end && this.fill !== 0) {
      block[this.fill++] = bytes[i++]!;
      this.length++;
      if (this.fill === 64) {
        this.fill = 0;
        this.compress(block, 0);
      }
    }
    // Whole blocks straight from the caller's bytes, no copy.
    for (; i + 64 <= end; i += 64) {
      this.compress(bytes, i);
      this.length += 64;
    }
    for (; i < end; i++) {
      block[this.fill++] = bytes[i]!;
      this.length++;
    }
    return this;
  }

  /** Finishes the hash (the hasher cannot be fed again) and returns it as lower-case hex. */
  digest(): string {
    this.ensureOpen();
    const bitsHigh = Math.floor(this.length / 0x20000000); // length × 8 / 2^32
    const bitsLow = (this.length * 8) >>> 0;
    const block = this.block;
    block[this.fill++] = 0x80;
    if (this.fill > 56) {
      block.fill(0, this.fill);
      this.compress(block, 0);
      this.fill = 0;
    }
    block.fill(0, this.fill, 56);
    writeWord(block, 56, bitsHigh);
    writeWord(block, 60, bitsLow);
    this.compress(block, 0);
    this.finished = true;
    let hex = "";
    for (let i = 0; i < 8; i++) hex += (this.state[i]! >>> 0).toString(16).padStart(8, "0");
    return hex;
  }

  private ensureOpen(): void {
    if (this.finished) throw new Error("Sha256: digest() was already called");
  }

  /** Compresses the full block buffer; returns the new fill (0). */
  private flush(): number {
    this.compress(this.block, 0);
    this.fill = 0;
    return 0;
  }

  private updateLong(text: string): this {
    // The native encoder into a reused buffer, a window at a time.
    let rest = text;
    while (rest.length > 0) {
      const { read, written } = ENCODER.encodeInto(rest, SCRATCH);
      this.updateBytes(SCRATCH, 0, written);
      rest = read >= rest.length ? "" : rest.slice(read);
    }
    return this;
  }

  private compress(bytes: Uint8Array, offset: number): void {
    const w = this.words;
    for (let i = 0, o = offset; i < 16; i++, o += 4)
      w[i] = (bytes[o]! << 24) | (bytes[o + 1]! << 16) | (bytes[o + 2]! << 8) | bytes[o + 3]!;
    for (let i = 16; i < 64; i++) {
      const x = w[i - 15]!;
      const y = w[i - 2]!;
      const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
      const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
      w[i] = (w[i - 16]! + s0 + w[i - 7]! + s1) | 0;
    }
    const h = this.state;
    let a = h[0]!;
    let b = h[1]!;
    let c = h[2]!;
    let d = h[3]!;
    let e = h[4]!;
    let f = h[5]!;
    let g = h[6]!;
    let hh = h[7]!;
    for (let i = 0; i < 64; i++) {
      const s1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
      const t1 = (hh + s1 + ((e & f) ^ (~e & g)) + K[i]! + w[i]!) | 0;
      const s0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
      const t2 = (s0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      hh = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) | 0;
    }
    h[0] = (h[0]! + a) | 0;
    h[1] = (h[1]! + b) | 0;
    h[2] = (h[2]! + c) | 0;
    h[3] = (h[3]! + d) | 0;
    h[4] = (h[4]! + e) | 0;
    h[5] = (h[5]! + f) | 0;
    h[6] = (h[6]! + g) | 0;
    h[7] = (h[7]! + hh) | 0;
  }
}

/** SHA-256 of a UTF-8 string as lower-case hex (FIPS 180-4). */
export function sha256Hex(text: string): string {
  return new Sha256().update(text).digest();
}

function writeWord(bytes: Uint8Array, offset: number, word: number): void {
  bytes[offset] = word >>> 24;
  bytes[offset + 1] = (word >>> 16) & 0xff;
  bytes[offset + 2] = (word >>> 8) & 0xff;
  bytes[offset + 3] = word & 0xff;
}

/** Strings at least this long go through TextEncoder.encodeInto; shorter ones are encoded in the loop. */
const LONG_TEXT = 512;
const ENCODER = new TextEncoder();
const SCRATCH = new Uint8Array(1 << 16);
const LEAD = [0, 0, 0xc0, 0xe0, 0xf0];

const INITIAL = [
  0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
];

const K = Int32Array.from([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
  0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
  0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
  0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
  0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
  0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
  0xc67178f2,
]);

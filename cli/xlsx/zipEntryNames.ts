/** End of central directory record; its signature, and the largest comment that may follow it. */
const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const MAX_COMMENT = 0xffff;

/**
 * The entry names a zip's central directory lists, in order, duplicates kept (a zip reader keeps one of two entries
 * of the same name, and which one differs between readers: Excel may show one sheet and thidua read another).
 * Undefined when the central directory cannot be found or walked (the zip reader then reports the damage).
 */
export function zipEntryNames(data: Uint8Array): string[] | undefined {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const lowest = Math.max(0, data.length - 22 - MAX_COMMENT);
  let eocd = -1;
  for (let at = data.length - 22; at >= lowest; at--) {
    if (view.getUint32(at, true) === EOCD) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) return undefined;
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  // A ZIP64 package keeps its true counts elsewhere; a workbook of ours never needs one.
  if (count === 0xffff || at === 0xffffffff) return undefined;
  const names: string[] = [];
  const decoder = new TextDecoder("utf-8", { fatal: false });
  for (let i = 0; i < count; i++) {
    if (at + 46 > data.length || view.getUint32(at, true) !== CENTRAL) return undefined;
    const nameLength = view.getUint16(at + 28, true);
    const extra = view.getUint16(at + 30, true);
    const comment = view.getUint16(at + 32, true);
    if (at + 46 + nameLength > data.length) return undefined;
    names.push(decoder.decode(data.subarray(at + 46, at + 46 + nameLength)));
    at += 46 + nameLength + extra + comment;
  }
  return names;
}

/** The first name listed twice (compared as a zip reader would: case and "\" separators aside), or undefined. */
export function firstDuplicateEntry(names: readonly string[]): string | undefined {
  const seen = new Set<string>();
  for (const name of names) {
    const key = name.replace(/\\/g, "/").toLowerCase();
    if (seen.has(key)) return name;
    seen.add(key);
  }
  return undefined;
}

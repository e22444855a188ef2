// A zip's entries as they are (each still compressed by its own method): read from the central directory and
// written back, in plain JavaScript so it also runs in the browser. Node's native compression of the entries is
// in native-zip.ts; the row-height flags of a written .xlsx are fixed here (xlsx-row-flags.ts).
// Format: PKWARE APPNOTE.TXT 6.3.10, sections 4.3.7 (local header), 4.3.12 (central directory), 4.3.16 (end record).

export interface Entry {
  name: Uint8Array;
  flags: number;
  method: number;
  time: number;
  date: number;
  crc: number;
  size: number;
  data: Uint8Array;
}

export const STORED = 0;
export const DEFLATED = 8;

/** The entries of a zip by its central directory, or null when it is not a plain zip this code should touch. */
export function readEntries(bytes: Uint8Array): Entry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) { end = i; break; }
  }
  if (end < 0) return null;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  if (count === 0xffff || at === 0xffffffff) return null; // zip64
  const entries: Entry[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return null;
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const compressed = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    if (flags & 1 || (method !== STORED && method !== DEFLATED) || compressed === 0xffffffff || size === 0xffffffff) return null;
    if (local + 30 > bytes.length || view.getUint32(local, true) !== 0x04034b50) return null;
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (start + compressed > bytes.length) return null;
    entries.push({
      name: bytes.subarray(at + 46, at + 46 + nameLength),
      flags: flags & 0x0800, // keep «names are UTF-8»; sizes are written in the headers, so no data descriptor
      method, time: view.getUint16(at + 12, true), date: view.getUint16(at + 14, true),
      crc: view.getUint32(at + 16, true), size, data: bytes.subarray(start, start + compressed),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** A zip of the entries as they are (each already compressed by its method). */
export function writeEntries(entries: Entry[]): Uint8Array {
  const total = entries.reduce((n, e) => n + 30 + e.name.length + e.data.length + 46 + e.name.length, 22);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  let at = 0;
  /** A local header, or with `localAt` the central directory's record of the entry written there. */
  const header = (e: Entry, localAt?: number): void => {
    const central = localAt !== undefined;
    view.setUint32(at, central ? 0x02014b50 : 0x04034b50, true);
    let p = at + 4;
    if (central) { view.setUint16(p, 20, true); p += 2; } // made by: 2.0
    view.setUint16(p, 20, true); // needed to extract: 2.0 (deflate)
    view.setUint16(p + 2, e.flags, true);
    view.setUint16(p + 4, e.method, true);
    view.setUint16(p + 6, e.time, true);
    view.setUint16(p + 8, e.date, true);
    view.setUint32(p + 10, e.crc, true);
    view.setUint32(p + 14, e.data.length, true);
    view.setUint32(p + 18, e.size, true);
    view.setUint16(p + 22, e.name.length, true);
    view.setUint16(p + 24, 0, true); // no extra field
    p += 26;
    if (central) { view.setUint32(p + 10, localAt, true); p += 14; } // no comment, disk 0, no attributes
    out.set(e.name, p);
    at = p + e.name.length;
  };
  const offsets: number[] = [];
  for (const e of entries) {
    offsets.push(at);
    header(e);
    out.set(e.data, at);
    at += e.data.length;
  }
  const directory = at;
  entries.forEach((e, i) => header(e, offsets[i]));
  view.setUint32(at, 0x06054b50, true);
  view.setUint16(at + 8, entries.length, true);
  view.setUint16(at + 10, entries.length, true);
  view.setUint32(at + 12, at - directory, true);
  view.setUint32(at + 16, directory, true);
  return out.subarray(0, at + 22);
}

/** CRC-32 of the zip format, from a table (Node's zlib has a native one: native-zip.ts). */
let table: Uint32Array | null = null;
export function tableCrc32(data: Uint8Array): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = table[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

// Zip compression with Node's own zlib (native code) instead of JSZip's JavaScript deflate/inflate, for the
// command: JSZip took 250 ms to deflate a 1,000-activity report and most of exceljs' time on .xlsx files.
// exceljs and JSZip still write and read the package; these functions only change how its entries are
// compressed: `storedZip` before a read (every entry stored, so JSZip has nothing to inflate) and
// `deflatedZip` after a write made with compression 'STORE'. Anything unusual (zip64, encryption, a
// damaged directory) is left as it is, for JSZip to read or refuse as before. Node only.
// Format: PKWARE APPNOTE.TXT 6.3.10, sections 4.3.7 (local header), 4.3.12 (central directory), 4.3.16 (end record).
import * as zlib from 'node:zlib';
import { deflateRawSync, inflateRawSync } from 'node:zlib';

interface Entry {
  name: Uint8Array;
  flags: number;
  method: number;
  time: number;
  date: number;
  crc: number;
  size: number;
  data: Uint8Array;
}

const STORED = 0;
const DEFLATED = 8;

/** The entries of a zip by its central directory, or null when it is not a plain zip this code should touch. */
function readEntries(bytes: Uint8Array): Entry[] | null {
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
function writeEntries(entries: Entry[]): Uint8Array {
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

/** The same zip with every entry stored (inflated here, natively); the bytes unchanged when not a plain zip. */
export function storedZip(bytes: Uint8Array): Uint8Array {
  const entries = readEntries(bytes);
  if (!entries || entries.every((e) => e.method === STORED)) return bytes;
  try {
    return writeEntries(entries.map((e) => {
      if (e.method === STORED) return e;
      const data = inflateRawSync(e.data);
      return data.length === e.size ? { ...e, method: STORED, data } : e;
    }));
  } catch {
    return bytes; // a damaged entry: JSZip reads the original and says what it says
  }
}

/** The same zip with every stored entry deflated (natively, level 1: fast, and most of the size gain). */
export function deflatedZip(bytes: Uint8Array): Uint8Array {
  const entries = readEntries(bytes);
  if (!entries) return bytes;
  return writeEntries(entries.map((e) => (e.method === STORED && e.size > 0 ? { ...e, method: DEFLATED, data: deflateRawSync(e.data, { level: 1 }) } : e)));
}

/** CRC-32 of the zip format: Node's own where it has one (20.15 and later), else a table. */
const nativeCrc = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;
let table: Uint32Array | null = null;
function crc32(data: Uint8Array): number {
  if (nativeCrc) return nativeCrc(data) >>> 0;
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

/** A zip of text files (path → text, UTF-8), each deflated natively: the report .docx without JSZip. */
export function zipTexts(files: Record<string, string>): Uint8Array {
  const encoder = new TextEncoder();
  // 1 January 2024, 00:00 in the MS-DOS date/time fields: a fixed stamp, so the same report makes the same bytes.
  const date = ((2024 - 1980) << 9) | (1 << 5) | 1;
  return writeEntries(Object.entries(files).map(([name, text]) => {
    const raw = encoder.encode(text);
    return { name: encoder.encode(name), flags: 0x0800, method: DEFLATED, time: 0, date, crc: crc32(raw), size: raw.length, data: deflateRawSync(raw, { level: 1 }) };
  }));
}

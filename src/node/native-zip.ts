// Zip compression with Node's own zlib (native code) instead of JSZip's JavaScript deflate/inflate, for the
// command: JSZip took 250 ms to deflate a 1,000-activity report and most of exceljs' time on .xlsx files.
// exceljs and JSZip still write and read the package; these functions only change how its entries are
// compressed: `storedZip` before a read (every entry stored, so JSZip has nothing to inflate) and
// `deflatedZip` after a write made with compression 'STORE'. Anything unusual (zip64, encryption, a
// damaged directory) is left as it is, for JSZip to read or refuse as before. Node only.
// Format: PKWARE APPNOTE.TXT 6.3.10, sections 4.3.7 (local header), 4.3.12 (central directory), 4.3.16 (end record).
import * as zlib from 'node:zlib';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { DEFLATED, readEntries, STORED, tableCrc32, writeEntries } from './zip-entries';

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

/** CRC-32 of the zip format: Node's own where it has one (20.15 and later), else the table's. */
const nativeCrc = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;
export const crc32 = (data: Uint8Array): number => (nativeCrc ? nativeCrc(data) >>> 0 : tableCrc32(data));

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
